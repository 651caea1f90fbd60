import type { EdgeLabel, Graph, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import { chainLanes } from './chain-lanes';
import { countCrossings, orderLayers, type LayerEdge, type OrderEffort } from './order-layers';

/**
 * An edge between two units in different ranks, `early` before `late` (all data edges between
 * the same two units share one). dagre is given only those between adjacent ranks; longer ones
 * are ordered here as chains and threaded afterwards.
 */
export interface UnitEdge {
  readonly early: number;
  readonly late: number;
  /** Weight in crossing reduction (the sum of its data edges' kind weights). */
  readonly weight: number;
  /** How many data edges it carries: what a crossing with it costs on the drawn map. */
  readonly count: number;
  /** Where it attaches to each end (see `LayerEdge.fromPort`): 0 at a box of its own or an anchor. */
  readonly earlyPort: number;
  readonly latePort: number;
}

/** What `orderUnits` orders: the units dagre lays out, their ranks and lanes, and the edges between them. */
export interface UnitGraph {
  /** Units in input order (ties in the ordering keep it). */
  readonly units: readonly number[];
  readonly rankOf: (unit: number) => number;
  readonly edges: readonly UnitEdge[];
  /** Each unit's lane: every rank is kept sorted by lane. */
  readonly laneOf?: (unit: number) => number;
}

/** Where a long edge crosses one rank: in the gap before the `gap`-th box, `slot` of `of` edges there. */
export interface Crossing {
  readonly gap: number;
  readonly slot: number;
  readonly of: number;
  /**
   * With lanes: the lane keys of all `of` edges crossing this gap, in slot order (one array shared
   * by them): a whole lane number for an edge within a lane, `b + 0.5` for one running along the
   * boundary between lanes b and b + 1 (see `chainLanes`).
   */
  readonly keys?: readonly number[];
}

export interface UnitOrder {
  /** The units of each rank, in order. */
  readonly layers: number[][];
  /** Per edge (in input order): one `Crossing` per rank strictly between its ends (none for adjacent ranks). */
  readonly crossings: Crossing[][];
  /** Crossings between edges in the order, each counted as the product of the two edges' `count`s. */
  readonly drawnCrossings: number;
}

/**
 * Crossing reduction for the units dagre lays out, in place of dagre's own. An edge spanning more
 * than one rank is not given to dagre, because every rank it crosses adds a dummy node that costs
 * dagre time and takes room in the column (on the MS-102 map they made the LR layout 2.5 times as
 * tall). Such edges are still ordered here, as a chain of virtual nodes (typed arrays, no
 * graphlib), so crossing reduction sees them; each chain then records which gap between boxes it
 * crosses each rank in, for `threadPoints` to follow.
 *
 * With `laneOf`, every rank is kept sorted by lane; a long edge between two lanes runs along lane
 * boundaries and crosses the lanes between where they are least busy (`chainLanes`).
 * Pure and deterministic; `applyOrder` hands the result to dagre.
 */
export function orderUnits(graph: UnitGraph, effort?: OrderEffort): UnitOrder {
  const model = orderingModel(graph);
  const { rank, group, edges, drawn, chains, real } = model;
  const layers = orderLayers(graph.laneOf === undefined ? { rank, edges } : { rank, edges, group }, effort);
  const position = new Float64Array(rank.length);
  const realBefore = new Int32Array(rank.length); // real nodes before a node in its layer
  for (const layer of layers) {
    let count = 0;
    layer.forEach((v, i) => {
      position[v] = i;
      realBefore[v] = count;
      if (v < real) count++;
    });
  }
  return {
    layers: layers.map((layer) => layer.filter((v) => v < real).map((v) => graph.units[v] as number)),
    crossings: crossings(chains, rank, realBefore, position, group, graph.laneOf !== undefined),
    drawnCrossings: countCrossings(layers, drawn),
  };
}

/**
 * Only `drawnCrossings` of `orderUnits` (what a search over lane orders compares).
 * @example drawnCrossingsOf(graph, { sweeps: 6, patience: 2, transpose: false }) // 783
 */
export function drawnCrossingsOf(graph: UnitGraph, effort?: OrderEffort): number {
  const { rank, group, edges, drawn } = orderingModel(graph);
  return countCrossings(orderLayers(graph.laneOf === undefined ? { rank, edges } : { rank, edges, group }, effort), drawn);
}

/**
 * The layered graph the ordering works on: the units, then one virtual node per rank a long edge
 * crosses (`chains`, per edge in input order), with lane keys (`group`), edges weighted for the
 * ordering (`edges`) and by data edges carried (`drawn`).
 */
function orderingModel(graph: UnitGraph): { rank: number[]; group: number[]; edges: LayerEdge[]; drawn: LayerEdge[]; chains: number[][]; real: number } {
  const { units, rankOf, laneOf } = graph;
  const index = new Map<number, number>(); // unit → ordering node
  const rank: number[] = [];
  const group: number[] = [];
  for (const unit of units) {
    index.set(unit, rank.length);
    rank.push(rankOf(unit));
    group.push(laneOf?.(unit) ?? 0);
  }
  const real = rank.length;
  const edges: LayerEdge[] = [];
  const drawn: LayerEdge[] = [];
  const push = (e: LayerEdge, count: number) => {
    edges.push(e);
    drawn.push({ ...e, weight: count });
  };
  for (const e of graph.edges) {
    if (rankOf(e.late) - rankOf(e.early) !== 1) continue;
    push({ from: index.get(e.early) ?? 0, to: index.get(e.late) ?? 0, weight: e.weight, fromPort: e.earlyPort, toPort: e.latePort }, e.count);
  }
  const long = graph.edges.filter((e) => rankOf(e.late) - rankOf(e.early) > 1);
  const busy = laneOf === undefined ? () => 0 : laneTraffic(edges, long, rank, group, rankOf, laneOf);
  const chains = graph.edges.map((e): number[] => {
    const [r0, r1] = [rankOf(e.early), rankOf(e.late)];
    if (r1 - r0 <= 1) return [];
    const keys = laneOf === undefined ? [] : chainLanes(r0, r1, laneOf(e.early), laneOf(e.late), busy);
    const chain: number[] = [];
    let previous = index.get(e.early) ?? 0;
    let fromPort = e.earlyPort;
    for (let r = r0 + 1; r < r1; r++) {
      const v = rank.length;
      rank.push(r);
      group.push(keys[r - r0 - 1] ?? 0);
      chain.push(v);
      push({ from: previous, to: v, weight: e.weight, fromPort }, e.count);
      previous = v;
      fromPort = 0;
    }
    push({ from: previous, to: index.get(e.late) ?? 0, weight: e.weight, fromPort, toPort: e.latePort }, e.count);
    return chain;
  });
  return { rank, group, edges, drawn, chains, real };
}

/**
 * dagre's `customOrder` step: sets `order` on every node of dagre's layered graph from the
 * units' order, dagre's dummy nodes (one per edge between adjacent ranks, as dagre doubles
 * ranks) between their ends.
 */
export function applyOrder(layered: Graph<GraphLabel, NodeLabel, EdgeLabel>, unitOf: (id: string) => number | undefined, layers: readonly (readonly number[])[]): void {
  const position = new Map<number, number>();
  for (const layer of layers) layer.forEach((unit, i) => position.set(unit, i));
  const ids = layered.nodes();
  for (const id of ids) {
    const unit = unitOf(id);
    if (unit !== undefined) layered.node(id).order = position.get(unit) ?? 0;
  }
  orderDummies(layered, ids, (id) => {
    const unit = unitOf(id);
    return unit === undefined ? undefined : position.get(unit);
  });
}

/**
 * How busy each lane is in each rank gap: the weight of the edges with both ends in the lane
 * that span the gap (what a long edge crossing the lane there would cross). `busy(lane, gap)`.
 */
function laneTraffic(
  edges: readonly LayerEdge[],
  longEdges: readonly UnitEdge[],
  rank: readonly number[],
  group: readonly number[],
  rankOf: (unit: number) => number,
  laneOf: (unit: number) => number,
): (lane: number, gap: number) => number {
  const traffic = new Map<number, number>();
  const stride = 1 + Math.max(0, ...rank);
  const add = (lane: number, gap: number, weight: number) => traffic.set(lane * stride + gap, (traffic.get(lane * stride + gap) ?? 0) + weight);
  for (const e of edges) if (group[e.from] === group[e.to]) add(group[e.from] as number, Math.min(rank[e.from] as number, rank[e.to] as number), 1);
  for (const e of longEdges) {
    const lane = laneOf(e.early);
    if (lane !== laneOf(e.late)) continue;
    for (let gap = rankOf(e.early); gap < rankOf(e.late); gap++) add(lane, gap, 1);
  }
  return (lane, gap) => traffic.get(lane * stride + gap) ?? 0;
}

/** A dagre dummy sits between its two ends: ordered by the mean of their positions. */
function orderDummies(layered: Graph<GraphLabel, NodeLabel, EdgeLabel>, ids: readonly string[], positionOf: (id: string) => number | undefined): void {
  const byRank = new Map<number, { id: string; key: number; tie: number }[]>();
  for (const id of ids) {
    if (positionOf(id) !== undefined) continue;
    const from = positionOf(layered.predecessors(id)?.[0] ?? '') ?? 0;
    const to = positionOf(layered.successors(id)?.[0] ?? '') ?? 0;
    const r = layered.node(id).rank ?? 0;
    const list = byRank.get(r) ?? [];
    list.push({ id, key: (from + to) / 2, tie: from });
    byRank.set(r, list);
  }
  for (const list of byRank.values()) {
    list.sort((a, b) => a.key - b.key || a.tie - b.tie);
    list.forEach((d, i) => (layered.node(d.id).order = i));
  }
}

/** For each chain, per rank: the gap it crosses and its place among the chains crossing that gap (keys: see `Crossing.keys`). */
function crossings(chains: readonly number[][], rank: readonly number[], realBefore: Int32Array, position: Float64Array, group: readonly number[], laned: boolean): Crossing[][] {
  const gapKey = (v: number) => `${String(rank[v])}/${String(realBefore[v])}`;
  const groups = new Map<string, number[]>();
  for (const chain of chains) {
    for (const v of chain) {
      const list = groups.get(gapKey(v)) ?? [];
      list.push(v);
      groups.set(gapKey(v), list);
    }
  }
  const slotOf = new Map<number, Crossing>();
  for (const list of groups.values()) {
    list.sort((a, b) => (position[a] as number) - (position[b] as number));
    const keys = laned ? list.map((v) => group[v] as number) : undefined;
    list.forEach((v, slot) => slotOf.set(v, { gap: realBefore[v] as number, slot, of: list.length, ...(keys === undefined ? {} : { keys }) }));
  }
  return chains.map((chain) => chain.map((v) => slotOf.get(v) as Crossing));
}
