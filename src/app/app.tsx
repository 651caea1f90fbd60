import { useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { formatProblem, neighbourIds, visibleSubgraph } from '../core/index';
import { RoadmapCanvas } from '../features/canvas/roadmap-canvas';
import type { Highlight } from '../features/canvas/to-flow';
import { DetailsPanel } from '../features/details/details-panel';
import { FiltersPanel } from '../features/filters/filters-panel';
import { RouteButtons } from '../features/route-planner/route-buttons';
import { RoutePanel } from '../features/route-planner/route-panel';
import { ExportMenu } from '../features/export/export-menu';
import { ProgressButtons } from '../features/progress/progress-buttons';
import { ProgressPanel } from '../features/progress/progress-panel';
import { HorizonPanel } from '../features/horizon/horizon-panel';
import { useHorizonView } from '../features/horizon/use-horizon';
import { horizonExport } from '../features/horizon/horizon-export';
import { progressActions, useProgressStore } from '../state/progress-store';
import { useProgressKeys } from './use-progress-keys';
import { dismissLoadProblems, openMapUrl, reopenLastMap, useLoadStore } from '../state/map-loader';
import { lastMap } from '../state/kept-maps';
import { MapPicker } from '../features/open-map/map-picker';
import { ProblemsPanel } from '../features/open-map/problems-panel';
import { SearchBox } from '../components/node-search-box';
import { Legend } from '../components/legend';
import { Notices } from './notices';
import { loadDefaultMap } from './default-graph';
import { setShippedLayout } from './default-layout';
import { actions, useAppStore } from '../state/store';
import { applyUrlState, isEmbedMode, shareLinkForState, syncUrlWithStore } from './url-state';
import { ShareButton } from '../features/share/share-dialog';
import { OpenInPathwise } from './embed-link';
import { UpdateNotice } from './update-notice';
import { useMapLayout } from './use-map-layout';
import { useRouteResult } from './use-route-result';
import { useTheme } from './use-theme';
import { useMediaQuery } from './use-media-query';
import { OverflowMenu, type OverflowMenuHandle } from './overflow-menu';
import { useHave } from './use-have';
import { Announcer } from './announcer';

const NO_IDS: ReadonlySet<string> = new Set();
const NO_MARKS: ReadonlyMap<string, string> = new Map();

const LEGEND_KEY = 'pathwise.legend';

/**
 * The legend starts closed (on a first visit it would cover part of the map, issue 11) and then
 * stays as the user last left it.
 */
function initialLegendOpen(): boolean {
  try {
    return localStorage.getItem(LEGEND_KEY) === 'open';
  } catch {
    return false;
  }
}

function rememberLegend(open: boolean): void {
  try {
    localStorage.setItem(LEGEND_KEY, open ? 'open' : 'closed');
  } catch {
    // storage disabled: the choice lasts for this visit
  }
}

/** The shipped default map's id: a link without `?graph=` opens it. */
let defaultMapId = '';

/** Loads the default map and applies the URL, once. Returns an error text or null. */
async function bootstrap(): Promise<string | null> {
  let loaded: Awaited<ReturnType<typeof loadDefaultMap>>;
  try {
    loaded = await loadDefaultMap();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { result, layout } = loaded;
  if (!result.ok) return result.problems.map((p) => formatProblem(p, 'graph-data/ms-102.json')).join('\n');
  setShippedLayout(layout);
  defaultMapId = result.graph.meta.id;
  actions.setModel(result.graph);
  progressActions.load(result.graph);
  const graph = new URLSearchParams(window.location.search).get('graph');
  if (graph === null && lastMap() === null) {
    applyUrlState(result.graph, window.location.search);
  } else {
    // Show the default map at once; replace it when the linked map, or after a reload the map open
    // last (kept or linked), has loaded and validated.
    void (graph === null ? reopenLastMap() : openMapUrl(graph)).then((ok) => {
      const model = useAppStore.getState().model;
      if (ok && model !== null) applyUrlState(model, window.location.search);
      else if (graph === null) applyUrlState(result.graph, window.location.search);
    });
  }
  return null;
}

const started = bootstrap();

/**
 * Settles once the default map is in the store (or could not be loaded). main.tsx renders the app
 * then, not before: a first render with no map drew only "Loading map…" (index.html shows that
 * until the app replaces it), a render and a frame ahead of the map's.
 */
export const appStarted: Promise<unknown> = started;

/** `?embed=1`: the map (and the route the link names) alone, sized to its iframe. */
const EMBED = isEmbedMode(window.location.search);

export function App() {
  const theme = useTheme();
  const model = useAppStore((s) => s.model);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    void started.then(setLoadError);
  }, []);
  const [legendOpen, setLegendOpen] = useState(initialLegendOpen);
  const panels = useAppStore((s) => s.panels);
  useProgressKeys();
  const routeActive = useAppStore((s) => s.route.from !== null || s.route.to !== null);
  const routeOpen = panels.route || routeActive;
  const selectedId = useAppStore((s) => s.selectedId);

  useEffect(() => syncUrlWithStore(), []);

  if (loadError !== null) {
    return (
      <main className="load-error">
        <h1>The map could not be loaded</h1>
        <pre>{loadError}</pre>
      </main>
    );
  }
  if (model === null) return <div className="status-pill">Loading map…</div>;
  if (EMBED) {
    return (
      <ReactFlowProvider>
        <div className="app app-embed">
          <main className="workspace">
            <div className="canvas-wrap">
              <MapView theme={theme} />
              <Notices />
              <OpenInPathwise />
            </div>
          </main>
        </div>
      </ReactFlowProvider>
    );
  }

  return (
    <ReactFlowProvider>
    <div className="app">
      <a className="skip-link" href="#map-tools">Skip to the map tools</a>
      {(panels.filters || routeOpen || panels.progress || selectedId !== null) && (
        <a className="skip-link" href="#panels">Skip to the panels</a>
      )}
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">Pathwise</span>
        </div>
        <h1 className="visually-hidden">{model.meta.title}</h1>
        <MapPicker />
        <SearchBox
          model={model}
          label="Search the map"
          placeholder="Search roles, skills, exams (e.g. AZ-305)"
          onChoose={(node) => {
            actions.setFocus(null);
            actions.select(node.id, { centre: true });
          }}
        />
        <span className="topbar-spacer" />
        <UpdateNotice />
        <Toolbar
          filtersOpen={panels.filters}
          onFilters={() => {
            actions.setPanel('filters', !panels.filters);
          }}
          legendOpen={legendOpen}
          onLegend={() => {
            setLegendOpen((o) => {
              rememberLegend(!o);
              return !o;
            });
          }}
          theme={theme}
          progressOpen={panels.progress}
          onProgress={() => {
            actions.setPanel('progress', !panels.progress);
          }}
          routeOpen={routeOpen}
          onRoute={() => {
            if (routeActive) actions.clearRoute();
            actions.setPanel('route', !routeOpen);
          }}
        />
      </header>
      <main className="workspace">
        <div className="canvas-wrap">
          <MapView theme={theme} />
          <Notices />
          <Announcer />
          <LoadingPill />
          {legendOpen && <Legend theme={theme} onClose={() => {
            rememberLegend(false);
            setLegendOpen(false);
          }} />}
        </div>
        <SidePanels filtersOpen={panels.filters} routeOpen={routeOpen} progressOpen={panels.progress} />
      </main>
    </div>
    </ReactFlowProvider>
  );
}

