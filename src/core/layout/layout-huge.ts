import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { NODE_SIZE } from '../design/tokens';
import { edgeKey } from '../graph/edge-key';
import { progressDirection } from '../schema/edge-rules';
import { MARGIN } from './layout-constants';
import { mulberry32 } from './seeded-random';
import type { EdgePath, Layout, LayoutCluster, LayoutDirection, NodeBox, Point } from './layout-types';
import type { LayoutEdgeInput, LayoutNodeInput } from './plan-layout';

/**
 * From this many laid-out nodes on, maps take `layoutHuge` instead of `layoutGraph`: dagre's
 * positioning grows superlinearly (3,000 nodes took 2.8–3.9 s, see README.md) and its nesting
 * step overflows the stack past about 50,000 nodes.
 */
export const HUGE_LAYOUT_NODES = 5000;

/** Steps `layoutHuge` reports, in this order. */
export type HugeLayoutPhase = 'cluster' | 'rank' | 'place';

/** Gaps between boxes inside a cluster (along the progression, across it) and between clusters. */
const GAP = { along: 56, across: 18, cluster: 180, header: 64 } as const;
/** Clusters are packed into rows aiming at this width : height, about a landscape screen. */
const ASPECT = 1.6;
/** Louvain's random choices come from this seed, so the same map gives the same layout. */
const SEED = 0x5eed;

/** Node input for `layoutHuge`: `tracks` names the node's career paths, which label clusters. */
export type HugeNodeInput = LayoutNodeInput & { readonly tracks?: readonly string[] | undefined; readonly label?: string | undefined };

/**
 * A layout for maps too big for dagre: communities found by Louvain (graphology) become
 * clusters; inside each, nodes sit in columns by rank (fewest steps from a start, by
 * breadth-first search), several sub-columns per rank so a cluster is about square; clusters
 * are packed in rows. Edges are straight, from border to border. Linear in nodes and edges apart
 * from Louvain (about n log n). Pure and deterministic.
 *
 * @example
 * const layout = layoutHuge({ nodes, edges }, 'LR');
 * layout.clusters?.length // e.g. 24 for a generated 20,000-node map
 */
export function layoutHuge(
  input: { readonly nodes: readonly HugeNodeInput[]; readonly edges: readonly LayoutEdgeInput[] },
  direction: LayoutDirection = 'LR',
  onPhase?: (phase: HugeLayoutPhase) => void,
): Layout {
  const nodes = input.nodes.filter((n) => n.kind !== 'track');
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (index.has(n.id)) throw new Error(`core/layout.layoutHuge: duplicate node id "${n.id}"`);
    index.set(n.id, i);
  });
  const trackLabels = new Map(input.nodes.filter((n) => n.kind === 'track').map((n) => [n.id, n.label ?? n.id]));
  const seen = new Set<string>();
  const edges = input.edges.filter((e) => {
    const key = edgeKey(e);
    if (!index.has(e.source) || !index.has(e.target) || e.source === e.target || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  onPhase?.('cluster');
  const community = communities(nodes.length, edges, index);
  onPhase?.('rank');
  const rank = ranks(nodes.length, edges, index);
  onPhase?.('place');
  const { boxes, clusters } = place(nodes, edges, index, community, rank, direction, trackLabels);

  const paths = edges.map((e): EdgePath => {
    const a = boxes[index.get(e.source) as number] as NodeBox;
    const b = boxes[index.get(e.target) as number] as NodeBox;
    return { key: edgeKey(e), source: e.source, target: e.target, kind: e.kind, points: straight(a, b) };
  });
  let width = 0;
  let height = 0;
  for (const c of clusters) {
    width = Math.max(width, c.x + c.width + MARGIN);
    height = Math.max(height, c.y + c.height + MARGIN);
  }
  const rankCount = rank.reduce((m, r) => Math.max(m, r + 1), 0);
  return { direction, nodes: boxes, edges: paths, width, height, rankCount, clusters };
}

/** Louvain communities as dense indices 0..k-1, numbered by first appearance. */
function communities(n: number, edges: readonly LayoutEdgeInput[], index: ReadonlyMap<string, number>): Int32Array {
  const graph = new UndirectedGraph();
  for (let v = 0; v < n; v++) graph.addNode(v);
  for (const e of edges) graph.mergeEdge(index.get(e.source), index.get(e.target));
  const mapping = louvain(graph, { rng: mulberry32(SEED) });
  const out = new Int32Array(n);
  const dense = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = mapping[String(v)] ?? -1;
    let d = dense.get(c);
    if (d === undefined) {
      d = dense.size;
      dense.set(c, d);
    }
    out[v] = d;
  }
  return out;
}

/**
 * Ranks along progress: the fewest steps from a start (a node nothing leads to), by one
 * breadth-first search from all starts; what that leaves unreached (cycles only) is searched from
 * its node with the fewest incoming edges, and so on. Edges that close a cycle simply point back.
 * (Longest paths, as `layoutGraph` ranks, stretched a generated 20,000-node map over 2,486 ranks
 * once cycles were broken by a DFS; fewest steps keeps its 10.)
 */
function ranks(n: number, edges: readonly LayoutEdgeInput[], index: ReadonlyMap<string, number>): Int32Array {
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const start = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  edges.forEach((e, i) => {
    const [a, b] = progressDirection(e.kind) === 'forward' ? [e.source, e.target] : [e.target, e.source];
    from[i] = index.get(a) as number;
    to[i] = index.get(b) as number;
    (start[(from[i]) + 1] as number)++;
    (indegree[to[i]] as number)++;
  });
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const out = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) out[(fill[from[i] as number] as number)++] = to[i] as number;

  const rank = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  const search = () => {
    while (head < tail) {
      const v = queue[head++] as number;
      for (let p = start[v] as number; p < (start[v + 1] as number); p++) {
        const w = out[p] as number;
        if (rank[w] === -1) {
          rank[w] = (rank[v] as number) + 1;
          queue[tail++] = w;
        }
      }
    }
  };
  for (let v = 0; v < n; v++) {
    if (indegree[v] === 0) {
      rank[v] = 0;
      queue[tail++] = v;
    }
  }
  search();
  while (tail < n) {
    let best = -1;
    for (let v = 0; v < n; v++) if (rank[v] === -1 && (best === -1 || (indegree[v] as number) < (indegree[best] as number))) best = v;
    rank[best] = 0;
    queue[tail++] = best;
    search();
  }
  return rank;
}

