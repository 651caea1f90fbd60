import type { ProgressGraph } from './progress-graph';
import { shortestPath, type FoundPath, type SearchLimits } from './shortest-path';
import type { RouteMetric } from './route-types';

export type StopsResult =
  | { readonly ok: true; readonly path: FoundPath }
  /** Leg `leg` (0-based; the last leg ends at the destination) found no path from `from` to `to`. */
  | { readonly ok: false; readonly leg: number; readonly from: readonly string[]; readonly to: string };

/**
 * The path from any of `sources` through every stop in order; the last stop is the destination.
 * Built one lightest leg at a time (greedy): a leg never enters a node an earlier leg used nor a
 * later stop, so the whole path is loopless. This is not always the lightest path through the
 * stops (an early leg may take a node a later leg needed); an exact answer is a harder problem
 * than a chain of shortest paths, and a via list is a handful of nodes people chose, so the
 * greedy chain is what people expect to see.
 *
 * @example
 * pathThroughStops(pg, ['role-m365-administrator'], ['sc-300', 'role-cybersecurity-architect'], 'months', NO_LIMITS)
 * // { ok: true, path: { nodes: ['role-m365-administrator', 'sc-300', 'sc-100', 'role-cybersecurity-architect'], weight: … } }
 */
export function pathThroughStops(
  pg: ProgressGraph,
  sources: readonly string[],
  stops: readonly string[],
  metric: RouteMetric,
  limits: SearchLimits,
): StopsResult {
  const used = new Set<string>();
  let nodes: string[] = [];
  let weight = 0;
  let from = sources;
  for (let leg = 0; leg < stops.length; leg++) {
    const to = stops[leg] as string;
    const later = new Set(stops.slice(leg + 1));
    const found = shortestPath(pg, from, to, metric, {
      blockedNodes: [...limits.blockedNodes, used, later],
      blockedEdges: limits.blockedEdges,
    });
    if (found === null) return { ok: false, leg, from, to };
    nodes = nodes.length === 0 ? [...found.nodes] : [...nodes, ...found.nodes.slice(1)];
    for (const id of found.nodes) used.add(id);
    weight += found.weight;
    from = [to];
  }
  return { ok: true, path: { nodes, weight } };
}
