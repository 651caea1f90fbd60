import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import { bidirectional as bfs } from 'graphology-shortest-path/unweighted';
import { pairKey, type ProgressEdgeAttributes, type ProgressGraph } from './progress-graph';
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

// Node ids are kebab-case, so this key cannot collide with a real node.
const VIRTUAL_START = '\u0000start';

/**
 * The lightest path from any of `sources` to `target` under `metric`, or null when there is none.
 * Uses graphology-shortest-path on the cached progress graph: unweighted BFS for `steps` when
 * nothing is blocked, bidirectional Dijkstra otherwise, with blocked edges weighing Infinity
 * (a found path of infinite weight means "no path"). Several sources are joined by a temporary
 * virtual start node with free edges to each, removed before returning.
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
  const free = limits.blockedEdges.size === 0 && limits.blockedNodes.every((set) => set.size === 0);
  if (sources.length === 1) {
    const [source] = sources as [string];
    if (metric === 'steps' && free) {
      const nodes = bfs(pg.graph, source, target);
      return nodes === null ? null : { nodes, weight: nodes.length - 1 };
    }
    return weighted(pg, source, target, metric, limits);
  }
  const { graph } = pg;
  graph.addNode(VIRTUAL_START);
  try {
    for (const source of sources) {
      graph.addDirectedEdgeWithKey(pairKey(VIRTUAL_START, source), VIRTUAL_START, source, { from: VIRTUAL_START, to: source, best: null });
    }
    const found = weighted(pg, VIRTUAL_START, target, metric, limits);
    return found === null ? null : { nodes: found.nodes.slice(1), weight: found.weight };
  } finally {
    graph.dropNode(VIRTUAL_START);
  }
}

function weighted(pg: ProgressGraph, source: string, target: string, metric: RouteMetric, limits: SearchLimits): FoundPath | null {
  const weight = (key: string, attributes: ProgressEdgeAttributes): number => {
    if (attributes.best === null) return 0;
    if (limits.blockedEdges.has(key) || isBlocked(limits, attributes.to)) return Infinity;
    return attributes.best[metric].weight[metric];
  };
  // The d.ts says string[], but it returns null when there is no path.
  const nodes = dijkstra(pg.graph, source, target, weight) as string[] | null;
  if (nodes === null) return null;
  let total = 0;
  for (let i = 1; i < nodes.length; i++) {
    const key = pairKey(nodes[i - 1] as string, nodes[i] as string);
    total += weight(key, pg.graph.getEdgeAttributes(key));
  }
  return Number.isFinite(total) ? { nodes, weight: total } : null;
}

function isBlocked(limits: SearchLimits, node: string): boolean {
  return limits.blockedNodes.some((set) => set.has(node));
}

/**
 * The weight of the progress edge `from → to` under `metric` (Infinity when there is none).
 * @example edgeWeight(pg, 'az-104', 'az-305', 'steps') // 1
 */
export function edgeWeight(pg: ProgressGraph, from: string, to: string, metric: RouteMetric): number {
  const key = pairKey(from, to);
  if (!pg.graph.hasEdge(key)) return Infinity;
  const best = pg.graph.getEdgeAttributes(key).best;
  return best === null ? 0 : best[metric].weight[metric];
}
