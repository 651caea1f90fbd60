import { searchCsr } from './csr-search';
import { edgeBetween, progressCsr, type ProgressCsr } from './progress-csr';
import type { ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';

/** A path of the progress graph: node ids from a source to the target, and its summed weight. */
export interface FoundPath {
  readonly nodes: readonly string[];
  readonly weight: number;
}

/** What a search may not use. Node sets are checked in turn, so callers combine sets without copying them. */
export interface SearchLimits {
  /** Nodes the path may not enter (a source may still start it). */
  readonly blockedNodes: readonly ReadonlySet<string>[];
  /** Progress edges (`pairKey(from, to)`) the path may not use. */
  readonly blockedEdges: ReadonlySet<string>;
}

export const NO_LIMITS: SearchLimits = { blockedNodes: [], blockedEdges: new Set() };

/**
 * The lightest path from any of `sources` to `target` under `metric`, or null when there is none.
 * Searches the progress graph's typed-array form (`progressCsr`, built once per model) with the
 * algorithms of graphology-shortest-path, which this replaced for speed: its bidirectional BFS for
 * `steps` from one source with nothing blocked, else its bidirectional Dijkstra, with several
 * sources joined by a virtual start (see `searchCsr`). Among equally light paths it therefore picks
 * the one graphology picked. Blocked nodes and edges are marks in typed arrays for the one query;
 * the shared progress graph is never modified.
 *
 * @example
 * shortestPath(progressGraph(model), ['role-m365-administrator'], 'az-305', 'months', { blockedNodes: [new Set(['sc-300'])], blockedEdges: new Set() })
 * // { nodes: ['role-m365-administrator', 'az-104', 'az-305'], weight: 7.000002 }
 */
export function shortestPath(
  pg: ProgressGraph,
  sources: readonly string[],
  target: string,
  metric: RouteMetric,
  limits: SearchLimits = NO_LIMITS,
): FoundPath | null {
  if (sources.includes(target)) return { nodes: [target], weight: 0 };
  if (sources.length === 0 || isBlocked(limits, target)) return null;
  const csr = progressCsr(pg);
  const found = searchCsr(csr, sources.map((id) => indexOf(csr, id)), indexOf(csr, target), metric, {
    blockedNodes: blockedNodeIndexes(csr, limits),
    blockedEdges: blockedEdgeIndexes(csr, limits),
  });
  if (found === null) return null;
  return { nodes: found.nodes.map((v) => csr.ids[v] as string), weight: found.weight };
}

function indexOf(csr: ProgressCsr, id: string): number {
  const v = csr.index.get(id);
  if (v === undefined) throw new Error(`core/routing.shortestPath: unknown node "${id}"`);
  return v;
}

function* blockedNodeIndexes(csr: ProgressCsr, limits: SearchLimits): Generator<number> {
  for (const set of limits.blockedNodes) {
    for (const id of set) {
      const v = csr.index.get(id);
      if (v !== undefined) yield v;
    }
  }
}

function* blockedEdgeIndexes(csr: ProgressCsr, limits: SearchLimits): Generator<number> {
  for (const key of limits.blockedEdges) {
    // Keys of steps the graph does not have (Yen's pseudo start) block nothing.
    const e = csr.edgeOf.get(key);
    if (e !== undefined) yield e;
  }
}

function isBlocked(limits: SearchLimits, node: string): boolean {
  return limits.blockedNodes.some((set) => set.has(node));
}

/**
 * The weight of the progress edge `from → to` under `metric` (Infinity when there is none).
 * @example edgeWeight(pg, 'az-104', 'az-305', 'steps') // 1
 */
export function edgeWeight(pg: ProgressGraph, from: string, to: string, metric: RouteMetric): number {
  const csr = progressCsr(pg);
  const v = csr.index.get(from);
  const w = csr.index.get(to);
  const e = v === undefined || w === undefined ? -1 : edgeBetween(csr, v, w);
  return e < 0 ? Infinity : (csr.weight[metric][e] as number);
}
