import type { GraphEdge } from '../schema/graph-schema';

/**
 * Stable key of an edge: unique once the integrity check has passed. Kept apart from the graph
 * model so that code which only needs keys (the layout worker) does not pull in graphology.
 * @example edgeKey({ source: 'az-104', target: 'az-305', kind: 'prerequisite' }) // "az-104->az-305:prerequisite"
 */
export function edgeKey(edge: Pick<GraphEdge, 'source' | 'target' | 'kind'>): string {
  return `${edge.source}->${edge.target}:${edge.kind}`;
}
