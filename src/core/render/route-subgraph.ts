import type { GraphEdge, GraphNode } from '../schema/graph-schema';
import { edgeKey, type PathwiseGraph } from '../graph/build-graph';
import type { Route } from '../routing/route-types';
import type { RenderHighlight } from './render-types';

/** A route as the ids it touches: its steps' nodes in order and the edges that lead to them. */
export interface RouteIds {
  readonly nodeIds: readonly string[];
  readonly edgeKeys: readonly string[];
}

/**
 * The node ids and edge keys of a route found by `findRoute`.
 * @example routeIds(found.route) // { nodeIds: ['role-m365-administrator', 'az-104', …], edgeKeys: ['role-m365-administrator->az-104:recommends', …] }
 */
export function routeIds(route: Route): RouteIds {
  const nodeIds: string[] = [];
  const edgeKeys: string[] = [];
  for (const step of route.steps) {
    if (!nodeIds.includes(step.id)) nodeIds.push(step.id);
    if (step.edge !== null && !edgeKeys.includes(step.edge.key)) edgeKeys.push(step.edge.key);
  }
  return { nodeIds, edgeKeys };
}

/**
 * What `renderSvg` highlights for a route.
 * @example renderSvg({ …, highlight: routeHighlight(routeIds(found.route)) })
 */
export function routeHighlight(ids: RouteIds): RenderHighlight {
  return { nodes: new Set(ids.nodeIds), edges: new Set(ids.edgeKeys) };
}

/**
 * The nodes and edges of a route only, for a compact "route only" export: pass the result to
 * `layoutGraph`. Nodes keep the route's order; an unknown id or key is a programmer error.
 * @example const { nodes, edges } = routeSubgraph(model, routeIds(found.route)); layoutGraph({ nodes, edges }, { direction: 'LR' })
 */
export function routeSubgraph(model: Pick<PathwiseGraph, 'byId' | 'edges'>, ids: RouteIds): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const byKey = new Map(model.edges.map((edge) => [edgeKey(edge), edge]));
  const nodes = ids.nodeIds.map((id) => {
    const node = model.byId.get(id);
    if (node === undefined) throw new Error(`core/render.routeSubgraph: unknown node "${id}"`);
    return node;
  });
  const edges = ids.edgeKeys.map((key) => {
    const edge = byKey.get(key);
    if (edge === undefined) throw new Error(`core/render.routeSubgraph: unknown edge "${key}"`);
    return edge;
  });
  return { nodes, edges };
}
