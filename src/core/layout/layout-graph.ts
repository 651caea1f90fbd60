import dagre, { type EdgeLabel, type Graph, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { orderMembers } from './group-skills';
import { LANE, laneRegions, placeInLanes, type Lane } from './lanes';
import { catalogueLayout } from './layout-catalogue';
import { isCatalogue } from './pack-catalogue';
import { SPACING } from './layout-constants';
import type { EdgePath, EdgeRouting, Layout, LayoutDirection, LayoutOptions, NodeBox } from './layout-types';
import { normaliseLayout } from './normalise-layout';
import { applyOrder, drawnCrossingsOf, orderUnits, type Crossing, type UnitEdge, type UnitOrder } from './order-for-dagre';
import { improveLaneOrder } from './order-lanes';
import { planLayout, type LaidOutNode, type LayoutEdgeInput, type LayoutNodeInput, type LayoutPlan } from './plan-layout';
import {
  lanePoints,
  rerouteEnds,
  sameRankPoints,
  spinePoints,
  threadPoints,
  type Box,
  type Interval,
  type RouteContext,
} from './route-edges';

/**
 * What to lay out. Layout reads only node ids and kinds and edge ends and kinds, so full
 * `GraphNode`s and `GraphEdge`s fit, and so do slim copies (the worker is sent those).
 */
export interface LayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
}

/** Steps reported while a layout runs, in this order (the worker forwards them as progress). */
export type LayoutPhase = 'rank' | 'order' | 'position' | 'route';

export interface LayoutHooks {
  readonly onPhase?: (phase: LayoutPhase) => void;
}

type DagreGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * One route per pair of boxes in different ranks, shared by every data edge between them: a dagre
 * edge when the ranks are adjacent, a threaded route otherwise.
 */
interface Pair extends UnitEdge {
  readonly span: number;
  weight: number;
  count: number;
  /** Mean ports of its data edges at each end (see `LayerEdge.fromPort`). */
  earlyPort: number;
  latePort: number;
  /** Crossings of the ranks between its ends, set by `orderUnits` (empty for one-rank pairs). */
  crossings: readonly Crossing[];
}

/**
 * Lays out a map: boxes (top-left corners) for every node but tracks, and a polyline from border
 * to border for every edge between them. Pure and deterministic: the same input and options
 * give the same layout.
 *
 * How (see README.md): ranks come from `rankNodes` (progression order; official prerequisites
 * never point backward); skills hang in columns under what teaches them (`group-skills.ts`);
 * dagre, given a fresh graph per call and only the edges between adjacent ranks, positions the
 * boxes and routes those edges, its crossing reduction done by `orderUnits` (`applyOrder`), which orders
 * longer edges too; those are then threaded through the gaps reserved for them (`threadPoints`).
 * Edges whose ends are not among the input nodes (or are tracks) are left out, so a filtered
 * node list can come with every edge. Throws only on duplicate node ids, a programmer error.
 *
 * @example
 * const layout = layoutGraph({ nodes: model.nodes, edges: model.edges }, { direction: 'LR' });
 * layout.nodes.find((n) => n.id === 'ms-102') // { id: 'ms-102', x: …, y: …, width: 232, height: 76, rank: 4 }
 */
export function layoutGraph(input: LayoutInput, options: LayoutOptions = {}, hooks: LayoutHooks = {}): Layout {
  const direction = options.direction ?? 'LR';
  hooks.onPhase?.('rank');
  const plan = planLayout(input, options.groupSkills ?? true);
  // Most nodes unlinked: dagre would stack them in one column; pack them like a poster instead.
  if (isCatalogue(plan)) return catalogueLayout(plan, direction);
  const { pairs, pairOf } = pairEdges(plan);
  const laned = plan.lanes.length > 0;
  hooks.onPhase?.('order');
  const { order, lanes } = orderWithLanes(plan, pairs);
  pairs.forEach((pair, i) => (pair.crossings = order.crossings[i] ?? []));
  hooks.onPhase?.('position');
  const g = runDagre(plan, pairs, direction, order.layers);

  hooks.onPhase?.('route');
  const outer = new Map(plan.own.map((v) => [v, outline(g, (plan.nodes[v] as LaidOutNode).id)]));
  const { regions, laneSpot } = laned ? moveIntoLanes(plan, lanes, direction, order.layers, outer) : { regions: [], laneSpot: undefined };
  if (direction === 'LR') restackGroups(plan, outer);
  const ctx = routeContext(plan, outer, direction, laneSpot);
  const edges = plan.edges.map((e, i): EdgePath => {
    const pair = pairOf[i];
    const a = plan.unit(e.from);
    const b = plan.unit(e.to);
    // In lanes, boxes left dagre's places, so its bend points no longer apply: every edge between ranks is threaded.
    const routing: EdgeRouting = a === b ? (e.from === e.to ? 'same-rank' : 'in-group') : pair === undefined ? 'same-rank' : pair.span === 1 && !laned ? 'dagre' : 'threaded';
    const points = routePoints(ctx, g, plan, e.source, e.target, routing, pair?.crossings ?? []);
    const backward = plan.rankOf(e.from) > plan.rankOf(e.to);
    return { key: e.key, source: e.data.source, target: e.data.target, kind: e.data.kind, points, routing, ...(backward ? { backward } : {}) };
  });
  const nodes = plan.nodes.map((n, v): NodeBox => {
    const anchor = plan.anchorOf[v] as number;
    return { id: n.id, ...ctx.box(v), rank: plan.rankOf(v), ...(anchor >= 0 ? { group: (plan.nodes[anchor] as LaidOutNode).id } : {}) };
  });
  return normaliseLayout(direction, nodes, edges, plan.rankCount, regions);
}

