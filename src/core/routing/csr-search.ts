import { LevelQueue } from './level-queue';
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
  readonly levelF: LevelQueue;
  readonly levelB: LevelQueue;
}

/** What the bidirectional Dijkstra needs of its two queues: `MinHeap`, or `LevelQueue` when every step weighs 1. */
interface Queue {
  readonly size: number;
  readonly lastKey: number;
  clear(): void;
  push(key: number, node: number, seq: number): void;
  pop(): number;
}

const scratches = new WeakMap<ProgressCsr, Scratch>();

function scratchOf(csr: ProgressCsr): Scratch {
  let scratch = scratches.get(csr);
  if (scratch === undefined) {
    // One more node than the map: index n is the virtual start of a search from several sources.
    const n = csr.ids.length + 1;
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
      levelF: new LevelQueue(n),
      levelB: new LevelQueue(n),
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
 * The caller handles `target` among `sources` and a blocked target.
 *
 * It reproduces graphology-shortest-path step for step, so that among equally light paths it picks
 * the same one as before (people see the same route): with one source, nothing blocked and
 * `steps`, graphology's bidirectional BFS (`bidirectionalBfs`); otherwise its bidirectional
 * Dijkstra (`bidirectionalDijkstra`, networkx's algorithm), several sources being joined by a
 * virtual start node with free steps to each, as `shortestPath` used to add to the graph.
 * Weights are positive (every step weighs at least `STEP_TIE_BREAK`), which both rely on.
 *
 * @example
 * const csr = progressCsr(progressGraph(model));
 * searchCsr(csr, [csr.index.get('az-104')!], csr.index.get('az-305')!, 'months', { blockedNodes: [], blockedEdges: [] })
 * // { nodes: [i(az-104), i(az-305)], weight: 6.000001 }
 */
export function searchCsr(csr: ProgressCsr, sources: readonly number[], target: number, metric: RouteMetric, limits: CsrLimits): CsrPath | null {
  const s = scratchOf(csr);
  const stamp = nextStamp(s);
  let blocks = 0;
  for (const v of limits.blockedNodes) {
    s.blocked[v] = stamp;
    blocks++;
  }
  for (const e of limits.blockedEdges) {
    s.blockedEdge[e] = stamp;
    blocks++;
  }
  const starts: number[] = [];
  for (const v of sources) {
    if (s.source[v] === stamp) continue;
    s.source[v] = stamp;
    starts.push(v);
  }
  const bfs = metric === 'steps' && sources.length === 1 && blocks === 0;
  // By steps every step weighs 1: level queues give the heaps' order without their cost.
  const [queueF, queueB]: [Queue, Queue] = metric === 'steps' ? [s.levelF, s.levelB] : [s.heapF, s.heapB];
  const meet = bfs
    ? bidirectionalBfs(csr, s, stamp, starts[0] as number, target)
    : bidirectionalDijkstra(csr, s, stamp, { sources: starts, virtual: sources.length > 1, target, weights: csr.weight[metric], heapF: queueF, heapB: queueB });
  if (meet < 0) return null;
  const { nodes, edges } = pathThrough(csr, s, meet);
  const weights = csr.weight[metric];
  let weight = 0;
  // Summed from the start, in path order, as the route's weight always was (virtual steps weigh 0).
  for (const e of edges) weight += weights[e] as number;
  return { nodes, weight };
}

/** `viaF` of a source reached from the virtual start; `viaB` of the virtual start is `VIRTUAL - source`. */
const VIRTUAL = -2;

/**
 * The path through the meeting node: forward links back to a source, backward links on to the
 * target; the virtual start, if the path went through it, is left out.
 */
function pathThrough(csr: ProgressCsr, s: Scratch, meet: number): { nodes: number[]; edges: number[] } {
  const nodes = [meet];
  const edges: number[] = [];
  for (let v = meet; (s.viaF[v] as number) >= 0; ) {
    const e = s.viaF[v] as number;
    edges.push(e);
    v = csr.edgeFrom[e] as number;
    nodes.push(v);
  }
  nodes.reverse();
  edges.reverse();
  for (let v = meet; s.viaB[v] !== -1; ) {
    const e = s.viaB[v] as number;
    if (e <= VIRTUAL) {
      v = VIRTUAL - e;
    } else {
      edges.push(e);
      v = csr.outTarget[e] as number;
    }
    nodes.push(v);
  }
  if (nodes[0] === csr.ids.length) nodes.shift();
  return { nodes, edges };
}

/**
 * graphology's bidirectional BFS on the CSR: level by level from both ends, growing the smaller
 * frontier, neighbours in graphology's order; the first node found by both searches is the
 * meeting (on a shortest path: with all nodes within depth L forward and D backward found and no
 * meeting yet, no path has L + D steps or fewer). Returns the meeting node, or -1. Used only when
 * nothing is blocked, as before.
 */
function bidirectionalBfs(csr: ProgressCsr, s: Scratch, stamp: number, source: number, target: number): number {
  const { outStart, outTarget, inStart, inSource, inEdge } = csr;
  const { seenF, seenB, viaF, viaB, queueF, queueB } = s;
  let headF = 0;
  let tailF = 0;
  let headB = 0;
  let tailB = 0;
  seenF[source] = stamp;
  viaF[source] = -1;
  queueF[tailF++] = source;
  seenB[target] = stamp;
  viaB[target] = -1;
  queueB[tailB++] = target;
  while (headF < tailF && headB < tailB) {
    if (tailF - headF <= tailB - headB) {
      const end = tailF;
      for (; headF < end; headF++) {
        const u = queueF[headF] as number;
        const last = outStart[u + 1] as number;
        for (let e = outStart[u] as number; e < last; e++) {
          const w = outTarget[e] as number;
          if (seenF[w] === stamp) continue;
          seenF[w] = stamp;
          viaF[w] = e;
          queueF[tailF++] = w;
          if (seenB[w] === stamp) return w;
        }
      }
    } else {
      const end = tailB;
      for (; headB < end; headB++) {
        const v = queueB[headB] as number;
        const last = inStart[v + 1] as number;
        for (let i = inStart[v] as number; i < last; i++) {
          const u = inSource[i] as number;
          if (seenB[u] === stamp) continue;
          seenB[u] = stamp;
          viaB[u] = inEdge[i] as number;
          queueB[tailB++] = u;
          if (seenF[u] === stamp) return u;
        }
      }
    }
  }
  return -1;
}

interface DijkstraQuery {
  readonly sources: readonly number[];
  readonly virtual: boolean;
  readonly target: number;
  readonly weights: Float64Array;
  readonly heapF: Queue;
  readonly heapB: Queue;
}

/**
 * graphology's (networkx's) bidirectional Dijkstra on the CSR: the two directions take turns, one
 * heap entry each; equal keys pop in push order; a step improves a node only when strictly
 * lighter, and the best meeting so far is replaced only by a strictly lighter one; the search
 * ends when a node is settled from both ends. Blocked steps are skipped where graphology gave them
 * an infinite weight (which it never settles while a finite path exists). With `virtual`, a
 * virtual start (index n) has free steps to every source, as graphology searched from one.
 * Returns the meeting node, or -1.
 */
function bidirectionalDijkstra(csr: ProgressCsr, s: Scratch, stamp: number, query: DijkstraQuery): number {
  const { outStart, outTarget, inStart, inSource, inEdge } = csr;
  const { seenF, seenB, doneF, doneB, blocked, source, blockedEdge, distF, distB, viaF, viaB } = s;
  const { sources, virtual, target, weights, heapF, heapB } = query;
  const start = virtual ? csr.ids.length : (sources[0] as number);
  heapF.clear();
  heapB.clear();
  let seq = 0;
  let best = Infinity;
  let meet = -1;
  const reachF = (u: number, cost: number, via: number) => {
    if (doneF[u] === stamp || (seenF[u] === stamp && cost >= (distF[u] as number))) return;
    seenF[u] = stamp;
    distF[u] = cost;
    viaF[u] = via;
    heapF.push(cost, u, seq++);
    if (seenB[u] === stamp && (meet < 0 || best > cost + (distB[u] as number))) {
      best = cost + (distB[u] as number);
      meet = u;
    }
  };
  const reachB = (u: number, cost: number, via: number) => {
    if (doneB[u] === stamp || (seenB[u] === stamp && cost >= (distB[u] as number))) return;
    seenB[u] = stamp;
    distB[u] = cost;
    viaB[u] = via;
    heapB.push(cost, u, seq++);
    if (seenF[u] === stamp && (meet < 0 || best > (distF[u] as number) + cost)) {
      best = (distF[u] as number) + cost;
      meet = u;
    }
  };
  seenF[start] = stamp;
  distF[start] = 0;
  viaF[start] = -1;
  heapF.push(0, start, seq++);
  seenB[target] = stamp;
  distB[target] = 0;
  viaB[target] = -1;
  heapB.push(0, target, seq++);
  let forward = false;
  while (heapF.size > 0 && heapB.size > 0) {
    forward = !forward;
    if (forward) {
      const v = heapF.pop();
      const d = heapF.lastKey;
      if (doneF[v] === stamp) continue;
      doneF[v] = stamp;
      if (doneB[v] === stamp) return meet;
      if (virtual && v === start) {
        for (const u of sources) reachF(u, d, VIRTUAL);
        continue;
      }
      const last = outStart[v + 1] as number;
      for (let e = outStart[v] as number; e < last; e++) {
        const w = outTarget[e] as number;
        if (blocked[w] !== stamp && blockedEdge[e] !== stamp) reachF(w, d + (weights[e] as number), e);
      }
    } else {
      const v = heapB.pop();
      const d = heapB.lastKey;
      if (doneB[v] === stamp) continue;
      doneB[v] = stamp;
      if (doneF[v] === stamp) return meet;
      // Steps into a blocked node weighed Infinity; the virtual step to a source weighed 0 even then.
      if (blocked[v] !== stamp) {
        const last = inStart[v + 1] as number;
        for (let i = inStart[v] as number; i < last; i++) {
          const e = inEdge[i] as number;
          if (blockedEdge[e] !== stamp) reachB(inSource[i] as number, d + (weights[e] as number), e);
        }
      }
      if (virtual && source[v] === stamp) reachB(start, d, VIRTUAL - v);
    }
  }
  return -1;
}
