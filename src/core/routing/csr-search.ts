import { MinHeap } from './min-heap';
import type { ProgressCsr } from './progress-csr';
import type { RouteMetric } from './route-types';

/** A path found on the CSR: node indexes from a source to the target, and its summed weight. */
export interface CsrPath {
  readonly nodes: readonly number[];
  readonly weight: number;
}

/** What a search may not use, as node and edge indexes. */
export interface CsrLimits {
  /** Nodes the path may not enter (a source may still start it). */
  readonly blockedNodes: Iterable<number>;
  readonly blockedEdges: Iterable<number>;
}

/**
 * Scratch arrays of one CSR, reused by every search on it. Marks are stamped with the query's
 * number instead of cleared, so a query costs what it visits, not the size of the map.
 */
interface Scratch {
  stamp: number;
  readonly seenF: Uint32Array;
  readonly seenB: Uint32Array;
  readonly doneF: Uint32Array;
  readonly doneB: Uint32Array;
  readonly blocked: Uint32Array;
  readonly source: Uint32Array;
  readonly blockedEdge: Uint32Array;
  readonly distF: Float64Array;
  readonly distB: Float64Array;
  /** The edge a node was reached by, forward (edge into it) and backward (edge out of it). */
  readonly viaF: Int32Array;
  readonly viaB: Int32Array;
  readonly queueF: Int32Array;
  readonly queueB: Int32Array;
  readonly heapF: MinHeap;
  readonly heapB: MinHeap;
}

const scratches = new WeakMap<ProgressCsr, Scratch>();

function scratchOf(csr: ProgressCsr): Scratch {
  let scratch = scratches.get(csr);
  if (scratch === undefined) {
    const n = csr.ids.length;
    const m = csr.outTarget.length;
    scratch = {
      stamp: 0,
      seenF: new Uint32Array(n),
      seenB: new Uint32Array(n),
      doneF: new Uint32Array(n),
      doneB: new Uint32Array(n),
      blocked: new Uint32Array(n),
      source: new Uint32Array(n),
      blockedEdge: new Uint32Array(m),
      distF: new Float64Array(n),
      distB: new Float64Array(n),
      viaF: new Int32Array(n),
      viaB: new Int32Array(n),
      queueF: new Int32Array(n),
      queueB: new Int32Array(n),
      heapF: new MinHeap(64),
      heapB: new MinHeap(64),
    };
    scratches.set(csr, scratch);
  }
  return scratch;
}

function nextStamp(s: Scratch): number {
  if (s.stamp >= 0xfffffffe) {
    for (const marks of [s.seenF, s.seenB, s.doneF, s.doneB, s.blocked, s.source, s.blockedEdge]) marks.fill(0);
    s.stamp = 0;
  }
  return ++s.stamp;
}

/**
 * The lightest path from any of `sources` to `target` under `metric`, never entering a blocked
 * node (a blocked source may still start it) nor using a blocked edge; null when there is none.
 * `steps`: bidirectional breadth-first search, level by level. `months`/`cost`: bidirectional
 * Dijkstra over binary heaps, stopping once the two smallest keys add up to the best meeting.
 * Weights are positive (every step weighs at least `STEP_TIE_BREAK`), which both rely on.
 * The caller handles `target` among `sources` and a blocked target.
 *
 * @example
 * const csr = progressCsr(progressGraph(model));
 * searchCsr(csr, [csr.index.get('az-104')!], csr.index.get('az-305')!, 'months', { blockedNodes: [], blockedEdges: [] })
 * // { nodes: [i(az-104), i(az-305)], weight: 6.000001 }
 */
export function searchCsr(csr: ProgressCsr, sources: readonly number[], target: number, metric: RouteMetric, limits: CsrLimits): CsrPath | null {
  const s = scratchOf(csr);
  const stamp = nextStamp(s);
  for (const v of limits.blockedNodes) s.blocked[v] = stamp;
  for (const e of limits.blockedEdges) s.blockedEdge[e] = stamp;
  for (const v of sources) s.source[v] = stamp;
  const meet = metric === 'steps' ? bidirectionalBfs(csr, s, stamp, sources, target) : bidirectionalDijkstra(csr, s, stamp, sources, target, csr.weight[metric]);
  if (meet < 0) return null;
  const { nodes, edges } = pathThrough(csr, s, meet);
  const weights = csr.weight[metric];
  let weight = 0;
  // Summed from the start, in path order, as the route's weight always was.
  for (const e of edges) weight += weights[e] as number;
  return { nodes, weight };
}

/** The path through the meeting node: forward links back to a source, backward links on to the target. */
function pathThrough(csr: ProgressCsr, s: Scratch, meet: number): { nodes: number[]; edges: number[] } {
  const nodes = [meet];
  const edges: number[] = [];
  for (let v = meet; s.viaF[v] !== -1; ) {
    const e = s.viaF[v] as number;
    edges.push(e);
    v = csr.edgeFrom[e] as number;
    nodes.push(v);
  }
  nodes.reverse();
  edges.reverse();
  for (let v = meet; s.viaB[v] !== -1; ) {
    const e = s.viaB[v] as number;
    edges.push(e);
    v = csr.outTarget[e] as number;
    nodes.push(v);
  }
  return { nodes, edges };
}

/**
 * Level-by-level BFS from both ends, always growing the smaller frontier, on the graph where
 * blocked nodes have no way in. Returns the first node found by both searches, or -1. That meeting
 * is on a shortest path: with all nodes within depth L forward and D backward found and no
 * meeting yet, no path has L + D steps or fewer, so a meeting found while growing to depth
 * L + 1 (or D + 1) closes a path of exactly L + D + 1 steps.
 */
