import { LEVEL_LABEL, type Level, type NodeKind, type PathwiseGraph } from '../core/index';
import { actions, EMPTY_FILTERS, EMPTY_PANELS, EMPTY_ROUTE, useAppStore, type AppState, type Filters, type HorizonRequest, type Panels, type RouteMetric } from '../state/store';

const METRICS: readonly RouteMetric[] = ['steps', 'months', 'cost'];
const KINDS: readonly NodeKind[] = ['certification', 'role', 'skill', 'experience'];
const LEVELS = Object.keys(LEVEL_LABEL) as Level[];
const PANELS: readonly (keyof Panels)[] = ['route', 'filters', 'progress'];
/** Every query key this module reads and writes; others (such as `?graph=`) are left alone. */
const KEYS = ['node', 'from', 'to', 'by', 'avoid', 'alt', 'hide', 'levels', 'paths', 'panel', 'horizon', 'within'];

function list(params: URLSearchParams, key: string): string[] {
  return [...new Set((params.get(key) ?? '').split(',').filter((v) => v !== ''))];
}

/**
 * Applies shareable state from the URL (`?node=`, `?from=&to=&by=&avoid=&alt=`, filters as
 * `?hide=skill,retired&levels=expert&paths=track-x`, open panels as `?panel=route,filters`, horizon mode as `?horizon=&within=&by=`) to
 * the
 * store. Everything the URL does not name is reset, so Back and Forward restore a whole state.
 * Unknown ids become a notice naming them; the map still loads.
 */
export function applyUrlState(model: PathwiseGraph, search: string): void {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  const known = (id: string | null): string | null => {
    if (id === null || id === '') return null;
    if (model.byId.has(id)) return id;
    unknown.push(id);
    return null;
  };
  const node = known(params.get('node'));
  const from = known(params.get('from'));
  const to = known(params.get('to'));
  const avoid = list(params, 'avoid')
    .map((id) => known(id))
    .filter((id): id is string => id !== null);
  const byParam = params.get('by');
  const by = METRICS.find((m) => m === byParam) ?? 'months';
  const alt = Number(params.get('alt') ?? '0');
  const horizonFrom = params.get('horizon');
  let horizon: HorizonRequest | null = null;
  if (horizonFrom !== null && horizonFrom !== '') {
    const start = horizonFrom === 'done' ? 'done' : known(horizonFrom);
    const metric = byParam === 'cost' ? 'cost' : 'months';
    const withinText = params.get('within');
    const within = withinText === null || withinText.trim() === '' ? NaN : Number(withinText);
    const fallback = metric === 'months' ? 12 : 1000;
    if (withinText !== null && !(Number.isFinite(within) && within >= 0)) {
      actions.notify({ id: 'url-within', tone: 'warning', text: `The link's within=“${withinText}” is not a number of ${metric === 'months' ? 'months' : 'money'}; showing ${String(fallback)}.` });
    }
    if (start !== null) horizon = { from: start, by: metric, within: Number.isFinite(within) && within >= 0 ? within : fallback };
  }
  const hide = list(params, 'hide');
  const trackIds = new Set(model.tracks.map((t) => t.id));
  for (const t of list(params, 'paths')) if (!trackIds.has(t)) unknown.push(t);
  const filters: Filters = {
    hiddenKinds: new Set(KINDS.filter((k) => hide.includes(k))),
    hideRetired: hide.includes('retired'),
    hiddenLevels: new Set(LEVELS.filter((l) => list(params, 'levels').includes(l))),
    hiddenTracks: new Set(list(params, 'paths').filter((t) => trackIds.has(t))),
  };
  const open = list(params, 'panel');
  const panels: Panels = { route: open.includes('route'), filters: open.includes('filters'), progress: open.includes('progress') };
  const route = from !== null || to !== null || avoid.length > 0
    ? { ...EMPTY_ROUTE, from, to, by, avoid, alternative: Number.isInteger(alt) && alt > 0 && alt < 10 ? alt : 0 }
    : EMPTY_ROUTE;
  const empty = filters.hiddenKinds.size === 0 && filters.hiddenLevels.size === 0 && filters.hiddenTracks.size === 0 && !filters.hideRetired;
  actions.restore({
    route,
    filters: empty ? EMPTY_FILTERS : filters,
    panels: panels.route || panels.filters || panels.progress ? panels : EMPTY_PANELS,
    selectedId: node,
    horizon,
  });
  if (unknown.length > 0) {
    actions.notify({
      id: 'url-unknown',
      tone: 'warning',
      text: `The link names ${unknown.length === 1 ? 'a node' : 'nodes'} this map does not have: ${unknownList(unknown)}. Showing the map without ${unknown.length === 1 ? 'it' : 'them'}.`,
    });
  }
}