/**
 * Moves every box dagre placed into its lane (across the ranks; along them dagre's rank columns
 * stay) and returns the lanes as regions, and where long edges with a lane key run (`laneSpot`:
 * a lane's box area for a whole lane number, the boundary for `b + 0.5`). See `lanes.ts`.
 */
function moveIntoLanes(
  plan: LayoutPlan,
  lanes: LaneView,
  direction: LayoutDirection,
  layers: readonly (readonly number[])[],
  outer: Map<number, Box>,
): { regions: ReturnType<typeof laneRegions>; laneSpot: (key: number) => Interval } {
  const { across, bands } = placeInLanes({
    direction,
    layers,
    laneOf: lanes.laneOf,
    laneCount: lanes.lanes.length,
    size: plan.outerSize,
    gap: SPACING[direction].nodesep,
  });
  let from = Infinity;
  let to = -Infinity;
  for (const [v, box] of outer) {
    const a = across.get(v) ?? 0;
    const moved = direction === 'LR' ? { ...box, y: a } : { ...box, x: a };
    outer.set(v, moved);
    from = Math.min(from, direction === 'LR' ? moved.x : moved.y);
    to = Math.max(to, direction === 'LR' ? moved.x + moved.width : moved.y + moved.height);
  }
  const laneSpot = (key: number): Interval => {
    const lane = Math.floor(key);
    if (key !== lane) {
      const boundary = bands[lane + 1]?.start ?? (bands[lane] as { start: number; depth: number }).start + (bands[lane] as { start: number; depth: number }).depth;
      return { start: boundary, end: boundary };
    }
    const band = bands[lane] as { start: number; depth: number };
    return { start: band.start + LANE.header + LANE.pad, end: band.start + band.depth - LANE.pad };
  };
  return { regions: laneRegions(direction, lanes.lanes, bands, from - LANE.pad, to + LANE.pad), laneSpot };
}

/**
 * In LR a group's skills stack across the ranks, each leaving the group on its own row: stacked
 * by where their other links lead (the mean height of the far ends), their edges leave the group
 * without crossing each other. In TB they all leave by the group's side lane, so order matters little.
 */
function restackGroups(plan: LayoutPlan, outer: ReadonlyMap<number, Box>): void {
  const ends = new Map<number, number[]>();
  for (const e of plan.edges) {
    for (const [near, far] of [[e.source, e.target], [e.target, e.source]] as const) {
      if ((plan.anchorOf[near] as number) < 0 || plan.unit(far) === plan.unit(near)) continue;
      const box = outer.get(plan.unit(far)) as Box;
      const list = ends.get(near) ?? [];
      list.push(box.y + (plan.unit(far) === far ? box.height / 2 : plan.offsetOf(far).dy));
      ends.set(near, list);
    }
  }
  const mean = (v: number) => {
    const list = ends.get(v);
    return list === undefined ? undefined : list.reduce((a, b) => a + b, 0) / list.length;
  };
  for (const [anchor, list] of plan.members) plan.restack(anchor, orderMembers(list, mean));
}

/**
 * Where a node's edges attach to its unit, for the ordering: 0 for a box of its own or an anchor
 * (the top of its group), (k + 1) / (m + 1) for the k-th of m skills hanging under an anchor.
 */
function portOf(plan: LayoutPlan, v: number): number {
  const anchor = plan.anchorOf[v] as number;
  if (anchor < 0) return 0;
  const list = plan.members.get(anchor) ?? [];
  return (list.indexOf(v) + 1) / (list.length + 1);
}

