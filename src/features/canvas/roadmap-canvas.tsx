import { flushSync } from 'react-dom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Controls,
  ReactFlow,
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  type AriaLabelConfig,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { FAR_TYPE, NODE_SIZE, THEMES, farLabel, type Layout, type PathwiseGraph, type ThemeName } from '../../core/index';
import { actions, useAppStore } from '../../state/store';
import { NODE_TYPES } from './node-views';
import { EdgeLayer, type MapEdge } from './edge-layer';
import { reuseUnchanged } from './stable-elements';
import { toFlowNodes, toMapEdges, type Highlight } from './to-flow';
import { inNextTask } from './next-task';
import { useCanvasKeys } from './use-canvas-keys';
import { useRovingFocus } from './use-roving-focus';
import { MiniMapWhenNeeded } from './minimap-when-needed';
import { leftOfBusiestWindow } from './busiest-window';
import { LevelClasses } from './level-classes';
import { EdgeMarkers } from './edge-markers';
import { LEVEL_ZOOM, farLevelOf } from './level-of-detail';
import { LaneBands, LaneNames } from './lane-layer';
import { SkillGroups } from './skill-groups';
import { CanvasBackground } from './canvas-background';
import type { RoadmapFlowNode } from './node-data';
import { ClusterView, type ClusterFlowNode } from './cluster-view';
import { boundsOf } from './huge-window';
import { routeBounds } from './route-bounds';
import { useHugeWindow } from './use-huge-window';

const HUGE_NODE_TYPES = { ...NODE_TYPES, cluster: ClusterView };

/**
 * What React Flow tells screen readers, fitted to this map: nodes cannot be moved or deleted here
 * (its defaults say "use the arrow keys to move the node… Press delete to remove it").
 */
const NODE_HELP = 'Arrow keys move to a linked node, Enter opens its details, Shift with the arrow keys pans the map.';
const ARIA_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': NODE_HELP,
  'node.a11yDescription.keyboardDisabled': NODE_HELP,
  'node.a11yDescription.ariaLiveMessage': () => '',
  'edge.a11yDescription.default': '',
};

export interface RoadmapCanvasProps {
  readonly model: PathwiseGraph;
  readonly layout: Layout;
  readonly theme: ThemeName;
  readonly highlight: Highlight;
  /** Node ids to fit the view to when they change (a route); empty fits the whole map. */
  readonly fitTo: readonly string[];
}

/** Small: the first view should spend the screen on the map (lane names sit inside it). */
const FIT_PADDING = 0.03;
/** A short route is shown at most a little past natural size. */
const ROUTE_MAX_ZOOM = 1.2;
/** Room around a route, so that its ends do not touch the screen's edges. */
const ROUTE_PADDING = '32px';
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2.5;

/**
 * Measures the box the map will fill before React Flow mounts, and opens React Flow at the map's
 * first view there (`defaultViewport`). Mounted at zoom 1 and fitted a frame or two later, the
 * first frame showed the map's top-left corner at natural size and the fitted view replaced it
 * 380 to 580 ms later: a jump, and the time to a readable first view.
 */
export function RoadmapCanvas(props: RoadmapCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const [firstView, setFirstView] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null || firstView !== null) return;
    const canvas = { width: element.clientWidth, height: element.clientHeight };
    // A box with no size yet (hidden): open at natural size, and the fit effect fits once React Flow has measured it.
    if (canvas.width === 0 || canvas.height === 0) {
      setFirstView({ x: 0, y: 0, zoom: 1 });
      return;
    }
    // What the fit effect will ask for first (a link's node or route, or the whole map), so that it finds the view in place.
    const { layout, model, fitTo } = props;
    const whole = wholeMapView(layout, model, toFlowNodes(model, layout, props.highlight), canvas);
    const { centreRequest, selectedId } = useAppStore.getState();
    const centreOn = centreRequest !== 0 && selectedId !== null ? layout.nodes.find((n) => n.id === selectedId) : undefined;
    const view = centreOn === undefined && fitTo.length === 0 ? whole : (requestedView({ layout, fitTo, canvas, centreOn, zoom: whole.zoom, covered: coveredBelow(element) }) ?? whole);
    // React Flow mounts in a task of its own: the app's shell and this measure, then the map,
    // instead of one task holding both (the longest task of a warm load, 186-293 ms before).
    return inNextTask(() => {
      flushSync(() => {
        setFirstView(view);
      });
    });
  }, [firstView, props]);
  return (
    <div ref={box} className="pw-canvas-box">
      {firstView !== null && <RoadmapFlow {...props} firstView={firstView} />}
    </div>
  );
}