// A link can carry anything: the notice quotes at most a few names, each cut short.
const MAX_NAMED = 5;
const MAX_NAME = 60;

function unknownList(unknown: readonly string[]): string {
  const distinct = [...new Set(unknown)];
  const named = distinct.slice(0, MAX_NAMED).map((u) => `“${u.length > MAX_NAME ? `${u.slice(0, MAX_NAME)}…` : u}”`);
  const more = distinct.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** The URL query for the current state; keeps unrelated parameters such as `?graph=`. */
export function urlForState(current: string, state: AppState = useAppStore.getState()): string {
  const { selectedId, route, filters, panels, horizon } = state;
  const params = new URLSearchParams(current);
  for (const key of KEYS) params.delete(key);
  if (selectedId !== null) params.set('node', selectedId);
  if (route.from !== null) params.set('from', route.from);
  if (route.to !== null) params.set('to', route.to);
  if (route.from !== null || route.to !== null) params.set('by', route.by);
  if (route.avoid.length > 0) params.set('avoid', route.avoid.join(','));
  if (route.alternative > 0) params.set('alt', String(route.alternative));
  const hide = [...KINDS.filter((k) => filters.hiddenKinds.has(k)), ...(filters.hideRetired ? ['retired'] : [])];
  if (hide.length > 0) params.set('hide', hide.join(','));
  if (filters.hiddenLevels.size > 0) params.set('levels', [...filters.hiddenLevels].join(','));
  if (filters.hiddenTracks.size > 0) params.set('paths', [...filters.hiddenTracks].join(','));
  const open = PANELS.filter((p) => panels[p]);
  if (open.length > 0) params.set('panel', open.join(','));
  if (horizon !== null) {
    params.set('horizon', horizon.from);
    params.set('within', String(horizon.within));
    // One `by` serves both: a route opened from the horizon list is planned by the horizon's metric.
    if (!params.has('by')) params.set('by', horizon.by);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? window.location.pathname : `?${query}`;
}

/** The user's own steps (a node chosen, a route changed, a panel or horizon mode opened) get a history entry each. */
function isStep(state: AppState, previous: AppState): boolean {
  return (
    state.selectedId !== previous.selectedId ||
    state.route !== previous.route ||
    state.panels !== previous.panels ||
    (state.horizon === null) !== (previous.horizon === null)
  );
}

/**
 * Keeps the address bar in step with the store. Selecting a node, changing the route and opening or
 * closing a panel push a history entry, so Back and Forward walk through the user's own steps; filter
 * changes replace the entry. Back and Forward restore the state their URL describes.
 */
export function syncUrlWithStore(): () => void {
  let restoring = false;
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (restoring || state.model !== previous.model) return;
    if (!isStep(state, previous) && state.filters === previous.filters && state.horizon === previous.horizon) return;
    const next = urlForState(window.location.search, state);
    const current = window.location.search === '' ? window.location.pathname : window.location.search;
    if (next === current) return;
    if (isStep(state, previous)) window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  });
  const onPop = (): void => {
    const model = useAppStore.getState().model;
    if (model === null) return;
    restoring = true;
    try {
      applyUrlState(model, window.location.search);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}

/** True when the page is shown as an embed (`?embed=1`): the map and route only, no toolbar or panels. */
export function isEmbedMode(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/**
 * The absolute link to what is on screen: the map (`?graph=`), node, route, metric, avoid list, and any
 * other state the address bar carries (such as the horizon), never the embed flag.
 */
export function shareLinkForState(): string {
  const url = new URL(urlForState(window.location.search), window.location.href);
  url.searchParams.delete('embed');
  url.hash = '';
  return url.href.replace(/%2C/g, ',');
}