function bidirectionalBfs(csr: ProgressCsr, s: Scratch, stamp: number, sources: readonly number[], target: number): number {
  const { outStart, outTarget, inStart, inSource, inEdge } = csr;
  const { seenF, seenB, blocked, source, blockedEdge, distF, distB, viaF, viaB, queueF, queueB } = s;
  let headF = 0;
  let tailF = 0;
  let headB = 0;
  let tailB = 0;
  for (const v of sources) {
    if (seenF[v] === stamp) continue;
    seenF[v] = stamp;
    distF[v] = 0;
    viaF[v] = -1;
    queueF[tailF++] = v;
  }
  seenB[target] = stamp;
  distB[target] = 0;
  viaB[target] = -1;
  queueB[tailB++] = target;
  while (headF < tailF && headB < tailB) {
    if (tailF - headF <= tailB - headB) {
      const end = tailF;
      for (; headF < end; headF++) {
        const u = queueF[headF] as number;
        const d = (distF[u] as number) + 1;
        const last = outStart[u + 1] as number;
        for (let e = outStart[u] as number; e < last; e++) {
          const w = outTarget[e] as number;
          if (seenF[w] === stamp || blocked[w] === stamp || blockedEdge[e] === stamp) continue;
          seenF[w] = stamp;
          distF[w] = d;
          viaF[w] = e;
          queueF[tailF++] = w;
          if (seenB[w] === stamp) return w;
        }
      }
    } else {
      const end = tailB;
      for (; headB < end; headB++) {
        const v = queueB[headB] as number;
        // A blocked source may start the path but not be passed through: do not search behind it.
        if (blocked[v] === stamp && v !== target) continue;
        const d = (distB[v] as number) + 1;
        const last = inStart[v + 1] as number;
        for (let i = inStart[v] as number; i < last; i++) {
          const u = inSource[i] as number;
          const e = inEdge[i] as number;
          if (seenB[u] === stamp || blockedEdge[e] === stamp || (blocked[u] === stamp && source[u] !== stamp)) continue;
          seenB[u] = stamp;
          distB[u] = d;
          viaB[u] = e;
          queueB[tailB++] = u;
          if (seenF[u] === stamp) return u;
        }
      }
    }
  }
  return -1;
}

/**
 * Dijkstra from both ends (lazy deletion: stale heap entries are skipped), growing the side with
 * the smaller heap; stops once the smallest keys of both heaps add up to at least the best
 * meeting found, which is then optimal. Returns the meeting node, or -1.
 */
function bidirectionalDijkstra(
  csr: ProgressCsr,
  s: Scratch,
  stamp: number,
  sources: readonly number[],
  target: number,
  weights: Float64Array,
): number {
  const { outStart, outTarget, inStart, inSource, inEdge } = csr;
  const { seenF, seenB, doneF, doneB, blocked, source, blockedEdge, distF, distB, viaF, viaB, heapF, heapB } = s;
  heapF.clear();
  heapB.clear();
  for (const v of sources) {
    if (seenF[v] === stamp) continue;
    seenF[v] = stamp;
    distF[v] = 0;
    viaF[v] = -1;
    heapF.push(0, v);
  }
  seenB[target] = stamp;
  distB[target] = 0;
  viaB[target] = -1;
  heapB.push(0, target);
  let best = Infinity;
  let meet = -1;
  while (heapF.size > 0 && heapB.size > 0) {
    if (heapF.peekKey() + heapB.peekKey() >= best) break;
    if (heapF.size <= heapB.size) {
      const u = heapF.pop();
      const d = heapF.lastKey;
      if (doneF[u] === stamp || d > (distF[u] as number)) continue;
      doneF[u] = stamp;
      const last = outStart[u + 1] as number;
      for (let e = outStart[u] as number; e < last; e++) {
        const w = outTarget[e] as number;
        if (blocked[w] === stamp || blockedEdge[e] === stamp || doneF[w] === stamp) continue;
        const next = d + (weights[e] as number);
        if (seenF[w] !== stamp || next < (distF[w] as number)) {
          seenF[w] = stamp;
          distF[w] = next;
          viaF[w] = e;
          heapF.push(next, w);
        }
        if (seenB[w] === stamp && next + (distB[w] as number) < best) {
          best = next + (distB[w] as number);
          meet = w;
        }
      }
    } else {
      const v = heapB.pop();
      const d = heapB.lastKey;
      if (doneB[v] === stamp || d > (distB[v] as number)) continue;
      doneB[v] = stamp;
      // A blocked source may start the path but not be passed through: do not search behind it.
      if (blocked[v] === stamp && v !== target) continue;
      const last = inStart[v + 1] as number;
      for (let i = inStart[v] as number; i < last; i++) {
        const u = inSource[i] as number;
        const e = inEdge[i] as number;
        if (blockedEdge[e] === stamp || doneB[u] === stamp || (blocked[u] === stamp && source[u] !== stamp)) continue;
        const next = d + (weights[e] as number);
        if (seenB[u] !== stamp || next < (distB[u] as number)) {
          seenB[u] = stamp;
          distB[u] = next;
          viaB[u] = e;
          heapB.push(next, u);
        }
        if (seenF[u] === stamp && next + (distF[u] as number) < best) {
          best = next + (distF[u] as number);
          meet = u;
        }
      }
    }
  }
  return meet;
}
