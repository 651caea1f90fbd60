import type { EdgeLabel, Graph, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import { orderLayers, type LayerEdge } from './order-layers';

/** An edge spanning two or more ranks: not given to dagre, but ordered with its nodes here. */
export interface LongEdge {
  readonly early: number;
  readonly late: number;
  readonly weight: number;
}

/** Where a long edge crosses one rank: in the gap before the `gap`-th box, `slot` of `of` edges there. */
export interface Crossing {
  readonly gap: number;
  readonly slot: number;
  readonly of: number;
}

/**
 * dagre's `customOrder` step. dagre is given only the edges between adjacent ranks (each gets
 * one dummy node, as dagre doubles ranks); an edge spanning more ranks is not, because every rank
 * it crosses adds a dummy node that costs dagre time and takes room in the column (on the MS-102
 * map they made the LR layout 2.5 times as tall). Those long edges are still ordered here, as a
 * chain of virtual nodes (typed arrays, no graphlib), so crossing reduction sees them; each chain
 * then records which gap between boxes it crosses each rank in, for `threadPoints` to follow.
 *
 * With `laneOf`, every rank is kept sorted by lane (a long edge's virtual nodes get a lane key
 * between its ends' lanes, so it crosses the lanes in between where they meet).
 *
 * Sets `order` on every node of dagre's layered graph (dummies included) and returns, per long
 * edge, one `Crossing` per rank strictly between its ends, and the units of each rank in order.
 */
export function orderForDagre(
  layered: Graph<GraphLabel, NodeLabel, EdgeLabel>,
  unitOf: (id: string) => number | undefined,
  rankOf: (unit: number) => number,
  longEdges: readonly LongEdge[],
  laneOf?: (unit: number) => number,
): { crossings: Crossing[][]; layers: number[][] } {
  // Nodes of the ordering: dagre's real nodes, then one virtual node per rank a long edge crosses.
  const ids = layered.nodes();
  const index = new Map<number, number>(); // unit → ordering node
  const rank: number[] = [];
  const real: string[] = [];
  const realUnit: number[] = [];
  const group: number[] = [];
  for (const id of ids) {
    const unit = unitOf(id);
    if (unit === undefined) continue; // a dagre dummy: ordered afterwards
    index.set(unit, rank.length);
    rank.push(rankOf(unit));
    real.push(id);
    realUnit.push(unit);
    group.push(laneOf?.(unit) ?? 0);
  }
  const edges: LayerEdge[] = [];
  // dagre's edges run real → dummy → real across a doubled rank; here they are one edge.
  for (const id of ids) {
    if (unitOf(id) !== undefined) continue;
    const [into] = layered.inEdges(id) ?? [];
    const [out] = layered.outEdges(id) ?? [];
    const from = index.get(unitOf(into?.v ?? '') ?? -1);
    const to = index.get(unitOf(out?.w ?? '') ?? -1);
    if (from !== undefined && to !== undefined && into !== undefined) edges.push({ from, to, weight: layered.edge(into).weight ?? 1 });
  }
  const chains = longEdges.map((e) => {
    const chain: number[] = [];
    let previous = index.get(e.early) ?? 0;
    const [r0, r1] = [rankOf(e.early), rankOf(e.late)];
    const [g0, g1] = [laneOf?.(e.early) ?? 0, laneOf?.(e.late) ?? 0];
    for (let r = r0 + 1; r < r1; r++) {
      const v = rank.length;
      rank.push(r);
      group.push(g0 + ((g1 - g0) * (r - r0)) / (r1 - r0));
      chain.push(v);
      edges.push({ from: previous, to: v, weight: e.weight });
      previous = v;
    }
    edges.push({ from: previous, to: index.get(e.late) ?? 0, weight: e.weight });
    return chain;
  });

  const layers = orderLayers(laneOf === undefined ? { rank, edges } : { rank, edges, group });
  const position = new Float64Array(rank.length);
  const realBefore = new Int32Array(rank.length); // real nodes before a node in its layer
  for (const layer of layers) {
    let count = 0;
    layer.forEach((v, i) => {
      position[v] = i;
      realBefore[v] = count;
      if (v < real.length) {
        layered.node(real[v] as string).order = count;
        count++;
      }
    });
  }
  orderDummies(layered, ids, (id) => {
    const unit = unitOf(id);
    return unit === undefined ? undefined : position[index.get(unit) ?? 0];
  });
  const units = layers.map((layer) => layer.filter((v) => v < real.length).map((v) => realUnit[v] as number));
  return { crossings: crossings(chains, rank, realBefore, position), layers: units };
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

/** For each chain, per rank: the gap it crosses and its place among the chains crossing that gap. */
function crossings(chains: readonly number[][], rank: readonly number[], realBefore: Int32Array, position: Float64Array): Crossing[][] {
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
    list.forEach((v, slot) => slotOf.set(v, { gap: realBefore[v] as number, slot, of: list.length }));
  }
  return chains.map((chain) => chain.map((v) => slotOf.get(v) as Crossing));
}