function RoadmapFlow({ model, layout, theme, highlight, fitTo, firstView }: RoadmapCanvasProps & { readonly firstView: Viewport }) {
  const flow = useReactFlow();
  const store = useStoreApi<RoadmapFlowNode | ClusterFlowNode>();
  const tokens = THEMES[theme];
  // Fresh objects per highlight change, then the unchanged ones swapped back for last render's.
  const nodeCache = useMemo(() => new Map<string, RoadmapFlowNode>(), []);
  const edgeCache = useMemo(() => new Map<string, MapEdge>(), []);
  const selectedId = useAppStore((s) => s.selectedId);
  const routeFrom = useAppStore((s) => s.route.from);
  const keep = useMemo(() => new Set([...highlight.routeNodes, ...(selectedId === null ? [] : [selectedId])]), [highlight.routeNodes, selectedId]);
  // Huge maps draw a window of the layout, or their clusters at far zoom (use-huge-window.ts).
  const huge = useHugeWindow(layout, keep);
  const drawn = huge.layout;
  const roving = useRovingFocus(drawn, selectedId, routeFrom);
  const tabStop = roving.tabStop;
  const flowNodes = useMemo(() => reuseUnchanged(nodeCache, toFlowNodes(model, drawn, highlight, tabStop)), [nodeCache, model, drawn, highlight, tabStop]);
  const nodes = useMemo(() => (huge.clusters.length === 0 ? flowNodes : [...huge.clusters, ...flowNodes]), [huge.clusters, flowNodes]);
  const edges = useMemo(() => reuseUnchanged(edgeCache, toMapEdges(drawn, highlight, model)), [edgeCache, drawn, highlight, model]);
  const centreRequest = useAppStore((s) => s.centreRequest);
  const drawnBounds = useMemo(() => boundsOf(drawn, drawn.nodes.map((n) => n.id)), [drawn]);

  const onHugeViewport = huge.onViewport;
  const onMove = useCallback((_: unknown, viewport: Viewport) => {
    onHugeViewport(viewport);
  }, [onHugeViewport]);
  // A cluster is not a node of the map: clicking it zooms in until its nodes show.
  const onNodeClick = useCallback(
    (_: unknown, node: { id: string; type?: string }) => {
      const cluster = node.type === 'cluster' ? layout.clusters?.find((c) => c.id === node.id) : undefined;
      if (cluster !== undefined) void flow.fitBounds(cluster, { padding: 0.05, duration: 300 });
    },
    [layout, flow],
  );

  const clear = useCallback(() => {
    actions.select(null);
  }, []);
  // While the view moves (a drag, the wheel), nodes passing under the pointer are not hovers:
  // acting on them would restyle the whole map on frames that should only move it.
  const moving = useRef(false);
  const onMoveStart = useCallback(() => {
    moving.current = true;
  }, []);
  const onMoveEnd = useCallback(() => {
    moving.current = false;
  }, []);
  const onNodeMouseEnter = useCallback((_: unknown, node: RoadmapFlowNode | ClusterFlowNode) => {
    if (!moving.current && node.type !== 'cluster') actions.hover(node.id);
  }, []);
  const onNodeMouseLeave = useCallback(() => {
    actions.hover(null);
  }, []);
  const nodeColor = useCallback((n: RoadmapFlowNode | ClusterFlowNode) => (n.type === 'cluster' ? THEMES[theme].border : minimapColor(n, theme)), [theme]);
  useCanvasKeys(clear, roving.move);

  // Enter on a focused node and clicks arrive as React Flow selection changes; the store owns selection.
  const onNodesChange = useCallback((changes: NodeChange<RoadmapFlowNode | ClusterFlowNode>[]) => {
    for (const change of changes) if (change.type === 'select' && change.selected) actions.select(change.id);
  }, []);

  // One place decides the view: a pending "centre on the selected node" (search, deep link,
  // route step) wins over fitting; otherwise fit when the map or the route changes.
  const fitKey = `${layout.direction}|${layout.nodes.length}|${fitTo.join(',')}`;
  const lastFit = useRef('');
  const lastCentre = useRef(0);
  const lastModel = useRef<PathwiseGraph | null>(null);
  // The view is driven once React Flow is ready (its instance can fit and centre).
  const [measured, setReady] = useState(false);
  // "settled" once the last fit or centring has landed: what a screenshot, an embed or a test waits for.
  const [view, setView] = useState<'moving' | 'settled'>('moving');
  const moves = useRef(0);
  useEffect(() => {
    if (!measured) return;
    const centre = centreRequest !== lastCentre.current && selectedId !== null;
    const fit = lastFit.current !== fitKey;
    if (!centre && !fit) return;
    // The first fit on opening (a shared link, an embed) lands at once: an animation there only
    // delays the first readable view. So does the first fit of another map: gliding from a view
    // of the last map means nothing on the new one, and shows it half-framed meanwhile.
    const duration = lastModel.current !== model ? 0 : 300;
    const move = ++moves.current;
    setView('moving');
    const settle = (done: Promise<boolean>): void => {
      void done.then(() => {
        if (moves.current === move) setView('settled');
      });
    };
    // Wait for the frame after panels open or close: the canvas may have changed size, and
    // React Flow measures it (ResizeObserver) before we aim at its centre.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        // Recorded only now: a re-render that cancels these frames must not swallow the fit.
        lastFit.current = fitKey;
        lastCentre.current = centreRequest;
        lastModel.current = model;
        const centreOn = centre ? layout.nodes.find((n) => n.id === selectedId) : undefined;
        const state = store.getState();
        const target =
          centreOn === undefined && fitTo.length === 0
            ? wholeMapView(layout, model, state.nodes, state)
            : requestedView({ layout, fitTo, canvas: state, centreOn, zoom: flow.getZoom(), covered: coveredBelow(state.domNode) });
        // Usually the view React Flow opened at (RoadmapCanvas): nothing to move, nothing to redraw.
        settle(target === null || sameView(flow.getViewport(), target) ? Promise.resolve(true) : flow.setViewport(target, { duration }));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [measured, fitKey, fitTo, centreRequest, selectedId, layout, flow, store, model]);

  return (
    <ReactFlow
      nodes={nodes}
      nodeTypes={layout.clusters === undefined ? NODE_TYPES : HUGE_NODE_TYPES}
      onNodesChange={onNodesChange}
      onNodeClick={onNodeClick}
      onNodeMouseEnter={onNodeMouseEnter}
      onNodeMouseLeave={onNodeMouseLeave}
      onPaneClick={clear}
      onMove={onMove}
      onMoveStart={onMoveStart}
      onMoveEnd={onMoveEnd}
      onInit={() => {
        setReady(true);
      }}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable
      defaultViewport={firstView}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      colorMode={theme}
      proOptions={{ hideAttribution: true }}
      aria-label="Career roadmap map"
      data-view={view}
      ariaLabelConfig={ARIA_LABELS}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      onlyRenderVisibleElements={layout.nodes.length > 400}
    >
      <LevelClasses />
      <EdgeMarkers theme={tokens} />
      {layout.regions !== undefined && <LaneBands regions={layout.regions} />}
      <EdgeLayer edges={edges} />
      {layout.clusters === undefined && <SkillGroups layout={drawn} dimmed={highlight.routeNodes.size > 0} />}
      {layout.regions !== undefined && <LaneNames regions={layout.regions} direction={layout.direction} />}
      <CanvasBackground color={tokens.border} />
      <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls" />
      {/* While a route is shown the minimap gives way: it sits where an LR route ends. */}
      {layout.clusters === undefined && highlight.routeNodes.size === 0 && <MiniMapWhenNeeded
        bounds={drawnBounds}
        pannable
        zoomable
        position="bottom-right"
        ariaLabel="Minimap"
        nodeColor={nodeColor}
        maskColor={theme === 'dark' ? 'rgba(15,18,24,0.7)' : 'rgba(246,247,249,0.7)'}
        className="pw-minimap"
      />}
    </ReactFlow>
  );
}

/**
 * The view of the whole map in a canvas of this size: a huge map's whole layout, a laned map too
 * wide for the screen by its lanes (laneFit), otherwise every node fitted, as React Flow's
 * fitView would (the same bounds, zoom limits and padding).
 */
export function wholeMapView(layout: Layout, model: PathwiseGraph, nodes: readonly Node[], canvas: { readonly width: number; readonly height: number }): Viewport {
  if (layout.clusters !== undefined) return getViewportForBounds({ x: 0, y: 0, width: layout.width, height: layout.height }, canvas.width, canvas.height, MIN_ZOOM, MAX_ZOOM, FIT_PADDING);
  const lanes = laneFit(layout, canvas, model);
  if (lanes !== null) return lanes;
  return getViewportForBounds(getNodesBounds([...nodes]), canvas.width, canvas.height, MIN_ZOOM, MAX_ZOOM, FIT_PADDING);
}

/**
 * The view centred on a node (at natural size or closer; on a phone, in the middle of what the
 * details sheet leaves visible), or fitted to a route's steps and legs. Null: a route with no box.
 */
function requestedView(o: {
  readonly layout: Layout;
  readonly fitTo: readonly string[];
  readonly canvas: { readonly width: number; readonly height: number };
  readonly centreOn: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | undefined;
  /** The zoom the view is at now. */
  readonly zoom: number;
  /** Canvas height hidden under a panel at its bottom (coveredBelow). */
  readonly covered: number;
}): Viewport | null {
  const { canvas, centreOn } = o;
  if (centreOn !== undefined) {
    const zoom = Math.max(o.zoom, 1);
    const x = centreOn.x + centreOn.width / 2;
    const y = centreOn.y + centreOn.height / 2 + o.covered / 2 / zoom;
    // As React Flow's setCenter places it.
    return { x: canvas.width / 2 - x * zoom, y: canvas.height / 2 - y * zoom, zoom };
  }
  // From the layout, not React Flow's nodes: a huge map does not hand it the nodes out of view,
  // and the route's edges count too (a leg may bend past both of its ends).
  const bounds = routeBounds(o.layout, o.fitTo);
  return bounds === null ? null : getViewportForBounds(bounds, canvas.width, canvas.height, MIN_ZOOM, ROUTE_MAX_ZOOM, ROUTE_PADDING);
}

/** Two views that draw the same to the pixel. */
function sameView(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}

/** Height of the canvas hidden under a panel laid over its bottom edge (the phone's details sheet). */
function coveredBelow(element: Element | null): number {
  const canvas = element?.getBoundingClientRect();
  const sheet = document.querySelector('.side-panels')?.getBoundingClientRect();
  if (canvas === undefined || sheet === undefined) return 0;
  const overlapsWidth = sheet.left <= canvas.left + 1 && sheet.right >= canvas.right - 1;
  if (!overlapsWidth || sheet.top <= canvas.top || sheet.top >= canvas.bottom) return 0;
  return canvas.bottom - sheet.top;
}

function minimapColor(node: RoadmapFlowNode, theme: ThemeName): string {
  const tokens = THEMES[theme];
  if (node.className?.includes('on-route') === true) return tokens.route;
  const data = node.data.node;
  if (data.kind === 'certification') return tokens.level[data.level];
  if (data.kind === 'track') return tokens.border;
  return tokens.kind[data.kind].stroke;
}

/**
 * The first view of a laned map too wide for the screen (a phone): when the whole map would be
 * fitted below the first level of detail (no node text at all), fit the lanes' height instead,
 * from the map's start (its entry ranks): every path is named and the codes are readable, and
 * the career runs on to the right. When that leaves the biggest far labels (the exam codes)
 * under 11 px, zoom in as far as 11 px as long as the last lane's name stays on screen (the end
 * of the last lane then waits a swipe below). Null: fit the whole map.
 */
export function laneFit(layout: Layout, canvas: { readonly width: number; readonly height: number }, model: PathwiseGraph): Viewport | null {
  const regions = layout.regions ?? [];
  const last = regions.at(-1);
  if (layout.direction !== 'LR' || last === undefined || layout.width === 0 || canvas.width === 0) return null;
  const whole = Math.min(canvas.width / layout.width, canvas.height / layout.height) * (1 - FIT_PADDING);
  if (whole >= (LEVEL_ZOOM[1] as number)) return null;
  const top = Math.min(...regions.map((r) => r.y));
  const bottom = Math.max(...regions.map((r) => r.y + r.height));
  const lanes = canvas.height / (bottom - top);
  const named = canvas.height / (last.y + last.header - top);
  // Codes at 11 px, and requirements' one-word names (at most 44 px type in their 52 px boxes) at 9.
  const requirementType = Math.floor((NODE_SIZE.experience.height - FAR_TYPE.reserve.experience) / FAR_TYPE.lineHeight);
  // (From the ladder's own step, so that the level of detail draws them at this zoom.)
  const shown = (size: number): number => LEVEL_ZOOM[farLevelOf(size)] ?? Infinity;
  const wanted = Math.max(READABLE_CODE_PX / FAR_TYPE.codeMax, shown(requirementType));
  const zoom = Math.max(lanes, Math.min(wanted, named));
  // The screen shows a window of the map's width: the one where the lanes it shows have boxes.
  const boxes = layout.nodes.filter((n) => model.byId.get(n.id)?.kind !== 'skill');
  const legible = (id: string): boolean => {
    const node = model.byId.get(id);
    const far = node === undefined ? null : farLabel(node);
    return far !== null && zoom >= shown(far.fontSize);
  };
  // No empty band over a quarter of the screen first (issue 11), then as few boxes without words as that allows.
  const left = leftOfBusiestWindow(boxes, canvas.width / zoom, layout.width, top, top + canvas.height / zoom, legible, canvas.height / zoom / 4);
  return { x: -left * zoom, y: -top * zoom, zoom };
}

/** The size the biggest far labels should reach on a phone's first view when the lanes allow it. */
const READABLE_CODE_PX = 11;