interface ToolbarProps {
  filtersOpen: boolean;
  onFilters: () => void;
  legendOpen: boolean;
  onLegend: () => void;
  routeOpen: boolean;
  onRoute: () => void;
  progressOpen: boolean;
  onProgress: () => void;
  theme: 'light' | 'dark';
}

/** Narrow screens (phones, small windows) keep two tools in the bar and the rest in "More". */
const NARROW = '(max-width: 720px)';

function Toolbar(props: ToolbarProps) {
  const theme = useAppStore((s) => s.theme);
  const direction = useAppStore((s) => s.direction);
  const model = useAppStore((s) => s.model);
  const layout = useAppStore((s) => s.layout);
  const by = useAppStore((s) => s.route.by);
  const alternative = useAppStore((s) => s.route.alternative);
  const routeResult = useRouteResult(useHave());
  const route = routeResult?.ok === true ? (routeResult.alternatives[alternative] ?? routeResult.route) : null;
  const narrow = useMediaQuery(NARROW);
  const [exportOpen, setExportOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const mapInLink = model !== null && (model.meta.id === defaultMapId || new URLSearchParams(window.location.search).has('graph'));
  const more = useRef<OverflowMenuHandle>(null);
  const nextTheme = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
  const themeName = theme === 'dark' ? 'Dark' : theme === 'light' ? 'Light' : 'System';
  const themeText = `${theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'} ${themeName}`;
  const themeLabel = `Theme: ${theme}. Switch to ${nextTheme}`;
  const directionText = direction === 'LR' ? '→ Left to right' : '↓ Top to bottom';
  const directionLabel = `Layout direction: ${direction === 'LR' ? 'left to right' : 'top to bottom'}. Switch`;
  const switchDirection = () => {
    actions.setDirection(direction === 'LR' ? 'TB' : 'LR');
  };
  const switchTheme = () => {
    actions.setTheme(nextTheme);
  };
  const have = useHave();
  const horizonView = useHorizonView(have);
  const horizon = useMemo(() => (model === null ? null : horizonExport(model, horizonView)), [model, horizonView]);
  const exportProps = { model, layout, route, by, theme: props.theme, horizon } as const;
  const selectedId = useAppStore((s) => s.selectedId);
  const horizonOn = useAppStore((s) => s.horizon !== null);
  const toggleHorizon = () => {
    // Starts from the selected node, else from what is marked done, else from the map's first node.
    const from = selectedId ?? (have.length > 0 ? 'done' : (model?.nodes.find((n) => n.kind !== 'track')?.id ?? null));
    actions.setHorizon(horizonOn || from === null ? null : { from, within: 12, by: 'months' });
  };

  if (narrow) {
    return (
      <div className="toolbar" role="toolbar" aria-label="Map tools" id="map-tools" tabIndex={-1}>
        <button type="button" className="btn btn-primary" aria-expanded={props.routeOpen} onClick={props.onRoute}>
          Plan a route
        </button>
        <button type="button" className="btn" aria-expanded={props.filtersOpen} onClick={props.onFilters}>
          Filters
        </button>
        <OverflowMenu
          ref={more}
          items={[
            { id: 'progress', label: 'My progress', checked: props.progressOpen, onSelect: props.onProgress },
            { id: 'horizon', label: 'Horizon', checked: horizonOn, onSelect: toggleHorizon },
            { id: 'legend', label: 'Legend', checked: props.legendOpen, onSelect: props.onLegend },
            { id: 'export', label: 'Export…', onSelect: () => { setExportOpen(true); } },
            { id: 'share', label: 'Share…', onSelect: () => { setShareOpen(true); } },
            { id: 'direction', label: `${directionText} (switch)`, onSelect: switchDirection },
            { id: 'theme', label: `Theme: ${themeName} (switch to ${nextTheme})`, onSelect: switchTheme },
          ]}
        />
        {model !== null && (
          <ExportMenu
            {...exportProps}
            model={model}
            open={exportOpen}
            onOpenChange={(open) => {
              setExportOpen(open);
              if (!open) more.current?.focusButton();
            }}
          />
        )}
        {model !== null && (
          <ShareButton
            model={model}
            link={shareLinkForState}
            mapInLink={mapInLink}
            open={shareOpen}
            onOpenChange={(open) => {
              setShareOpen(open);
              if (!open) more.current?.focusButton();
            }}
          />
        )}
      </div>
    );
  }
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools" id="map-tools" tabIndex={-1}>
      <button type="button" className="btn btn-primary" aria-expanded={props.routeOpen} onClick={props.onRoute}>
        Plan a route
      </button>
      <button type="button" className="btn" aria-expanded={props.filtersOpen} onClick={props.onFilters}>
        Filters
      </button>
      <button type="button" className="btn" aria-expanded={props.progressOpen} onClick={props.onProgress}>
        My progress
      </button>
      <button type="button" className="btn" aria-pressed={props.legendOpen} onClick={props.onLegend}>
        Legend
      </button>
      <button type="button" className="btn" aria-pressed={horizonOn} onClick={toggleHorizon}>
        Horizon
      </button>
      <button type="button" className="btn" aria-label={directionLabel} onClick={switchDirection}>
        {directionText}
      </button>
      {model !== null && <ExportMenu {...exportProps} model={model} />}
      {model !== null && <ShareButton model={model} link={shareLinkForState} mapInLink={mapInLink} />}
      <button type="button" className="btn" aria-label={themeLabel} onClick={switchTheme}>
        {themeText}
      </button>
    </div>
  );
}