/** Groups edges by the pair of boxes (in different ranks) they join: one route per pair. */
function pairEdges(plan: LayoutPlan): { pairs: Pair[]; pairOf: (Pair | undefined)[] } {
  const byId = new Map<string, Pair>();
  const pairOf = plan.edges.map((e): Pair | undefined => {
    const a = plan.unit(e.from);
    const b = plan.unit(e.to);
    const ra = plan.rankOf(a);
    const rb = plan.rankOf(b);
    if (a === b || ra === rb) return undefined;
    const [early, late] = ra < rb ? [a, b] : [b, a];
    const id = `${String(early)}>${String(late)}`;
    let pair = byId.get(id);
    if (pair === undefined) {
      pair = { early, late, span: Math.abs(rb - ra), weight: 0, count: 0, earlyPort: 0, latePort: 0, crossings: [] };
      byId.set(id, pair);
    }
    const [earlyEnd, lateEnd] = ra < rb ? [e.from, e.to] : [e.to, e.from];
    pair.count += 1;
    // Running means of the ports.
    pair.earlyPort += (portOf(plan, earlyEnd) - pair.earlyPort) / pair.count;
    pair.latePort += (portOf(plan, lateEnd) - pair.latePort) / pair.count;
    pair.weight += plan.weightOf(e.data.kind);
    return pair;
  });
  return { pairs: [...byId.values()], pairOf };
}

/** The lanes in the order chosen for this layout, and each node's lane in it. */
interface LaneView {
  readonly lanes: readonly Lane[];
  readonly laneOf: (v: number) => number;
}

/**
 * At most this many orderings when searching lane orders, and at most `LANE_SEARCH_WORK` edge
 * slots (ranks spanned by the edges, summed, times the orderings): the MS-102 map has 524 slots
 * (up to 114 orderings; its best order is found by the 80th); a generated 1,000-node map has
 * 19,338 (3 orderings: with 300,000 the search added about 1 s of CPU to its 1.2 s layout).
 */
const LANE_SEARCH_EVALUATIONS = 128;
const LANE_SEARCH_WORK = 60_000;
/** Candidates are compared after two sweeps: on the MS-102 map the search took the same path as with full ordering, for a fraction of the time. */
const QUICK = { sweeps: 2, patience: 2, transpose: false } as const;

/**
 * Orders the units (`orderUnits`). With lanes, the lane order planned from edge counts
 * (`planLayout`, `orderLanes`) is improved first by local search against what counts: the
 * crossings the ordering leaves for each candidate lane order (`improveLaneOrder`). On the
 * MS-102 map that took the drawn crossings from 839 (planned order) to 735 (see README).
 */
function orderWithLanes(plan: LayoutPlan, pairs: readonly Pair[]): { order: UnitOrder; lanes: LaneView } {
  const graph = { units: plan.own, rankOf: plan.rankOf, edges: pairs };
  const identity: LaneView = { lanes: plan.lanes, laneOf: plan.laneOf };
  if (plan.lanes.length < 3) return { order: orderUnits(plan.lanes.length > 0 ? { ...graph, laneOf: plan.laneOf } : graph), lanes: identity };
  const evaluate = (lanes: readonly number[]): number => {
    const at = new Int32Array(lanes.length);
    lanes.forEach((lane, i) => (at[lane] = i));
    return drawnCrossingsOf({ ...graph, laneOf: (v) => at[plan.laneOf(v)] as number }, QUICK);
  };
  const slots = pairs.reduce((sum, p) => sum + p.span, 0);
  const budget = Math.max(1, Math.min(LANE_SEARCH_EVALUATIONS, Math.floor(LANE_SEARCH_WORK / Math.max(1, slots))));
  const other = plan.lanes.findIndex((l) => l.id === LANE.other);
  const start = plan.lanes.map((_, i) => i);
  const best = improveLaneOrder(start, evaluate, budget, other >= 0 ? [other] : []);
  const at = new Int32Array(best.order.length);
  best.order.forEach((lane, i) => (at[lane] = i));
  return {
    order: orderUnits({ ...graph, laneOf: (v) => at[plan.laneOf(v)] as number }),
    lanes: { lanes: best.order.map((lane) => plan.lanes[lane] as Lane), laneOf: (v) => at[plan.laneOf(v)] as number },
  };
}

/** dagre positions the boxes, in the order given (its own ordering step replaced by `applyOrder`). */
function runDagre(plan: LayoutPlan, pairs: readonly Pair[], direction: LayoutDirection, layers: readonly (readonly number[])[]): DagreGraph {
  const idOf = (v: number) => (plan.nodes[v] as LaidOutNode).id;
  const index = new Map(plan.own.map((v) => [idOf(v), v]));
  const g: DagreGraph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: direction, ...SPACING[direction], ranker: fixedRanker((id) => index.get(id), plan.rankOf) });
  for (const v of plan.own) g.setNode(idOf(v), { ...plan.outerSize(v) });
  // dagre gets the edges between adjacent ranks; longer ones are ordered with them and threaded.
  for (const pair of pairs) if (pair.span === 1) g.setEdge(idOf(pair.early), idOf(pair.late), { weight: pair.weight, minlen: 1 });
  dagre.layout(g, {
    customOrder: (layered) => {
      applyOrder(layered, (id) => index.get(id), layers);
    },
  });
  return g;
}

