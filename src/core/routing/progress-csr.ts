import type { ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';

/**
 * The progress graph as compressed sparse rows. Progress edge `e` is out-slot `e`: node `v`'s
 * out-edges are `outStart[v] … outStart[v + 1] - 1`, each going `edgeFrom[e] → outTarget[e]`.
 * Its in-edges are the slots `inStart[v] … inStart[v + 1] - 1` (`inSource`, and `inEdge`, the
 * edge's index). Every edge has a search weight per metric (`weight[metric][e]`) and is found by
 * its key with `edgeOf`.
 *
 * Why: graphology keeps adjacency in objects keyed by string ids, so a search pays for hashing and
 * allocation at every step; typed arrays indexed by number cost a load each. Built once per
 * progress graph (so once per model), in graphology's own neighbour order so searches visit
 * neighbours in the same order as before.
 */
export interface ProgressCsr {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly inStart: Int32Array;
  readonly inSource: Int32Array;
  readonly inEdge: Int32Array;
  /** Index of each progress edge by its key (`pairKey(from, to)`). */
  readonly edgeOf: ReadonlyMap<string, number>;
  readonly weight: Readonly<Record<RouteMetric, Float64Array>>;
}

const cache = new WeakMap<ProgressGraph, ProgressCsr>();

/**
 * The CSR form of a progress graph, built on first use and cached with it.
 *
 * @example
 * const csr = progressCsr(progressGraph(model));
 * const v = csr.index.get('az-104')!;
 * [...csr.outTarget.subarray(csr.outStart[v], csr.outStart[v + 1])].map((w) => csr.ids[w]) // ['az-305', …]
 */
export function progressCsr(pg: ProgressGraph): ProgressCsr {
  const cached = cache.get(pg);
  if (cached !== undefined) return cached;
  const built = buildCsr(pg);
  cache.set(pg, built);
  return built;
}

function buildCsr(pg: ProgressGraph): ProgressCsr {
  const { graph } = pg;
  const ids = graph.nodes();
  const n = ids.length;
  const m = graph.size;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));

  // One pass over the edges (in insertion order, which is each node's neighbour order too),
  // then a counting sort by source into the rows.
  const keys: string[] = [];
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const steps = new Float64Array(m);
  const months = new Float64Array(m);
  const cost = new Float64Array(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let k = 0;
  graph.forEachEdge((key, attributes) => {
    const v = index.get(attributes.from) as number;
    const w = index.get(attributes.to) as number;
    keys.push(key);
    from[k] = v;
    to[k] = w;
    const best = attributes.best;
    steps[k] = best === null ? 0 : best.steps.weight.steps;
    months[k] = best === null ? 0 : best.months.weight.months;
    cost[k] = best === null ? 0 : best.cost.weight.cost;
    outStart[v + 1] = (outStart[v + 1] as number) + 1;
    inStart[w + 1] = (inStart[w + 1] as number) + 1;
    k++;
  });
  for (let v = 0; v < n; v++) {
    outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
    inStart[v + 1] = (inStart[v + 1] as number) + (inStart[v] as number);
  }

  const outTarget = new Int32Array(m);
  const edgeFrom = new Int32Array(m);
  const weight = { steps: new Float64Array(m), months: new Float64Array(m), cost: new Float64Array(m) };
  const edgeOf = new Map<string, number>();
  const outFill = outStart.slice(0, n);
  const slotOf = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const v = from[i] as number;
    const e = outFill[v] as number;
    outFill[v] = e + 1;
    slotOf[i] = e;
    edgeFrom[e] = v;
    outTarget[e] = to[i] as number;
    weight.steps[e] = steps[i] as number;
    weight.months[e] = months[i] as number;
    weight.cost[e] = cost[i] as number;
    edgeOf.set(keys[i] as string, e);
  }

  const inFill = inStart.slice(0, n);
  const inSource = new Int32Array(m);
  const inEdge = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const w = to[i] as number;
    const at = inFill[w] as number;
    inFill[w] = at + 1;
    inSource[at] = from[i] as number;
    inEdge[at] = slotOf[i] as number;
  }
  return { ids, index, outStart, outTarget, edgeFrom, inStart, inSource, inEdge, edgeOf, weight };
}
