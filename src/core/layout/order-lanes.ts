/**
 * The order of career-path lanes. Every edge between two lanes runs across the lanes between
 * them and crosses the edges inside each of those (on the MS-102 map, in track order, the 109
 * edges between lanes took part in two thirds of all crossings). So lanes that share many edges
 * should sit side by side, and busy lanes should be crossed by few edges: the order with the
 * least `laneOrderCost`.
 */

/** Edges between lanes `a` and `b` (either way round), and what they cost for each lane they pass over. */
export interface LaneLink {
  readonly a: number;
  readonly b: number;
  /** Indexed by lane: the cost of passing over it (the ends' own entries are ignored). */
  readonly over: ArrayLike<number>;
}

/**
 * Up to this many lanes the order is exact: dynamic programming over the sets of lanes placed
 * first, 2^n · n · (links) steps (13 lanes and 78 links: about 8 million, some tens of ms).
 */
export const EXACT_LANES = 13;

/**
 * The cost of an order: for every link, the sum of its `over` costs of the lanes strictly
 * between its ends.
 * @example laneOrderCost([0, 2, 1], [{ a: 0, b: 1, over: [0, 0, 5] }]) // 5: the link passes over lane 2
 */
export function laneOrderCost(order: readonly number[], links: readonly LaneLink[]): number {
  const at = new Map(order.map((lane, i) => [lane, i]));
  let cost = 0;
  for (const link of links) {
    const i = at.get(link.a);
    const j = at.get(link.b);
    if (i === undefined || j === undefined) continue;
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++) cost += link.over[order[k] as number] as number;
  }
  return cost;
}

/**
 * Orders `count` lanes for the least `laneOrderCost`. Exact up to `EXACT_LANES` lanes (dynamic
 * programming over the set S of lanes placed so far: the lane placed next is passed over by every
 * link from S to a lane not yet placed); up to 40 lanes, moves of one lane to another place,
 * from the given order, while one helps; beyond that, the given order. Lanes listed in `last` stay at the end in that order (the
 * "Other paths" lane). Ties go to lower lane numbers first, so with no links the order is
 * 0, 1, 2, …; of an order and its mirror image (same cost), the one with lane 0 nearer the start
 * is returned.
 * @example orderLanes(3, [{ a: 0, b: 2, over: [0, 1, 0] }]) // [1, 0, 2]: lanes 0 and 2 side by side
 */
export function orderLanes(count: number, links: readonly LaneLink[], last: readonly number[] = []): number[] {
  const fixed = new Set(last);
  const free = Array.from({ length: count }, (_, i) => i).filter((i) => !fixed.has(i));
  const inFree = links.filter((l) => !fixed.has(l.a) && !fixed.has(l.b) && l.a !== l.b);
  const order = free.length <= EXACT_LANES ? exactOrder(free, inFree) : free.length <= MOVED_LANES ? movedOrder(free, inFree) : free;
  // A mirror image costs the same; the one with lane 0 (the map's first track) nearer the start reads as the data's order.
  const head = free.includes(0) ? order.indexOf(0) : 0;
  const result = head > order.length - 1 - head ? order.reverse() : order;
  return [...result, ...last];
}