/**
 * dagre's `ranker` accepts a function at runtime (lib/rank/index.ts calls it) and the package
 * exports its `RankerFunction` type, but `GraphLabel.ranker` lists only the built-in names, hence
 * the cast. Ranks are doubled because dagre expects every edge to span at least two ranks (it
 * doubles `minlen` itself to make room for edge labels, and an edge spanning one rank gets no
 * points). Its nesting root, the one node we do not know, goes before everything.
 */
function fixedRanker(indexOf: (id: string) => number | undefined, rankOf: (v: number) => number): NonNullable<GraphLabel['ranker']> {
  const ranker = (layered: DagreGraph): void => {
    for (const id of layered.nodes()) {
      const v = indexOf(id);
      layered.node(id).rank = v === undefined ? -2 : 2 * rankOf(v);
    }
  };
  return ranker as unknown as NonNullable<GraphLabel['ranker']>;
}

/**
 * Boxes and rank geometry once dagre is done. dagre returns the centre of each box it laid out;
 * React Flow and SVG want the top-left corner: `outline` is the one place that converts. A group's
 * anchor takes the group's top-left corner; its skills take their offsets from there.
 */
function routeContext(plan: LayoutPlan, outer: ReadonlyMap<number, Box>, direction: LayoutDirection, laneSpot: ((key: number) => Interval) | undefined): RouteContext {
  const boxes = plan.nodes.map((_, v): Box => {
    const anchor = plan.anchorOf[v] as number;
    const top = outer.get(anchor >= 0 ? anchor : v) as Box;
    const offset = anchor >= 0 ? plan.offsetOf(v) : { dx: 0, dy: 0 };
    return { x: top.x + offset.dx, y: top.y + offset.dy, ...plan.size(v) };
  });
  const bands = new Map<number, Interval>();
  const slots = new Map<number, Interval[]>();
  for (const [v, b] of outer) {
    const r = plan.rankOf(v);
    const [start, end] = direction === 'LR' ? [b.x, b.x + b.width] : [b.y, b.y + b.height];
    const band = bands.get(r);
    bands.set(r, band === undefined ? { start, end } : { start: Math.min(band.start, start), end: Math.max(band.end, end) });
    const list = slots.get(r) ?? [];
    list.push(direction === 'LR' ? { start: b.y, end: b.y + b.height } : { start: b.x, end: b.x + b.width });
    slots.set(r, list);
  }
  for (const list of slots.values()) list.sort((a, b) => a.start - b.start);
  return {
    direction,
    box: (v) => boxes[v] as Box,
    group: (v) => (plan.isGroup(plan.unit(v)) ? (outer.get(plan.unit(v)) ?? null) : null),
    isMember: (v) => (plan.anchorOf[v] as number) >= 0,
    rankOf: plan.rankOf,
    band: (r) => bands.get(r) ?? { start: 0, end: 0 },
    slots: (r) => slots.get(r) ?? [],
    ...(laneSpot === undefined ? {} : { laneSpot }),
  };
}

function outline(g: DagreGraph, id: string): Box {
  const { x, y, width, height } = g.node(id);
  return { x: (x ?? 0) - width / 2, y: (y ?? 0) - height / 2, width, height };
}

function routePoints(
  ctx: RouteContext,
  g: DagreGraph,
  plan: LayoutPlan,
  source: number,
  target: number,
  routing: EdgeRouting,
  crossings: readonly Crossing[],
): EdgePath['points'] {
  switch (routing) {
    case 'same-rank':
      return sameRankPoints(ctx, source, target);
    case 'in-group': {
      const anchor = plan.unit(source);
      if (source === anchor) return spinePoints(ctx.box(source), ctx.box(target));
      if (target === anchor) return spinePoints(ctx.box(target), ctx.box(source)).reverse();
      return lanePoints(ctx.group(anchor) ?? ctx.box(anchor), ctx.box(source), ctx.box(target));
    }
    case 'dagre':
    case 'threaded':
    case 'straight': {
      const forward = plan.rankOf(source) < plan.rankOf(target);
      const [early, late] = forward ? [source, target] : [target, source];
      const idOf = (v: number) => (plan.nodes[plan.unit(v)] as LaidOutNode).id;
      const points = routing === 'dagre' ? rerouteEnds(ctx, g.edge(idOf(early), idOf(late)).points ?? [], early, late) : threadPoints(ctx, early, late, crossings);
      return forward ? points : points.reverse();
    }
  }
}
