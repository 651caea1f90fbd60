import { Position } from '@xyflow/react';
import { localIsoDate, type GraphNode, type Layout, type PathwiseGraph } from '../../core/index';
import type { RoadmapFlowNode } from './node-data';
import type { MapEdge } from './edge-layer';
import { edgeFromLevel } from './level-of-detail';
import { nodeName } from './node-name';

export interface Highlight {
  /** Ids on the current route; when non-empty, everything else dims. */
  readonly routeNodes: ReadonlySet<string>;
  readonly routeEdges: ReadonlySet<string>;
  /** Hovered node and its neighbours; others dim while hovering. */
  readonly hoverNodes: ReadonlySet<string>;
  readonly selectedId: string | null;
  /** Per-node progress mark (done / doing / planned), shown as a class. */
  readonly progress: ReadonlyMap<string, string>;
  /**
   * Horizon mode: per node, whether it is in reach and its band (1 nearest …). Nodes get
   * `in-reach` (the start too) or `out-of-reach`, `horizon-band-N`, `reach-unknown`, `horizon-start`;
   * those beyond the limit fade.
   */
  readonly horizon?: ReadonlyMap<string, { readonly state: string; readonly band: number | null; readonly text: string }>;
}

/**
 * Turns a layout into React Flow nodes, with view state carried as CSS classes and in each node's
 * accessible name. `tabStop` is the one node Tab reaches (a roving tabindex: the others are -1,
 * and the arrow keys move between them, see use-roving-focus.ts).
 */
export function toFlowNodes(model: PathwiseGraph, layout: Layout, highlight: Highlight, tabStop: string | null = null): RoadmapFlowNode[] {
  const vertical = layout.direction === 'TB';
  const out: RoadmapFlowNode[] = [];
  // The route's ids come in route order (a Set keeps insertion order); the first is its start.
  const stepOf = new Map([...highlight.routeNodes].map((id, i) => [id, i]));
  const today = localIsoDate(new Date());
  for (const box of layout.nodes) {
    const node = model.byId.get(box.id);
    if (node === undefined || node.kind === 'track') continue;
    const n = stepOf.get(node.id);
    const mark = highlight.progress.get(node.id);
    const name = nodeName(node, { today, ...(n === undefined ? {} : { step: { n, of: stepOf.size - 1 } }), ...(mark === undefined ? {} : { mark }) });
    out.push({
      id: box.id,
      type: node.kind,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      // Known sizes and anchors, as for server rendering: React Flow draws the edges in the first
      // render instead of after measuring every node's DOM (a second full render of the map).
      measured: { width: box.width, height: box.height },
      handles: anchors(box.width, box.height, vertical),
      data: { node, vertical },
      className: nodeClasses(node, highlight),
      ariaLabel: horizonLabel(name, highlight.horizon?.get(node.id)),
      domAttributes: { tabIndex: box.id === tabStop ? 0 : -1 },
      selected: highlight.selectedId === box.id,
      draggable: false,
      connectable: false,
    });
  }
  return out;
}

type Anchors = NonNullable<RoadmapFlowNode['handles']>;
const anchorCache = new Map<string, Anchors>();

/**
 * Where node-views.tsx's two 1 px handles sit (React Flow's handle CSS centres them on the
 * edge's side): in on the left or top, out on the right or bottom. One array per size, so that
 * reuseUnchanged still finds unchanged nodes equal.
 */
function anchors(width: number, height: number, vertical: boolean): Anchors {
  const key = `${String(width)}x${String(height)}${vertical ? 'v' : 'h'}`;
  let found = anchorCache.get(key);
  if (found === undefined) {
    found = vertical
      ? [
          { type: 'target', position: Position.Top, x: width / 2 - 0.5, y: -0.5, width: 1, height: 1 },
          { type: 'source', position: Position.Bottom, x: width / 2 - 0.5, y: height - 0.5, width: 1, height: 1 },
        ]
      : [
          { type: 'target', position: Position.Left, x: -0.5, y: height / 2 - 0.5, width: 1, height: 1 },
          { type: 'source', position: Position.Right, x: width - 0.5, y: height / 2 - 0.5, width: 1, height: 1 },
        ];
    anchorCache.set(key, found);
  }
  return found;
}

function nodeClasses(node: GraphNode, h: Highlight): string {
  const classes: string[] = [];
  const routing = h.routeNodes.size > 0;
  if (routing && h.routeNodes.has(node.id)) classes.push('on-route');
  const hovering = h.hoverNodes.size > 0;
  if ((routing && !h.routeNodes.has(node.id)) || (hovering && !h.hoverNodes.has(node.id))) classes.push('dimmed');
  if (hovering && h.hoverNodes.has(node.id)) classes.push('neighbour');
  const mark = h.progress.get(node.id);
  if (mark !== undefined) classes.push(`progress-${mark}`);
  const reach = h.horizon?.get(node.id);
  if (reach !== undefined) {
    classes.push(reach.state === 'in-reach' || reach.state === 'start' ? 'in-reach' : 'out-of-reach');
    if (reach.state === 'start') classes.push('horizon-start');
    if (reach.band !== null) classes.push(`horizon-band-${String(reach.band)}`);
    if (reach.state === 'unknown') classes.push('reach-unknown');
    if ((reach.state === 'beyond' || reach.state === 'unreachable') && !classes.includes('dimmed') && !(routing && h.routeNodes.has(node.id))) classes.push('dimmed');
  }
  return classes.join(' ');
}

function horizonLabel(label: string, reach: { readonly text: string } | undefined): string {
  return reach === undefined ? label : `${label}; ${reach.text}`;
}

/**
 * Skill edges (`teaches`, `requires`) are context, not progression: at rest they are hidden, so
 * the map reads as a roadmap, and they appear for the hovered or selected node and on a route.
 */
const CONTEXT_KINDS = new Set(['teaches', 'requires']);

function edgeLevel(model: PathwiseGraph | undefined, source: string, target: string): number {
  return model === undefined ? 0 : edgeFromLevel(model.byId.get(source), model.byId.get(target));
}

/**
 * The edges to draw for a highlight: every edge but skill edges at rest (CONTEXT_KINDS), each with
 * the classes the stylesheet draws it by. Left out at rest, not hidden: 116 of the
 * default map's 282 edges, and the "requires" ones dashed in 611 pieces, were a third of the
 * elements the first frame built and styled; no zoom shows them at rest, and hovering or
 * selecting an end draws the few it shows.
 */
export function toMapEdges(layout: Layout, highlight: Highlight, model?: PathwiseGraph): MapEdge[] {
  const routing = highlight.routeEdges.size > 0;
  const hovering = highlight.hoverNodes.size > 0;
  const focus = highlight.selectedId;
  const drawn: MapEdge[] = [];
  for (const edge of layout.edges) {
    const onRoute = highlight.routeEdges.has(edge.key);
    const touchesHover = hovering && highlight.hoverNodes.has(edge.source) && highlight.hoverNodes.has(edge.target);
    const touchesSelected = focus !== null && (edge.source === focus || edge.target === focus);
    if (CONTEXT_KINDS.has(edge.kind) && !onRoute && !touchesHover && !touchesSelected) continue;
    const classes = [`kind-${edge.kind}`, `from-level-${String(edgeLevel(model, edge.source, edge.target))}`];
    if (onRoute) classes.push('on-route');
    if (touchesHover || touchesSelected) classes.push('focus');
    if ((routing && !onRoute) || (hovering && !touchesHover)) classes.push('dimmed');
    drawn.push({ id: edge.key, kind: edge.kind, points: edge.points, className: classes.join(' '), onRoute });
  }
  return drawn;
}
