import { BRACKET, GROUP, STUB } from './layout-constants';
import type { LayoutDirection, Point } from './layout-types';
import type { Crossing } from './order-for-dagre';

/**
 * Routes for the edges dagre does not route end to end: the ends of dagre routes at grouped
 * boxes, edges within a rank, and edges within a skill group. Every route here runs through
 * space no box can occupy: along a box's own row to the edge of its rank, in the gaps between
 * ranks, or in a group's gutter and side lane. That keeps the no-overlap promise cheap to keep.
 */

/** A box by its top-left corner (what the layout returns). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface RouteContext {
  readonly direction: LayoutDirection;
  /** The node's own box. */
  readonly box: (node: number) => Box;
  /** The box of the group the node heads or belongs to, or null for a node on its own. */
  readonly group: (node: number) => Box | null;
  /** True for grouped skills (not for their anchor). */
  readonly isMember: (node: number) => boolean;
  readonly rankOf: (node: number) => number;
  /** Where a rank starts and ends along the rank axis (x in LR, y in TB). */
  readonly band: (rank: number) => Interval;
  /** The boxes of a rank along the other axis (y in LR, x in TB), sorted, disjoint. */
  readonly slots: (rank: number) => readonly Interval[];
  /**
   * With lanes: where a long edge with a lane key (see `Crossing.keys`) wants to run across the
   * ranks: inside its lane's box area for a whole lane number, on the boundary for `b + 0.5`.
   */
  readonly laneSpot?: (key: number) => Interval;
}

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Which side of its rank a route leaves a node from: toward earlier ranks or later ones. */
export type Side = 'before' | 'after';

/**
 * Points from the node's border to a free point `reach` px past its rank (in the gap between
 * ranks). In LR the run is horizontal along the node's own row, which no other box of the rank
 * can cross. In TB a box inside a group cannot go straight down (the next skill is there), so
 * it goes out to the group's side lane first.
 * @example exitPoints(ctx, 3, 'after') // [{ x: 232, y: 38 }, { x: 256, y: 38 }] for a lone box in the first LR column
 */
export function exitPoints(ctx: RouteContext, node: number, side: Side, reach = STUB): Point[] {
  const b = ctx.box(node);
  const band = ctx.band(ctx.rankOf(node));
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  if (ctx.direction === 'LR') {
    return side === 'after'
      ? [{ x: b.x + b.width, y: cy }, { x: band.end + reach, y: cy }]
      : [{ x: b.x, y: cy }, { x: band.start - reach, y: cy }];
  }
  const group = ctx.group(node);
  const free = side === 'after' ? band.end + reach : band.start - reach;
  // The anchor heads its group, so its top is open; everything else in a group uses the lane.
  if (group === null || (side === 'before' && !ctx.isMember(node))) {
    return [{ x: cx, y: side === 'after' ? b.y + b.height : b.y }, { x: cx, y: free }];
  }
  const lane = group.x + group.width + GROUP.lane;
  return [{ x: b.x + b.width, y: cy }, { x: lane, y: cy }, { x: lane, y: free }];
}

/**
 * The spine from an anchor down its gutter into one of its skills.
 * @example spinePoints(anchorBox, skillBox) // [{ x: 10, y: 76 }, { x: 10, y: 102 }, { x: 22, y: 102 }]
 */
export function spinePoints(anchor: Box, member: Box): Point[] {
  const x = anchor.x + GROUP.spine;
  const y = member.y + member.height / 2;
  return [{ x, y: anchor.y + anchor.height }, { x, y }, { x: member.x, y }];
}

/** Between two boxes of one group (not the spine): out to the group's side lane and back. */
export function lanePoints(group: Box, from: Box, to: Box): Point[] {
  const lane = group.x + group.width + GROUP.lane;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  return [{ x: from.x + from.width, y: y1 }, { x: lane, y: y1 }, { x: lane, y: y2 }, { x: to.x + to.width, y: y2 }];
}

/** Between two nodes of one rank: both leave toward the next rank and meet just past the rank's edge. */
export function sameRankPoints(ctx: RouteContext, from: number, to: number): Point[] {
  if (from === to) return selfLoopPoints(ctx.box(from), ctx.direction);
  return [...exitPoints(ctx, from, 'after', BRACKET), ...exitPoints(ctx, to, 'after', BRACKET).reverse()];
}

/** A small loop on the side of a box facing later ranks (only unvalidated data has self loops). */
function selfLoopPoints(b: Box, direction: LayoutDirection): Point[] {
  if (direction === 'LR') {
    const x = b.x + b.width;
    const y = b.y + b.height / 2;
    return [{ x, y: y - 8 }, { x: x + BRACKET, y: y - 8 }, { x: x + BRACKET, y: y + 8 }, { x, y: y + 8 }];
  }
  const x = b.x + b.width / 2;
  const y = b.y + b.height;
  return [{ x: x - 8, y }, { x: x - 8, y: y + BRACKET }, { x: x + 8, y: y + BRACKET }, { x: x + 8, y }];
}

/**
 * A dagre route (from the earlier rank to the later one) with its ends moved from the group's box
 * to the grouped node's own border, through its exit stub. Ends at nodes on their own keep
 * dagre's points.
 */
export function rerouteEnds(ctx: RouteContext, points: readonly Point[], early: number, late: number): Point[] {
  const inner = points.slice(1, -1);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) throw new Error('core/layout.rerouteEnds: dagre returned an edge without points');
  const head = ctx.group(early) === null ? [first] : exitPoints(ctx, early, 'after');
  const tail = ctx.group(late) === null ? [last] : exitPoints(ctx, late, 'before').reverse();
  return [...head, ...inner, ...tail];
}

