import { pairKey, type ProgressEdgeAttributes, type ProgressGraph } from './progress-graph';
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
  /** Index in `pg.steps` of each edge. */
  readonly stepOf: Int32Array;
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
  // The out-rows were made with the steps (in one pass over the data edges); only the in-rows are
  // left: by a counting sort on the target, in step order, so searches visit neighbours as before.
  const { ids, index, from, to, rows } = pg.table;
  const { outStart, outTarget, edgeFrom, stepOf, weight } = rows;
  const n = ids.length;
  const m = from.length;
  const slotOf = new Int32Array(m);
  for (let e = 0; e < m; e++) slotOf[stepOf[e] as number] = e;
  const inStart = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const w = to[i] as number;
    inStart[w + 1] = (inStart[w + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) inStart[v + 1] = (inStart[v + 1] as number) + (inStart[v] as number);
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
  let edgeOf: Map<string, number> | undefined;
  return {
    ids,
    index,
    outStart,
    outTarget,
    edgeFrom,
    stepOf,
    inStart,
    inSource,
    inEdge,
    weight,
    // Only blocked edges (alternatives) and lookups by key need it: built on first use.
    get edgeOf() {
      if (edgeOf === undefined) {
        edgeOf = new Map();
        for (let e = 0; e < m; e++) edgeOf.set(pairKey(ids[edgeFrom[e] as number] as string, ids[outTarget[e] as number] as string), e);
      }
      return edgeOf;
    },
  };
}

/**
 * The edge `from → to` (node indexes), or -1: a scan of `from`'s row, as short as its out-degree.
 * @example edgeBetween(csr, csr.index.get('az-104')!, csr.index.get('az-305')!) // an edge index ≥ 0
 */
export function edgeBetween(csr: ProgressCsr, from: number, to: number): number {
  const end = csr.outStart[from + 1] as number;
  for (let e = csr.outStart[from] as number; e < end; e++) if (csr.outTarget[e] === to) return e;
  return -1;
}

/**
 * The progress step `from → to` (its best data edge per metric), or undefined when there is none.
 * Reads the typed arrays, so neither graphology's `pg.graph` nor the list `pg.steps` is built.
 *
 * @example progressStep(progressGraph(model), 'az-104', 'az-305')?.best?.months.key // "az-104->az-305:prerequisite"
 */
export function progressStep(pg: ProgressGraph, from: string, to: string): ProgressEdgeAttributes | undefined {
  const csr = progressCsr(pg);
  const v = csr.index.get(from);
  const w = csr.index.get(to);
  if (v === undefined || w === undefined) return undefined;
  const e = edgeBetween(csr, v, w);
  return e < 0 ? undefined : pg.step(csr.stepOf[e] as number);
}
