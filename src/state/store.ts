import { create } from 'zustand';
import type { HorizonMetric, Layout, LayoutDirection, PathwiseGraph, RouteMetric, ViewFilters } from '../core/index';

export type ThemeChoice = 'light' | 'dark' | 'system';
export type { RouteMetric };

/** What the map shows; defined with the view logic in core. */
export type Filters = ViewFilters;

export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
  /**
   * One action offered in the notice (e.g. Undo after clearing progress). `hold` is told when the
   * person is at the notice (focus or pointer in it) and when they leave, so an offer with a time
   * limit waits for them instead of vanishing under their finger or focus.
   */
  readonly action?: { readonly label: string; readonly run: () => void; readonly hold?: (held: boolean) => void };
}

export interface RouteRequest {
  readonly from: string | null;
  readonly to: string | null;
  readonly by: RouteMetric;
  readonly avoid: readonly string[];
  readonly alternative: number;
  /** Start from everything marked done (routing's `have`) instead of `from`. */
  readonly fromDone: boolean;
  /** Route through exams whose retirement date has passed (default: leave them out; see findRouteToday). */
  readonly keepRetired?: boolean;
}

/** Horizon mode: where a start leads within a limit (`?horizon=<from>&within=12&by=months`). */
export interface HorizonRequest {
  /** A node id, or `done`: everything marked done. */
  readonly from: string;
  readonly within: number;
  readonly by: HorizonMetric;
}

/** Side panels the user opened (details open with a selected node). */
export interface Panels {
  readonly route: boolean;
  readonly filters: boolean;
  readonly progress: boolean;
}

/** All UI state in one place; the URL mirrors what should be shareable (see url-state.ts). */
export interface AppState {
  readonly model: PathwiseGraph | null;
  readonly theme: ThemeChoice;
  readonly direction: LayoutDirection;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly filters: Filters;
  readonly focus: { readonly id: string; readonly depth: number } | null;
  readonly route: RouteRequest;
  readonly panels: Panels;
  readonly notices: readonly Notice[];
  /** Set by "Route from here" / "Route to here": the route panel shows itself and focuses this end. */
  readonly routeEndRequest: { readonly end: 'from' | 'to'; readonly n: number } | null;
  /** Bumped to ask the canvas to centre the selected node (search, deep links, route steps). */
  readonly centreRequest: number;
  /** The layout on screen, for export. */
  readonly layout: Layout | null;
  /** Horizon mode, or null when off. */
  readonly horizon: HorizonRequest | null;
}

export const EMPTY_FILTERS: Filters = {
  hiddenKinds: new Set(),
  hiddenTracks: new Set(),
  hiddenLevels: new Set(),
  hideRetired: false,
};

export const EMPTY_PANELS: Panels = { route: false, filters: false, progress: false };

export const EMPTY_ROUTE: RouteRequest = { from: null, to: null, by: 'months', avoid: [], alternative: 0, fromDone: false };

const THEME_KEY = 'pathwise.theme';

function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export const useAppStore = create<AppState>(() => ({
  model: null,
  theme: storedTheme(),
  // Left to right on phones too: its lanes are rows, so all the paths fit a phone's height with
  // their names and codes readable (see laneFit in roadmap-canvas.tsx); top to bottom put 13
  // lanes side by side, 5,300 px wide, and nothing was readable.
  direction: 'LR',
  selectedId: null,
  hoveredId: null,
  filters: EMPTY_FILTERS,
  focus: null,
  route: EMPTY_ROUTE,
  panels: EMPTY_PANELS,
  routeEndRequest: null,
  notices: [],
  centreRequest: 0,
  layout: null,
  horizon: null,
}));

const set = useAppStore.setState;
const get = useAppStore.getState;

/** State changes, kept next to the state so components only call named actions. */
export const actions = {
  setModel: (model: PathwiseGraph): void => {
    set({ model, selectedId: null, hoveredId: null, focus: null, route: EMPTY_ROUTE, filters: EMPTY_FILTERS, horizon: null });
  },
  select: (id: string | null, options: { centre?: boolean } = {}): void => {
    set((s) => ({ selectedId: id, centreRequest: options.centre === true ? s.centreRequest + 1 : s.centreRequest }));
  },
  hover: (id: string | null): void => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
  setTheme: (theme: ThemeChoice): void => {
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private mode or storage full: the choice still applies to this visit.
    }
    set({ theme });
  },
  setLayout: (layout: Layout | null): void => {
    if (get().layout !== layout) set({ layout });
  },
  setDirection: (direction: LayoutDirection): void => {
    set({ direction });
  },
  setFilters(update: (filters: Filters) => Filters): void {
    set((s) => ({ filters: update(s.filters) }));
  },
  resetFilters: (): void => {
    set({ filters: EMPTY_FILTERS });
  },
  setFocus: (focus: AppState['focus']): void => {
    set({ focus });
  },
  setRoute: (update: Partial<RouteRequest>): void => {
    set((s) => ({ route: { ...s.route, alternative: 0, ...update } }));
  },
  clearRoute: (): void => {
    set({ route: EMPTY_ROUTE });
  },
  setHorizon: (horizon: HorizonRequest | null): void => {
    set({ horizon });
  },
  /** Opens the route panel and asks it to focus one end (the one still to choose). */
  askRouteEnd: (end: 'from' | 'to'): void => {
    set((s) => ({ panels: { ...s.panels, route: true }, routeEndRequest: { end, n: (s.routeEndRequest?.n ?? 0) + 1 } }));
  },
  setPanel: (panel: keyof Panels, open: boolean): void => {
    set((s) => (s.panels[panel] === open ? s : { panels: { ...s.panels, [panel]: open } }));
  },
  /** Puts back a whole shareable state at once (a link, or Back and Forward). */
  restore: (state: Pick<AppState, 'route' | 'filters' | 'panels' | 'selectedId' | 'horizon'>): void => {
    set((s) => ({
      ...state,
      centreRequest: state.selectedId !== null && state.selectedId !== s.selectedId ? s.centreRequest + 1 : s.centreRequest,
    }));
  },
  notify: (notice: Omit<Notice, 'id'> & { id?: string }): void => {
    const id = notice.id ?? `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== id), { ...notice, id }] }));
  },
  dismiss: (id: string): void => {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
};