function MapView({ theme }: { theme: 'light' | 'dark' }) {
  const model = useAppStore((s) => s.model);
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  const direction = useAppStore((s) => s.direction);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const routeResult = useRouteResult(useHave());
  const alternative = useAppStore((s) => s.route.alternative);
  const chosen = routeResult?.ok === true ? (routeResult.alternatives[alternative] ?? routeResult.route) : null;
  const routeIds = useMemo(() => chosen?.steps.map((s) => s.id) ?? [], [chosen]);
  const routeSet = useMemo(() => new Set(routeIds), [routeIds]);
  const visible = useMemo(() => (model === null ? null : visibleSubgraph(model, filters, focus, routeSet)), [model, filters, focus, routeSet]);
  const layoutState = useMapLayout(model, visible, direction);
  useEffect(() => {
    actions.setLayout(layoutState.layout);
  }, [layoutState.layout]);
  const hoverNodes = useMemo(() => {
    if (model === null || hoveredId === null) return NO_IDS;
    const ids = neighbourIds(model, hoveredId);
    ids.add(hoveredId);
    return ids;
  }, [model, hoveredId]);
  const progress = useProgressStore((s) => s.progress);
  const horizon = useHorizonView(useHave());
  const highlight = useMemo<Highlight>(() => {
    const routeNodes = routeSet;
    const routeEdges = new Set(chosen?.steps.flatMap((s) => (s.edge === null ? [] : [s.edge.key])) ?? []);
    const marks: ReadonlyMap<string, string> = progress === null ? NO_MARKS : new Map(Object.entries(progress.marks));
    return { routeNodes, routeEdges, hoverNodes: routeNodes.size > 0 ? NO_IDS : hoverNodes, selectedId, progress: marks, ...(horizon === null ? {} : { horizon: horizon.marks }) };
  }, [routeSet, chosen, hoverNodes, selectedId, progress, horizon]);

  if (model === null || visible === null) return null;
  return (
    <>
      {layoutState.layout !== null && (
        <RoadmapCanvas model={model} layout={layoutState.layout} theme={theme} highlight={highlight} fitTo={routeIds} />
      )}
      {layoutState.pending && (
        <div className="status-pill" role="status">
          Laying out {visible.nodes.length.toLocaleString('en-US')} nodes… {layoutState.phase}
        </div>
      )}
      {layoutState.error !== null && (
        <div className="status-pill" role="alert">
          This map could not be laid out ({layoutState.error}). Filter it by track or kind, or focus on one node.
        </div>
      )}
      {visible.hiddenCount > 0 && (
        <div className="hidden-note" role="status">
          {visible.hiddenCount} node{visible.hiddenCount === 1 ? '' : 's'} hidden
          {visible.keptCount > 0 &&
            ` · ${visible.keptCount} route step${visible.keptCount === 1 ? '' : 's'} the filters would hide ${visible.keptCount === 1 ? 'is' : 'are'} still shown`}
          <button type="button" className="btn btn-small" onClick={() => {
            actions.resetFilters();
            actions.setFocus(null);
          }}>
            Show all
          </button>
        </div>
      )}
    </>
  );
}