/**
 * Boxes for every node and a box per cluster. Inside a cluster, rank r gets ceil(count / rows)
 * sub-columns; within a rank, nodes follow the mean slot of their placed predecessors in the
 * cluster (one barycentre pass) so edges stay short. Coordinates are computed along/across the
 * progression and mapped to x/y by direction.
 */
function place(
  nodes: readonly HugeNodeInput[],
  edges: readonly LayoutEdgeInput[],
  index: ReadonlyMap<string, number>,
  community: Int32Array,
  rank: Int32Array,
  direction: LayoutDirection,
  trackLabels: ReadonlyMap<string, string>,
): { boxes: NodeBox[]; clusters: LayoutCluster[] } {
  const lr = direction === 'LR';
  const size = (v: number) => NODE_SIZE[(nodes[v] as HugeNodeInput).kind as keyof typeof NODE_SIZE];
  const along = (v: number) => (lr ? size(v).width : size(v).height);
  const across = (v: number) => (lr ? size(v).height : size(v).width);
  const maxAlong = Math.max(...Object.values(NODE_SIZE).map((s) => (lr ? s.width : s.height)));
  const maxAcross = Math.max(...Object.values(NODE_SIZE).map((s) => (lr ? s.height : s.width)));
  const colPitch = maxAlong + GAP.along;
  const rowPitch = maxAcross + GAP.across;

  const clusterCount = community.reduce((m, c) => Math.max(m, c + 1), 0);
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  for (let v = 0; v < nodes.length; v++) members[community[v] as number]?.push(v);
  const preds: number[][] = Array.from({ length: nodes.length }, () => []);
  for (const e of edges) {
    const [a, b] = progressDirection(e.kind) === 'forward' ? [e.source, e.target] : [e.target, e.source];
    const va = index.get(a) as number;
    const vb = index.get(b) as number;
    if (community[va] === community[vb]) preds[vb]?.push(va);
  }

  const slot = new Float64Array(nodes.length);
  const local: { along: number; across: number }[] = Array.from({ length: nodes.length }, () => ({ along: 0, across: 0 }));
  const blocks = members.map((list, c) => {
    const byRank = new Map<number, number[]>();
    for (const v of list) {
      const r = rank[v] as number;
      const bucket = byRank.get(r) ?? [];
      bucket.push(v);
      byRank.set(r, bucket);
    }
    const rankList = [...byRank.keys()].sort((a, b) => a - b);
    const widest = Math.max(...[...byRank.values()].map((b) => b.length));
    // rows × colPitch·(n / rows) ≈ aspect·rows·rowPitch, so rows ≈ sqrt(n·colPitch / (aspect·rowPitch)).
    const rows = Math.max(1, Math.min(widest, Math.ceil(Math.sqrt((list.length * colPitch) / (ASPECT * rowPitch)))));
    let column = 0;
    for (const r of rankList) {
      const bucket = byRank.get(r) as number[];
      const key = (v: number) => {
        const ps = (preds[v] as number[]).filter((p) => (rank[p] as number) < r);
        return ps.length === 0 ? Number.POSITIVE_INFINITY : ps.reduce((s, p) => s + (slot[p] as number), 0) / ps.length;
      };
      const keyed = bucket.map((v) => ({ v, k: key(v) })).sort((a, b) => a.k - b.k || a.v - b.v);
      keyed.forEach(({ v }, i) => {
        const sub = Math.floor(i / rows);
        const row = i % rows;
        slot[v] = row;
        local[v] = { along: (column + sub) * colPitch + (maxAlong - along(v)) / 2, across: row * rowPitch + (maxAcross - across(v)) / 2 };
      });
      column += Math.ceil(bucket.length / rows);
    }
    return { c, list, w: column * colPitch - GAP.along, h: rows * rowPitch - GAP.across + GAP.header };
  });

  // Shelf packing, tallest first, into rows about `ASPECT` times as wide as the whole is tall.
  const area = blocks.reduce((s, b) => s + (b.w + GAP.cluster) * (b.h + GAP.cluster), 0);
  const rowWidth = Math.max(Math.sqrt(area * ASPECT), ...blocks.map((b) => b.w));
  const sorted = [...blocks].sort((a, b) => b.h - a.h || a.c - b.c);
  const origin = new Map<number, { a: number; x: number }>();
  let cursorAlong = MARGIN;
  let cursorAcross = MARGIN;
  let shelf = 0;
  for (const b of sorted) {
    if (cursorAlong > MARGIN && cursorAlong + b.w > rowWidth + MARGIN) {
      cursorAlong = MARGIN;
      cursorAcross += shelf + GAP.cluster;
      shelf = 0;
    }
    origin.set(b.c, { a: cursorAlong, x: cursorAcross });
    cursorAlong += b.w + GAP.cluster;
    shelf = Math.max(shelf, b.h);
  }

  const boxes = nodes.map((n, v): NodeBox => {
    const o = origin.get(community[v] as number) as { a: number; x: number };
    const p = local[v] as { along: number; across: number };
    const s = size(v);
    const a = o.a + p.along;
    const x = o.x + GAP.header + p.across;
    return { id: n.id, x: lr ? a : x, y: lr ? x : a, width: s.width, height: s.height, rank: rank[v] as number };
  });
  const clusters = blocks.map((b): LayoutCluster => {
    const o = origin.get(b.c) as { a: number; x: number };
    return {
      id: `cluster-${String(b.c)}`,
      label: clusterLabel(b.list, nodes, trackLabels, b.c),
      size: b.list.length,
      x: lr ? o.a : o.x,
      y: lr ? o.x : o.a,
      width: lr ? b.w : b.h,
      height: lr ? b.h : b.w,
    };
  });
  return { boxes, clusters };
}

/** The track most members share (when at least half do), else "Group n". */
function clusterLabel(list: readonly number[], nodes: readonly HugeNodeInput[], trackLabels: ReadonlyMap<string, string>, c: number): string {
  const counts = new Map<string, number>();
  for (const v of list) for (const t of (nodes[v] as HugeNodeInput).tracks ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  if (best !== null && best[1] * 2 >= list.length) return trackLabels.get(best[0]) ?? best[0];
  return `Group ${String(c + 1)}`;
}

/** A segment between the two boxes' centres, cut at each box's border. */
function straight(a: NodeBox, b: NodeBox): Point[] {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  return [border(a, ca, cb), border(b, cb, ca)];
}

/** Where the ray from the box's centre `c` toward `to` leaves the box. */
function border(box: NodeBox, c: Point, to: Point): Point {
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: Math.round((c.x + dx * t) * 10) / 10, y: Math.round((c.y + dy * t) * 10) / 10 };
}