/** Threaded edges keep this far from a box, and this far apart outside the outermost boxes. */
const CLEARANCE = 6;
const LANE_STEP = 8;

/**
 * The route of an edge spanning two or more ranks: out of the early node toward later ranks,
 * across each rank in between through the gap the ordering reserved for it (see
 * `orderUnits`), and into the late node. It never crosses a box: runs across a rank stay
 * inside a gap between its boxes, and the legs between ranks stay in the space between ranks.
 */
export function threadPoints(ctx: RouteContext, early: number, late: number, crossings: readonly Crossing[]): Point[] {
  const head = exitPoints(ctx, early, 'after');
  const tail = exitPoints(ctx, late, 'before').reverse();
  const point = (along: number, across: number): Point => (ctx.direction === 'LR' ? { x: along, y: across } : { x: across, y: along });
  // Runs across a rank reach as far as the exit stubs of its boxes, so every leg between two
  // ranks spans the same stretch and two legs cross only where their order swaps.
  const middle = crossings.flatMap((crossing, i) => {
    const r = ctx.rankOf(early) + 1 + i;
    const band = ctx.band(r);
    const across = gapPosition(ctx.slots(r), crossing, ctx.laneSpot);
    return [point(band.start - STUB, across), point(band.end + STUB, across)];
  });
  return withoutStraightRuns([...head, ...middle, ...tail]);
}

/**
 * Drops points in the middle of a horizontal or vertical run: threaded edges often keep one
 * height across several ranks, and every point is memory and transfer time at 1,000 nodes.
 * @example withoutStraightRuns([{ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 20, y: 5 }]) // [{ x: 0, y: 5 }, { x: 20, y: 5 }]
 */
export function withoutStraightRuns(points: readonly Point[]): Point[] {
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (a === undefined || b === undefined) return true;
    return !((a.y === p.y && p.y === b.y) || (a.x === p.x && p.x === b.x));
  });
}

/**
 * Where in a rank a threaded edge crosses: inside the gap before box `gap` (after the last box
 * when `gap` is the number of boxes), spread evenly with the other edges crossing there. With
 * lanes (`crossing.keys` and `laneSpot`), each edge is drawn toward its lane's spot instead,
 * as near as the gap, the order and `LANE_STEP` between neighbours allow: a gap can span
 * several lanes that have no box in this rank, and spread evenly across it, edges of one lane
 * would wander off into others and back.
 * @example gapPosition([{ start: 0, end: 50 }, { start: 80, end: 130 }], { gap: 1, slot: 0, of: 2 }) // 60
 */
export function gapPosition(slots: readonly Interval[], crossing: Crossing, laneSpot?: (key: number) => Interval): number {
  const before = slots[crossing.gap - 1];
  const after = slots[crossing.gap];
  if (crossing.keys !== undefined && laneSpot !== undefined) return inLanes(before, after, crossing.keys, laneSpot)[crossing.slot] as number;
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as Interval).start - CLEARANCE - (crossing.of - 1 - crossing.slot) * LANE_STEP;
  if (after === undefined) return before.end + CLEARANCE + crossing.slot * LANE_STEP;
  return before.end + ((crossing.slot + 1) * (after.start - before.end)) / (crossing.of + 1);
}

/** Positions of all edges crossing one gap, by their keys (the array is shared by them: computed once). */
const gapCache = new WeakMap<readonly number[], Float64Array>();

function inLanes(before: Interval | undefined, after: Interval | undefined, keys: readonly number[], laneSpot: (key: number) => Interval): Float64Array {
  const cached = gapCache.get(keys);
  if (cached !== undefined) return cached;
  const of = keys.length;
  const lo = before === undefined ? -Infinity : before.end + CLEARANCE;
  const hi = after === undefined ? Infinity : after.start - CLEARANCE;
  const room = hi - lo;
  const step = Number.isFinite(room) ? Math.min(LANE_STEP, Math.max(0, room) / (of + 1)) : LANE_STEP;
  const even = (i: number) => (Number.isFinite(room) ? lo + ((i + 1) * room) / (of + 1) : Number.isFinite(lo) ? lo + i * step : hi - (of - 1 - i) * step);
  const clamp = (x: number, a: number, b: number) => Math.min(Math.max(x, a), b);
  const wanted = keys.map((key, i) => {
    const spot = laneSpot(key);
    return clamp(clamp(even(i), spot.start, spot.end), lo, hi);
  });
  // Edges that want one spot (a lane boundary) are centred on it.
  for (let i = 0; i < of; ) {
    let j = i;
    while (j + 1 < of && wanted[j + 1] === wanted[i]) j++;
    for (let k = i; k <= j; k++) wanted[k] = (wanted[k] as number) + (k - (i + j) / 2) * step;
    i = j + 1;
  }
  const at = new Float64Array(of);
  for (let i = 0; i < of; i++) at[i] = Math.max(wanted[i] as number, lo, i > 0 ? (at[i - 1] as number) + step : -Infinity);
  for (let i = of - 1; i >= 0; i--) at[i] = Math.min(at[i] as number, hi, i + 1 < of ? (at[i + 1] as number) - step : Infinity);
  // Squeezed below the gap (room for fewer than `of` steps): spread evenly as without lanes.
  if (of > 0 && (at[0] as number) < lo) for (let i = 0; i < of; i++) at[i] = even(i);
  gapCache.set(keys, at);
  return at;
}
