/**
 * Where a long edge between two lanes crosses the lanes between them. Its virtual nodes (one per
 * rank it spans, see `orderUnits`) run along lane boundaries, so they cross nothing inside a
 * lane; somewhere on the way the edge must cross every lane between its ends once, and each lane
 * it crosses in a rank gap costs the edges inside that lane there. So each intermediate lane is
 * crossed in the gap where it is least busy, the boundaries visited in order (no zigzag back).
 */

/**
 * The lane key of each virtual node of an edge from lane `from` (at rank `r0`) to lane `to` (at
 * rank `r1 > r0 + 1`): one per rank strictly between, each a boundary `b + 0.5` (between lanes b
 * and b + 1), moving monotonically from `from` toward `to`. `busy(lane, gap)` is what crossing
 * `lane` between rank `gap` and `gap + 1` costs. Least total cost; on a tie a lane is crossed
 * as late as possible (the edge keeps to its source's lane, then turns toward its target).
 * When both ends are in one lane, every key is that lane.
 * @example chainLanes(0, 4, 0, 2, (lane, gap) => [5, 1, 3, 4][gap]) // [0.5, 1.5, 1.5]: lane 1 is crossed in gap 1
 */
export function chainLanes(r0: number, r1: number, from: number, to: number, busy: (lane: number, gap: number) => number): number[] {
  const steps = r1 - r0 - 1;
  if (steps <= 0) return [];
  if (from === to) return new Array<number>(steps).fill(from);
  const dir = to > from ? 1 : -1;
  // Boundary index k = 0 … m - 1: between lanes from + dir·k and from + dir·(k + 1); m = |to - from|.
  const m = Math.abs(to - from);
  const laneAt = (k: number) => from + dir * k; // lane k (0 = from, m = to)
  // Cost of crossing lanes k+1 … k' (exclusive of the ends' lanes) in one gap.
  const cross = (k: number, k2: number, gap: number) => {
    let cost = 0;
    for (let j = k + 1; j <= k2; j++) cost += busy(laneAt(j), gap);
    return cost;
  };
  // best[i][k]: least cost with the virtual node of rank r0 + 1 + i at boundary k.
  const best: Float64Array[] = [];
  const back: Int32Array[] = [];
  for (let i = 0; i < steps; i++) {
    const row = new Float64Array(m).fill(Infinity);
    const from_ = new Int32Array(m).fill(-1);
    const gap = r0 + i;
    for (let k = 0; k < m; k++) {
      if (i === 0) {
        row[k] = cross(0, k, gap);
        continue;
      }
      const prev = best[i - 1] as Float64Array;
      for (let p = 0; p <= k; p++) {
        const cost = (prev[p] as number) + cross(p, k, gap);
        if (cost < (row[k] as number) - 1e-9) {
          row[k] = cost;
          from_[k] = p;
        }
      }
    }
    best.push(row);
    back.push(from_);
  }
  // The last leg runs from boundary k into the target's lane: it crosses lanes k+1 … m-1.
  const last = best[steps - 1] as Float64Array;
  let end = 0;
  let endCost = Infinity;
  for (let k = 0; k < m; k++) {
    const cost = (last[k] as number) + cross(k, m - 1, r1 - 1);
    if (cost < endCost - 1e-9) {
      endCost = cost;
      end = k;
    }
  }
  const keys = new Array<number>(steps);
  for (let i = steps - 1, k = end; i >= 0; i--) {
    keys[i] = from + dir * (k + 0.5);
    k = (back[i] as Int32Array)[k] as number;
  }
  return keys;
}
