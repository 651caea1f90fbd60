/**
 * Rank assignment for the layout: which column (LR) or row (TB) each node goes in.
 *
 * Why not dagre's rankers: measured on generated career graphs (see the layout README), dagre's
 * default DFS acyclicer reverses whichever edge closes a cycle first, and the ranks stretch: a
 * graph generated with 6 ranks got 12 at 150 nodes and 144 at 1,000 (longest-path ranker; every
 * extra rank adds dummy nodes to every long edge), and network simplex alone took 2.4 s of a
 * 3.9 s layout at 300 nodes. Here ranks come from a weighted greedy feedback-arc-set order (plus
 * sifting) that never reverses an official prerequisite, a longest-path pass and a pull-right pass
 * that shortens edges; all near-linear in practice.
 */

/** An edge that constrains ranks: `rank(to) >= rank(from) + minlen` unless it ends up in the feedback set. */
export interface RankEdge {
  readonly from: number;
  readonly to: number;
  /** 0 lets both ends share a rank (used for "replaced by"); 1 puts `to` at least one rank later. */
  readonly minlen: 0 | 1;
  /** How much keeping this edge forward is worth when a cycle must be broken. */
  readonly weight: number;
  /** Hard edges are never reversed while they themselves form no cycle (official prerequisites). */
  readonly hard: boolean;
}

export interface Ranking {
  /** Dense ranks from 0; every rank from 0 to `rankCount - 1` holds at least one node. */
  readonly rank: Int32Array;
  readonly rankCount: number;
  /** Indexes into the edge list of edges that point backward in the chosen order (not constraints). */
  readonly backEdges: ReadonlySet<number>;
}

/**
 * Ranks `count` nodes so that every edge outside the returned feedback set satisfies its minlen,
 * hard edges are never in the feedback set (if they are acyclic), and edges stay short.
 * @example rankNodes(3, [{ from: 0, to: 1, minlen: 1, weight: 1, hard: false }, { from: 1, to: 2, minlen: 1, weight: 1, hard: false }]).rank // Int32Array [0, 1, 2]
 */
export function rankNodes(count: number, edges: readonly RankEdge[]): Ranking {
  const sequence = siftOrder(count, edges, feedbackOrder(count, edges));
  const position = new Int32Array(count);
  sequence.forEach((v, i) => (position[v] = i));
  const backEdges = new Set<number>();
  const forward: RankEdge[] = [];
  edges.forEach((e, i) => {
    if (e.from === e.to || (position[e.from] as number) > (position[e.to] as number)) backEdges.add(i);
    else forward.push(e);
  });

  const outs = adjacency(count, forward, 'from');
  const ins = adjacency(count, forward, 'to');
  const rank = new Int32Array(count);
  // Longest path: `sequence` is a topological order of the forward edges.
  for (const v of sequence) {
    for (const e of ins[v] ?? []) rank[v] = Math.max((rank[v] as number), (rank[e.from] as number) + e.minlen);
  }
  // Pull right: a node whose outgoing edges outweigh its incoming ones moves as late as its
  // successors allow, which shortens the heavier side (a sources-only step of network simplex).
  // Reverse topological order, so successors are final before their predecessors move.
  for (let i = sequence.length - 1; i >= 0; i--) {
    const v = (sequence[i] as number);
    const out = outs[v] ?? [];
    if (out.length === 0) continue;
    const outWeight = out.reduce((sum, e) => sum + e.weight, 0);
    const inWeight = (ins[v] ?? []).reduce((sum, e) => sum + e.weight, 0);
    if (outWeight <= inWeight) continue;
    const latest = Math.min(...out.map((e) => (rank[e.to] as number) - e.minlen));
    if (latest > (rank[v] as number)) rank[v] = latest;
  }
  return { ...compact(rank), backEdges };
}

/**
 * Moves nodes to later ranks they want to be in, as far as their outgoing constraints allow,
 * then renumbers densely. Used for what edges to grouped skills suggest: those edges do not
 * constrain ranks, so a role whose only links are to skills would otherwise sit in rank 0, left
 * of the exams that teach those skills. Nodes go latest rank first, so every move sees the final
 * rank of what it must stay before; a move never breaks an edge outside the feedback set.
 * @example settleRanks(rankNodes(2, []), [], [-1, 3]).rank // Int32Array [0, 1]
 */
export function settleRanks(ranking: Ranking, edges: readonly RankEdge[], wants: ArrayLike<number>): Ranking {
  const rank = ranking.rank.slice();
  const outs = adjacency(
    rank.length,
    edges.filter((_, i) => !ranking.backEdges.has(i)),
    'from',
  );
  const latestFirst = Array.from(rank.keys()).sort((a, b) => (rank[b] as number) - (rank[a] as number) || a - b);
  for (const v of latestFirst) {
    const want = wants[v] ?? -1;
    if (want <= (rank[v] as number)) continue;
    const latest = Math.min(want, ...(outs[v] ?? []).map((e) => (rank[e.to] as number) - e.minlen));
    if (latest > (rank[v] as number)) rank[v] = latest;
  }
  return { ...compact(rank), backEdges: ranking.backEdges };
}

