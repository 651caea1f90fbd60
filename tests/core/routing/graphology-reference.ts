import { DirectedGraph } from 'graphology';
import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import { bidirectional as bfs } from 'graphology-shortest-path/unweighted';
import { pairKey, type FoundPath, type ProgressEdgeAttributes, type ProgressGraph, type RouteMetric, type SearchLimits } from '../../../src/core/index';

type Graph = DirectedGraph<Record<string, never>, ProgressEdgeAttributes>;

const VIRTUAL_START = '\u0000start';

/**
 * The reference for `shortestPath`: the implementation it replaced (graphology-shortest-path on the
 * progress graph, blocked steps weighing Infinity, several sources joined by a virtual start node),
 * kept as it was except that it adds the virtual start to a copy of the graph.
 */
export function graphologyShortestPath(pg: ProgressGraph, sources: readonly string[], target: string, metric: RouteMetric, limits: SearchLimits): FoundPath | null {
  if (sources.includes(target)) return { nodes: [target], weight: 0 };
  if (sources.length === 0 || isBlocked(limits, target)) return null;
  const free = limits.blockedEdges.size === 0 && limits.blockedNodes.every((set) => set.size === 0);
  if (sources.length === 1) {
    const [source] = sources as [string];
    if (metric === 'steps' && free) {
      const nodes = bfs(pg.graph, source, target);
      return nodes === null ? null : { nodes, weight: nodes.length - 1 };
    }
    return weighted(pg.graph, source, target, metric, limits);
  }
  const graph: Graph = new DirectedGraph();
  graph.import(pg.graph.export());
  graph.addNode(VIRTUAL_START);
  for (const source of sources) {
    graph.addDirectedEdgeWithKey(pairKey(VIRTUAL_START, source), VIRTUAL_START, source, { from: VIRTUAL_START, to: source, best: null });
  }
  const found = weighted(graph, VIRTUAL_START, target, metric, limits);
  return found === null ? null : { nodes: found.nodes.slice(1), weight: found.weight };
}

function weighted(graph: Graph, source: string, target: string, metric: RouteMetric, limits: SearchLimits): FoundPath | null {
  const weight = (key: string, attributes: ProgressEdgeAttributes): number => {
    if (attributes.best === null) return 0;
    if (limits.blockedEdges.has(key) || isBlocked(limits, attributes.to)) return Infinity;
    return attributes.best[metric].weight[metric];
  };
  // The d.ts says string[], but it returns null when there is no path.
  const nodes = dijkstra(graph, source, target, weight) as string[] | null;
  if (nodes === null) return null;
  let total = 0;
  for (let i = 1; i < nodes.length; i++) {
    const key = pairKey(nodes[i - 1] as string, nodes[i] as string);
    total += weight(key, graph.getEdgeAttributes(key));
  }
  return Number.isFinite(total) ? { nodes, weight: total } : null;
}

function isBlocked(limits: SearchLimits, node: string): boolean {
  return limits.blockedNodes.some((set) => set.has(node));
}
