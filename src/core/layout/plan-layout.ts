import { NODE_SIZE } from '../design/tokens';
import { edgeKey } from '../graph/edge-key';
import { progressDirection } from '../schema/edge-rules';
import type { EdgeKind, GraphEdge, GraphNode, NodeKind } from '../schema/graph-schema';
import { chooseAnchors, groupCandidates, groupShape, type GroupShape, type Size } from './group-skills';
import { LANE, planLanes, type Lane, type LaneNodeInput } from './lanes';
import { orderLanes, type LaneLink } from './order-lanes';
import { RANK_RULES } from './layout-constants';
import { rankNodes, settleRanks, type RankEdge } from './rank-nodes';

/**
 * What layout reads of a node: its id and kind (box sizes come from the kind), its tracks (its
 * lane is its first track), and for track nodes their names and order (the lanes' names).
 */
export type LayoutNodeInput = Pick<GraphNode, 'id' | 'kind'> &
  Omit<LaneNodeInput, 'id' | 'kind'> & {
    /** A certification's level: catalogues (see pack-catalogue.ts) place nodes by it. */
    readonly level?: string | undefined;
  };
/** What layout reads of an edge. */
export type LayoutEdgeInput = Pick<GraphEdge, 'source' | 'target' | 'kind'>;

export interface LaidOutNode {
  readonly id: string;
  readonly kind: Exclude<NodeKind, 'track'>;
  readonly tracks?: readonly string[] | undefined;
  readonly level?: string | undefined;
}

export interface IndexedEdge {
  readonly data: LayoutEdgeInput;
  readonly key: string;
  readonly source: number;
  readonly target: number;
  /** The ends in progress order (see `progressDirection`): `requires` edges run target → source. */
  readonly from: number;
  readonly to: number;
}

/** Everything decided before dagre runs: which nodes dagre lays out, their ranks and groups. */
export interface LayoutPlan {
  /** Laid-out nodes (no tracks), in input order; indexes below refer to this list. */
  readonly nodes: readonly LaidOutNode[];
  /** Edges between laid-out nodes, in input order, duplicates (same key) dropped. */
  readonly edges: readonly IndexedEdge[];
  /** The nodes dagre lays out: all but grouped skills. */
  readonly own: readonly number[];
  /** For a grouped skill, its anchor; -1 otherwise. */
  readonly anchorOf: Int32Array;
  readonly rankCount: number;
  /** The node dagre lays out for this node: its anchor if grouped, else itself. */
  readonly unit: (v: number) => number;
  /** The rank of the node (a grouped skill shares its anchor's). */
  readonly rankOf: (v: number) => number;
  /** True for an anchor with at least one skill. */
  readonly isGroup: (v: number) => boolean;
  readonly size: (v: number) => Size;
  /** The size dagre reserves for a node it lays out: a whole group for an anchor. */
  readonly outerSize: (v: number) => Size;
  /** A grouped skill's offset from its anchor's top-left corner, stacked in `members` order. */
  readonly offsetOf: (v: number) => { readonly dx: number; readonly dy: number };
  /** Each anchor's skills, top to bottom (input order until `restack` is called). */
  readonly members: ReadonlyMap<number, readonly number[]>;
  /** Stacks an anchor's skills in a new order (the group's box keeps its size: all skills are one size). */
  readonly restack: (anchor: number, order: readonly number[]) => void;
  readonly weightOf: (kind: EdgeKind) => number;
  /** Career-path lanes (empty when no node names a track) and each node's lane (-1: none). */
  readonly lanes: readonly Lane[];
  readonly laneOf: (v: number) => number;
}

/**
 * Only what layout reads of a node (for posting to the layout worker): id, kind, tracks, and a
 * track's names and order.
 * @example slimLayoutNode(ms102) // { id: 'ms-102', kind: 'certification', tracks: ['track-m365-admin'] }
 */
export function slimLayoutNode(node: LayoutNodeInput): LayoutNodeInput {
  const { id, kind, tracks, label, shortLabel, order, level } = node;
  return {
    id,
    kind,
    ...(tracks === undefined ? {} : { tracks }),
    ...(level === undefined ? {} : { level }),
    ...(kind === 'track' ? { label, shortLabel, order } : {}),
  };
}

/**
 * Indexes the input, groups skills, and ranks the nodes dagre will lay out.
 * @example planLayout({ nodes, edges }, true).rankOf(0) // 0 for a node nothing leads to
 */