/** Renumbers ranks densely, keeping their order, so no column is empty. */
function compact(rank: Int32Array): { rank: Int32Array; rankCount: number } {
  const used = [...new Set(rank)].sort((a, b) => a - b);
  const dense = new Map(used.map((r, i) => [r, i]));
  return { rank: rank.map((r) => dense.get(r) ?? 0), rankCount: used.length };
}

function adjacency(count: number, edges: readonly RankEdge[], key: 'from' | 'to'): RankEdge[][] {
  const lists: RankEdge[][] = Array.from({ length: count }, () => []);
  for (const e of edges) lists[e[key]]?.push(e);
  return lists;
}

/**
 * A vertex order with few (weighted) edges pointing backward: the greedy heuristic of Eades,
 * Lin and Smyth (1993), with one change: a vertex is only taken from the middle of the graph
 * once all its remaining hard predecessors are placed, so an acyclic set of hard edges always
 * points forward. Ties go to the earlier input index, so the result is deterministic.
 */
export function feedbackOrder(count: number, edges: readonly RankEdge[]): number[] {
  const outs: number[][] = Array.from({ length: count }, () => []);
  const ins: number[][] = Array.from({ length: count }, () => []);
  const inWeight = new Float64Array(count);
  const outWeight = new Float64Array(count);
  const hardIn = new Int32Array(count);
  edges.forEach((e, i) => {
    if (e.from === e.to) return;
    outs[e.from]?.push(i);
    ins[e.to]?.push(i);
    outWeight[e.from] = (outWeight[e.from] as number) + e.weight;
    inWeight[e.to] = (inWeight[e.to] as number) + e.weight;
    if (e.hard) hardIn[e.to] = (hardIn[e.to] as number) + 1;
  });
  const inCount = new Int32Array(count);
  const outCount = new Int32Array(count);
  for (let v = 0; v < count; v++) {
    inCount[v] = (ins[v] as number[]).length;
    outCount[v] = (outs[v] as number[]).length;
  }

  const removed = new Uint8Array(count);
  const left: number[] = [];
  const right: number[] = [];
  const sources: number[] = [];
  const sinks: number[] = [];
  let sourceHead = 0; // a queue without shift(): shift is linear, which made big graphs quadratic
  const heap = new MaxHeap();
  const score = (v: number) => (outWeight[v] as number) - (inWeight[v] as number);
  for (let v = 0; v < count; v++) {
    if (inCount[v] === 0) sources.push(v);
    else if (outCount[v] === 0) sinks.push(v);
    if (hardIn[v] === 0) heap.push(score(v), v);
  }

  const remove = (v: number) => {
    removed[v] = 1;
    for (const i of outs[v] as number[]) {
      const e = edges[i] as RankEdge;
      const w = e.to;
      if (removed[w]) continue;
      inWeight[w] = (inWeight[w] as number) - e.weight;
      inCount[w] = (inCount[w] as number) - 1;
      if (e.hard) hardIn[w] = (hardIn[w] as number) - 1;
      if (inCount[w] === 0) sources.push(w);
      if (hardIn[w] === 0) heap.push(score(w), w);
    }
    for (const i of ins[v] as number[]) {
      const e = edges[i] as RankEdge;
      const u = e.from;
      if (removed[u]) continue;
      outWeight[u] = (outWeight[u] as number) - e.weight;
      outCount[u] = (outCount[u] as number) - 1;
      if (outCount[u] === 0) sinks.push(u);
      if (hardIn[u] === 0) heap.push(score(u), u);
    }
  };

  let placed = 0;
  while (placed < count) {
    let progress = false;
    while (sinks.length > 0) {
      const v = (sinks.pop() as number);
      if (removed[v] || (outCount[v] as number) > 0) continue;
      right.push(v);
      remove(v);
      placed++;
      progress = true;
    }
    while (sourceHead < sources.length) {
      const v = (sources[sourceHead++] as number);
      if (removed[v] || (inCount[v] as number) > 0) continue;
      left.push(v);
      remove(v);
      placed++;
      progress = true;
    }
    if (progress || placed === count) continue;
    let v = heap.pop(removed, hardIn, score);
    // Only if the hard edges themselves loop (an unvalidated file): fall back to any vertex.
    if (v === -1) v = removed.indexOf(0);
    left.push(v);
    remove(v);
    placed++;
  }
  return [...left, ...right.reverse()];
}

/** A hard edge pointing backward costs this much: enough to outweigh any number of soft edges. */
const HARD_WEIGHT = 1e6;
const SIFT_PASSES = 4;