function LoadingPill() {
  const loading = useLoadStore((s) => s.loading);
  if (loading === null) return null;
  return (
    <div className="status-pill" role="status">
      Checking {loading}…
    </div>
  );
}

function SidePanels({ filtersOpen, routeOpen, progressOpen }: { filtersOpen: boolean; routeOpen: boolean; progressOpen: boolean }) {
  const model = useAppStore((s) => s.model);
  const selectedId = useAppStore((s) => s.selectedId);
  const have = useHave();
  const routeResult = useRouteResult(have);
  const loadProblems = useLoadStore((s) => s.problems);
  const horizon = useHorizonView(have);
  const theme = useTheme();
  if (model === null) return null;
  const selected = selectedId === null ? undefined : model.byId.get(selectedId);
  if (!filtersOpen && !routeOpen && !progressOpen && horizon === null && selected === undefined && loadProblems === null) return null;
  return (
    <aside className="side-panels" aria-label="Panels" id="panels" tabIndex={-1}>
      {loadProblems !== null && <ProblemsPanel problems={loadProblems} onClose={dismissLoadProblems} />}
      {selected !== undefined && (
        <DetailsPanel model={model} node={selected}>
          <ProgressButtons id={selected.id} />
          <RouteButtons id={selected.id} />
        </DetailsPanel>
      )}
      {horizon !== null && <HorizonPanel model={model} view={horizon} doneCount={have.length} theme={theme} />}
      {routeOpen && <RoutePanel model={model} result={routeResult} doneCount={have.length} />}
      {progressOpen && <ProgressPanel model={model} />}
      {filtersOpen && <FiltersPanel model={model} />}
    </aside>
  );
}
