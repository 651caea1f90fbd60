import { yenPaths } from './k-shortest-paths';
import { pairKey, type ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';
import { edgeWeight, shortestPath, type FoundPath, type SearchLimits } from './shortest-path';

// Paths start at this pseudo node, so that "which source to start from" is just the first spur.
const START = '\u0000start';

/**
 * Every loopless path from one of `sources` to `target` under `limits`, lightest first, found one
 * at a time (Yen's algorithm over `shortestPath`): the caller takes paths until one suits it.
 * A path never passes through a source other than the one it starts from.
 *
 * @example
 * for (const path of legPaths(pg, ['role-m365-administrator'], 'az-305', 'months', NO_LIMITS)) {
 *   if (!path.nodes.includes('az-104')) break; // the lightest path that avoids AZ-104
 * }
 */
export function* legPaths(
  pg: ProgressGraph,
  sources: readonly string[],
  target: string,
  metric: RouteMetric,
  limits: SearchLimits,
): Generator<FoundPath, void, undefined> {
  const others = new Set(sources);
  const first = shortestPath(pg, sources, target, metric, { ...limits, blockedNodes: [...limits.blockedNodes, others] });
  if (first === null) return;
  const spur = (root: readonly string[], blockedEdges: ReadonlySet<string>): FoundPath | null => {
    const spurNode = root[root.length - 1] as string;
    if (spurNode === START) {
      const from = sources.filter((id) => !blockedEdges.has(pairKey(START, id)));
      const found = shortestPath(pg, from, target, metric, { ...limits, blockedNodes: [...limits.blockedNodes, others] });
      return found === null ? null : { nodes: [START, ...found.nodes], weight: found.weight };
    }
    return shortestPath(pg, [spurNode], target, metric, {
      blockedNodes: [...limits.blockedNodes, others, new Set(root.slice(1, -1))],
      blockedEdges: new Set([...limits.blockedEdges, ...blockedEdges]),
    });
  };
  const weight = (a: string, b: string) => (a === START ? 0 : edgeWeight(pg, a, b, metric));
  for (const path of yenPaths({ nodes: [START, ...first.nodes], weight: first.weight }, spur, weight)) {
    yield { nodes: path.nodes.slice(1), weight: path.weight };
  }
}