/**
 * Improves a vertex order by sifting (Brandenburg and Hanauer, "Sorting heuristics for the
 * feedback arc set problem", 2011): each vertex in turn moves to the position where the
 * weight of its edges pointing backward is least. Greedy orders put hubs with many outgoing
 * edges first even when that reverses a strong edge into the hub (on the MS-102 map it drew
 * "MS-102 leads to Microsoft 365 Administrator" backward); one or two passes repair that.
 * Only vertices on a backward edge move, each in O(V + degree); at most `SIFT_PASSES` passes.
 */
export function siftOrder(count: number, edges: readonly RankEdge[], order: readonly number[]): number[] {
  const outs: RankEdge[][] = Array.from({ length: count }, () => []);
  const ins: RankEdge[][] = Array.from({ length: count }, () => []);
  for (const e of edges) {
    if (e.from === e.to) continue;
    outs[e.from]?.push(e);
    ins[e.to]?.push(e);
  }
  const sequence = order.slice();
  const position = new Int32Array(count);
  const weightOf = (e: RankEdge) => (e.hard ? HARD_WEIGHT : e.weight);
  sequence.forEach((u, i) => (position[u] = i));
  for (let pass = 0; pass < SIFT_PASSES; pass++) {
    let moved = false;
    // Only a vertex with an edge pointing backward can gain from moving.
    const candidates = new Set<number>();
    for (const e of edges) {
      if (e.from !== e.to && (position[e.from] as number) > (position[e.to] as number)) candidates.add(e.from).add(e.to);
    }
    for (const v of [...candidates].sort((a, b) => (position[a] as number) - (position[b] as number))) {
      const from = position[v] as number;
      // cost(i) for v placed before the vertex now at i (with v itself taken out): out-edges to
      // vertices before i point backward, in-edges from vertices at or after i point backward.
      const deltas: [number, number][] = [];
      let cost = 0;
      for (const e of ins[v] as RankEdge[]) {
        const p = position[e.from] as number;
        const q = p > from ? p - 1 : p;
        cost += weightOf(e); // at i = 0 every in-edge points backward
        deltas.push([q + 1, -weightOf(e)]);
      }
      for (const e of outs[v] as RankEdge[]) {
        const p = position[e.to] as number;
        const q = p > from ? p - 1 : p;
        deltas.push([q + 1, weightOf(e)]);
      }
      deltas.sort((a, b) => a[0] - b[0]);
      let bestCost = Infinity;
      let best = from;
      let k = 0;
      const consider = (i: number) => {
        if (cost < bestCost || (cost === bestCost && Math.abs(i - from) < Math.abs(best - from))) {
          bestCost = cost;
          best = i;
        }
      };
      // Only the breakpoints matter, plus where v is now.
      const breakpoints = [0, from, ...deltas.map(([i]) => i)].sort((a, b) => a - b);
      for (const i of breakpoints) {
        while (k < deltas.length && (deltas[k] as [number, number])[0] <= i) cost += (deltas[k++] as [number, number])[1];
        consider(i);
      }
      if (best !== from) {
        sequence.splice(from, 1);
        sequence.splice(best, 0, v);
        for (let i = Math.min(from, best); i <= Math.max(from, best); i++) position[sequence[i] as number] = i;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return sequence;
}

/** A binary max-heap of (score, vertex) with lazy deletion: stale entries are skipped on pop. */
class MaxHeap {
  private readonly scores: number[] = [];
  private readonly vertices: number[] = [];

  push(score: number, vertex: number): void {
    this.scores.push(score);
    this.vertices.push(vertex);
    let i = this.scores.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The best live vertex: not removed, no hard predecessors left, and pushed with its current score. */
  pop(removed: Uint8Array, hardIn: Int32Array, score: (v: number) => number): number {
    while (this.scores.length > 0) {
      const s = (this.scores[0] as number);
      const v = (this.vertices[0] as number);
      this.removeTop();
      if (!removed[v] && hardIn[v] === 0 && s === score(v)) return v;
    }
    return -1;
  }

  private removeTop(): void {
    const last = this.scores.length - 1;
    this.swap(0, last);
    this.scores.pop();
    this.vertices.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.scores.length && this.before(l, best)) best = l;
      if (r < this.scores.length && this.before(r, best)) best = r;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }

  /** Higher score first; on equal scores the lower vertex index, for determinism. */
  private before(a: number, b: number): boolean {
    const sa = (this.scores[a] as number);
    const sb = (this.scores[b] as number);
    return sa > sb || (sa === sb && (this.vertices[a] as number) < (this.vertices[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [(this.scores[b] as number), (this.scores[a] as number)];
    [this.vertices[a], this.vertices[b]] = [(this.vertices[b] as number), (this.vertices[a] as number)];
  }
}
