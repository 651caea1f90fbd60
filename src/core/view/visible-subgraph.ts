import type { PathwiseGraph } from '../graph/build-graph';
import type { GraphEdge, GraphNode, Level, NodeKind } from '../schema/graph-schema';

export interface ViewFilters {
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  /** Career paths switched off: a node is hidden when every track it belongs to is (nodes without tracks stay). */
  readonly hiddenTracks: ReadonlySet<string>;
  readonly hiddenLevels: ReadonlySet<Level>;
  readonly hideRetired: boolean;
}

export interface VisibleSubgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Nodes left out by the filters or focus (tracks are never drawn, so they are not counted). */
  readonly hiddenCount: number;
  /** A stable key of the visible set, for layout caches. */
  readonly key: string;
  /** Kept nodes (route steps) that the filters or focus would have hidden: drawn anyway, and said so. */
  readonly keptCount: number;
}

/**
 * The part of the map to draw: filters by kind, track, level and status, then optionally focus
 * on one node and its neighbours up to `depth` steps away (edges in either direction).
 * @example visibleSubgraph(model, { ...filters, hideRetired: true }, null).hiddenCount // retired certs hidden
 */
export function visibleSubgraph(
  model: PathwiseGraph,
  filters: ViewFilters,
  focus: { readonly id: string; readonly depth: number } | null,
  keep: ReadonlySet<string> = NO_IDS,
): VisibleSubgraph {
  const drawable = model.nodes.filter((n) => n.kind !== 'track');
  let shown = new Set(drawable.filter((n) => passes(n, filters)).map((n) => n.id));
  if (focus !== null && model.byId.has(focus.id)) shown = neighbourhood(model, focus.id, focus.depth, shown);
  // A route step is never hidden without a word: it stays drawn, and the caller says so.
  let keptCount = 0;
  for (const id of keep) {
    if (!shown.has(id) && model.byId.has(id) && model.byId.get(id)?.kind !== 'track') {
      shown.add(id);
      keptCount += 1;
    }
  }
  const nodes = drawable.filter((n) => shown.has(n.id));
  const edges = model.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  return {
    nodes,
    edges,
    hiddenCount: drawable.length - nodes.length,
    key: nodes.length === drawable.length ? 'all' : nodes.map((n) => n.id).join(','),
    keptCount,
  };
}

const NO_IDS: ReadonlySet<string> = new Set();

/** True when no filter hides anything (the "Show all" state). */
export function filtersAreEmpty(filters: ViewFilters): boolean {
  return filters.hiddenKinds.size === 0 && filters.hiddenTracks.size === 0 && filters.hiddenLevels.size === 0 && !filters.hideRetired;
}

function passes(node: GraphNode, filters: ViewFilters): boolean {
  if (filters.hiddenKinds.has(node.kind)) return false;
  const tracks = node.tracks ?? [];
  if (filters.hiddenTracks.size > 0 && tracks.length > 0 && tracks.every((t) => filters.hiddenTracks.has(t))) return false;
  if (node.kind === 'certification') {
    if (filters.hiddenLevels.has(node.level)) return false;
    if (filters.hideRetired && node.status.state === 'retired') return false;
  }
  return true;
}

/** Node ids within `depth` steps of `id` along edges in either direction, limited to `allowed` (plus `id`). */
export function neighbourhood(
  model: PathwiseGraph,
  id: string,
  depth: number,
  allowed: ReadonlySet<string>,
): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      model.graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour) && allowed.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** Ids of a node's direct neighbours (either direction), for hover highlighting. */
export function neighbourIds(model: PathwiseGraph, id: string): Set<string> {
  const out = new Set<string>();
  if (!model.graph.hasNode(id)) return out;
  model.graph.forEachNeighbor(id, (n) => out.add(n));
  return out;
}