export function planLayout(input: { readonly nodes: readonly LayoutNodeInput[]; readonly edges: readonly LayoutEdgeInput[] }, group: boolean): LayoutPlan {
  const nodes = input.nodes.filter((n): n is LaidOutNode => n.kind !== 'track');
  const planned = planLanes(
    input.nodes.filter((n) => n.kind === 'track'),
    nodes,
  );
  const edges = indexEdges(nodes, input.edges);
  const size = (v: number): Size => NODE_SIZE[(nodes[v] as LaidOutNode).kind];

  const candidates = group
    ? groupCandidates(
        nodes.map((n) => n.kind),
        edges.map((e) => ({ source: e.source, target: e.target, kind: e.data.kind })),
      )
    : nodes.map(() => null);
  const own = nodes.map((_, v) => v).filter((v) => candidates[v] === null);
  const ownIndex = new Int32Array(nodes.length).fill(-1);
  own.forEach((v, k) => (ownIndex[v] = k));
  // Edges to grouped skills do not constrain ranks (see group-skills.ts).
  const rankEdges: RankEdge[] = edges
    .filter((e) => candidates[e.from] === null && candidates[e.to] === null)
    .map((e) => ({ from: ownIndex[e.from] as number, to: ownIndex[e.to] as number, ...RANK_RULES[e.data.kind] }));
  const first = rankNodes(own.length, rankEdges);
  const { anchorOf, members } = chooseAnchors(
    candidates,
    (v) => first.rank[ownIndex[v] as number] as number,
    (skill, candidate) => planned.laneOf[skill] === planned.laneOf[candidate],
  );
  // A node a grouped skill leads to wants to come after the skill's group (see settleRanks).
  const wants = new Int32Array(own.length).fill(-1);
  for (const e of edges) {
    const anchor = anchorOf[e.from] as number;
    const k = ownIndex[e.to] as number;
    if (anchor < 0 || k < 0 || anchor === e.to) continue;
    wants[k] = Math.max(wants[k] as number, (first.rank[ownIndex[anchor] as number] as number) + 1);
  }
  const ranking = settleRanks(first, rankEdges, wants);
  const ownRank = (v: number) => ranking.rank[ownIndex[v] as number] as number;

  const shapes = new Map<number, GroupShape>();
  const offsets = new Map<number, { dx: number; dy: number }>();
  const stack = (anchor: number, list: readonly number[]) => {
    const shape = groupShape(size(anchor), list.map(size));
    shapes.set(anchor, shape);
    members.set(anchor, list.slice());
    list.forEach((skill, k) => offsets.set(skill, shape.offsets[k] ?? { dx: 0, dy: 0 }));
  };
  for (const [anchor, list] of members) stack(anchor, list);
  const unit = (v: number) => {
    const anchor = anchorOf[v] as number;
    return anchor >= 0 ? anchor : v;
  };
  const { lanes, laneOf } = arrangeLanes(planned, edges, unit, (v) => ownRank(unit(v)), ranking.rankCount);
  return {
    nodes,
    edges,
    own,
    anchorOf,
    rankCount: ranking.rankCount,
    unit,
    rankOf: (v) => ownRank(unit(v)),
    isGroup: (v) => shapes.has(v),
    size,
    outerSize: (v) => shapes.get(v) ?? size(v),
    offsetOf: (v) => offsets.get(v) ?? { dx: 0, dy: 0 },
    members,
    restack: stack,
    weightOf: (kind) => RANK_RULES[kind].weight,
    lanes,
    // A grouped skill hangs in its anchor's column, so it is in its anchor's lane.
    laneOf: (v) => laneOf[unit(v)] as number,
  };
}

/**
 * Puts the lanes in the order whose edges between lanes cross the fewest others (`orderLanes`).
 * An edge between two lanes passes over each lane between them once, somewhere between its
 * ends' ranks (`chainLanes` picks where): there it crosses the edges inside that lane spanning
 * the rank gap it crosses in, so it costs the least such count over its span, plus one for
 * the other edges between lanes it meets there. Lanes are of units (a grouped skill is in its
 * anchor's lane).
 */
function arrangeLanes(
  planned: { lanes: Lane[]; laneOf: Int32Array },
  edges: readonly IndexedEdge[],
  unit: (v: number) => number,
  rankOf: (v: number) => number,
  rankCount: number,
): { lanes: Lane[]; laneOf: Int32Array } {
  const { lanes, laneOf } = planned;
  const n = lanes.length;
  if (n < 3) return planned;
  // inside[lane * rankCount + gap]: edges within the lane spanning the gap after rank `gap`.
  const inside = new Float64Array(n * rankCount);
  const between: { a: number; b: number; r0: number; r1: number }[] = [];
  for (const e of edges) {
    const [u, w] = [unit(e.from), unit(e.to)];
    const a = laneOf[u] as number;
    const b = laneOf[w] as number;
    const [r0, r1] = [Math.min(rankOf(u), rankOf(w)), Math.max(rankOf(u), rankOf(w))];
    if (a !== b) between.push({ a, b, r0, r1 });
    else for (let g = r0; g < r1; g++) inside[a * rankCount + g] = (inside[a * rankCount + g] as number) + 1;
  }
  const links = between.map(({ a, b, r0, r1 }): LaneLink => {
    const over = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let least = Infinity;
      for (let g = r0; g < Math.max(r0 + 1, r1); g++) least = Math.min(least, inside[k * rankCount + g] ?? 0);
      over[k] = BASE_PASS + least;
    }
    return { a, b, over };
  });
  const other = lanes.findIndex((l) => l.id === LANE.other);
  const order = orderLanes(n, links, other >= 0 ? [other] : []);
  const place = new Int32Array(n);
  order.forEach((lane, i) => (place[lane] = i));
  return { lanes: order.map((lane) => lanes[lane] as Lane), laneOf: laneOf.map((lane) => (lane < 0 ? lane : (place[lane] as number))) };
}

/** What passing over a lane costs beyond the edges inside it: the other edges between lanes met there. */
const BASE_PASS = 1;

function indexEdges(nodes: readonly LaidOutNode[], edges: readonly LayoutEdgeInput[]): IndexedEdge[] {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (index.has(n.id)) throw new Error(`core/layout.layoutGraph: duplicate node id "${n.id}"`);
    index.set(n.id, i);
  });
  const seen = new Set<string>();
  const result: IndexedEdge[] = [];
  for (const data of edges) {
    const source = index.get(data.source);
    const target = index.get(data.target);
    const key = edgeKey(data);
    if (source === undefined || target === undefined || seen.has(key)) continue;
    seen.add(key);
    const forward = progressDirection(data.kind) === 'forward';
    result.push({ data, key, source, target, from: forward ? source : target, to: forward ? target : source });
  }
  return result;
}