function exactOrder(lanes: readonly number[], links: readonly LaneLink[]): number[] {
  const n = lanes.length;
  if (n <= 1) return lanes.slice();
  const local = new Map(lanes.map((lane, i) => [lane, i]));
  // Links by local lane pair, their `over` costs summed, indexed by local lane.
  const pairs = new Map<number, { a: number; b: number; over: Float64Array }>();
  for (const link of links) {
    const a = local.get(link.a) as number;
    const b = local.get(link.b) as number;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const pair = pairs.get(key) ?? { a, b, over: new Float64Array(n) };
    for (let k = 0; k < n; k++) if (k !== a && k !== b) pair.over[k] = (pair.over[k] as number) + (link.over[lanes[k] as number] as number);
    pairs.set(key, pair);
  }
  const list = [...pairs.values()];
  const full = (1 << n) - 1;
  const best = new Float64Array(1 << n).fill(Infinity);
  const choice = new Int8Array(1 << n).fill(-1);
  best[0] = 0;
  const passing = new Float64Array(n); // per lane: the cost of the links across the cut passing over it
  for (let set = 0; set < full; set++) {
    const base = best[set] as number;
    if (base === Infinity) continue;
    passing.fill(0);
    for (const { a, b, over } of list) {
      if (((set >> a) & 1) === ((set >> b) & 1)) continue;
      for (let k = 0; k < n; k++) passing[k] = (passing[k] as number) + (over[k] as number);
    }
    for (let v = 0; v < n; v++) {
      if (set & (1 << v)) continue;
      // Links from the set to lanes still to come pass over v (a link ending at v costs 0 there).
      const cost = base + (passing[v] as number);
      const next = set | (1 << v);
      // Strictly less: the lowest v wins ties, as sets are visited in increasing order.
      if (cost < (best[next] as number) - 1e-9) {
        best[next] = cost;
        choice[next] = v;
      }
    }
  }
  const order: number[] = [];
  for (let set = full; set !== 0; ) {
    const v = choice[set] as number;
    order.push(lanes[v] as number);
    set &= ~(1 << v);
  }
  return order.reverse();
}

/** Rounds of single-lane moves for more lanes than `EXACT_LANES`; above `MOVED_LANES`, lanes keep the data's order. */
const MOVE_ROUNDS = 4;
const MOVED_LANES = 40;

function movedOrder(lanes: readonly number[], links: readonly LaneLink[]): number[] {
  let order = lanes.slice();
  let cost = laneOrderCost(order, links);
  for (let round = 0; round < MOVE_ROUNDS; round++) {
    let improved = false;
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        if (i === j) continue;
        const moved = order.slice();
        moved.splice(j, 0, ...moved.splice(i, 1));
        const next = laneOrderCost(moved, links);
        if (next < cost - 1e-9) {
          cost = next;
          order = moved;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return order;
}


/**
 * Local search over lane orders against a real cost (the layout's crossings after ordering each
 * candidate): starting from `start`, moves one lane to another place whenever that lowers
 * `evaluate`. The moves (lane at i to place j) are tried in a fixed cycle, nearest first; after
 * a move that helps the cycle goes on from there, and the search ends when a whole cycle brings
 * nothing or `budget` evaluations are spent. Lanes in `fixed` keep their place. Returns the best
 * order found and its cost; deterministic.
 * @example improveLaneOrder([0, 1, 2], (o) => (o[0] === 2 ? 0 : 1), 20) // { order: [2, 0, 1], cost: 0, evaluations: … }
 */
export function improveLaneOrder(
  start: readonly number[],
  evaluate: (order: readonly number[]) => number,
  budget: number,
  fixed: readonly number[] = [],
): { order: number[]; cost: number; evaluations: number } {
  const n = start.length;
  let order = start.slice();
  let cost = evaluate(order);
  let evaluations = 1;
  const moves: [number, number][] = [];
  for (let d = 1; d < n; d++) {
    for (let i = 0; i < n; i++) {
      if (i + d < n) moves.push([i, i + d]);
      if (d > 1 && i - d >= 0) moves.push([i, i - d]);
    }
  }
  for (let k = 0, failures = 0; failures < moves.length && evaluations < budget; k = (k + 1) % moves.length) {
    const [i, j] = moves[k] as [number, number];
    if (fixed.includes(order[i] as number) || fixed.includes(order[j] as number)) {
      failures++;
      continue;
    }
    const moved = order.slice();
    moved.splice(j, 0, ...moved.splice(i, 1));
    const next = evaluate(moved);
    evaluations++;
    if (next < cost) {
      cost = next;
      order = moved;
      failures = 0;
    } else failures++;
  }
  return { order, cost, evaluations };
}
