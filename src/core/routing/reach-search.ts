import { MinHeap } from './min-heap';
import type { ProgressCsr } from './progress-csr';
import type { RouteMetric } from './route-types';

/**
 * Everything one start set reaches on the progress graph, as typed arrays indexed like `csr.ids`.
 * `order[0 … count - 1]` lists the reached nodes lightest first; a node's path back to a start
 * follows `via` (the progress edge it was reached by; -1 for a start) through `csr.edgeFrom`.
 */
export interface ReachSearch {
  readonly csr: ProgressCsr;
  readonly metric: RouteMetric;
  /** Search weight of the lightest path from any start (unknown values assumed, see `progressGraph`); Infinity when unreached. */
  readonly weight: Float64Array;
  readonly via: Int32Array;
  readonly order: Int32Array;
  readonly count: number;
}

/**
 * The lightest path from a set of starts to every node they reach: one multi-source Dijkstra
 * over the progress graph's typed arrays (`progressCsr`), with the same weights routes search on,
 * never entering another start (as `findRoute` never enters a held node). Ties between equally
 * light paths go to the one pushed first.
 *
 * Requirements are not looked at here: a horizon completes each path into a plan afterwards
 * (`horizon`), as `findRoute` completes the path its search found.
 *
 * @example
 * const csr = progressCsr(progressGraph(model));
 * const found = reachSearch(csr, [csr.index.get('ms-102')!], 'months');
 * found.weight[csr.index.get('az-104')!] // 3.000001: three months, one step
 */
export function reachSearch(csr: ProgressCsr, starts: readonly number[], metric: RouteMetric): ReachSearch {
  const n = csr.ids.length;
  const weights = csr.weight[metric];
  const { outStart, outTarget } = csr;
  const weight = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  let count = 0;
  const heap = new MinHeap(Math.min(n, 1024));
  for (const s of starts) {
    if (s < 0 || s >= n) throw new Error(`core/routing.reachSearch: start index ${String(s)} is not a node`);
    if (weight[s] === 0) continue;
    weight[s] = 0;
    heap.push(0, s);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v] === 1) continue;
    done[v] = 1;
    order[count++] = v;
    const d = heap.lastKey;
    const last = outStart[v + 1] as number;
    for (let e = outStart[v] as number; e < last; e++) {
      const w = outTarget[e] as number;
      if (done[w] === 1) continue;
      const next = d + (weights[e] as number);
      // Strictly lighter only: the first path found keeps a tie. Starts sit at 0 and are never improved.
      if (next < (weight[w] as number)) {
        weight[w] = next;
        via[w] = e;
        heap.push(next, w);
      }
    }
  }
  return { csr, metric, weight, via, order, count };
}

/**
 * The node indexes of the path the search found to `v`, start first; empty when `v` was not reached.
 * @example reachPath(found, csr.index.get('az-305')!).map((i) => csr.ids[i]) // ['ms-102', 'az-104', 'az-305']
 */
export function reachPath(found: ReachSearch, v: number): number[] {
  if (found.weight[v] === Infinity) return [];
  const path = [v];
  for (let at = v; (found.via[at] as number) >= 0; ) {
    at = found.csr.edgeFrom[found.via[at] as number] as number;
    path.push(at);
  }
  return path.reverse();
}
