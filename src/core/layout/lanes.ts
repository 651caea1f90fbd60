import type { LayoutDirection, LayoutRegion } from './layout-types';

/**
 * Career-path lanes, as on a transit map or a certification poster: each track is a band (a row
 * in LR, a column in TB) holding the nodes whose first track it is, named in a header strip. The
 * ordering keeps each rank sorted by lane (see `orderUnits`); this file assigns lanes and then
 * places every rank's boxes inside their lane's band.
 */

/** What lanes read of a node: its id, kind, tracks, and for track nodes their names and order. */
export interface LaneNodeInput {
  readonly id: string;
  readonly kind: string;
  readonly tracks?: readonly string[] | undefined;
  readonly label?: string | undefined;
  readonly shortLabel?: string | undefined;
  readonly order?: number | undefined;
}

export interface Lane {
  readonly id: string;
  readonly label: string;
}

/** Lane geometry, in layout px. */
export const LANE = {
  /** The strip at the lane's start edge that holds its name (drawn screen-constant over it). */
  header: 64,
  /** Space between the header and the boxes, and after the boxes. */
  pad: 8,
  /** The id of the lane of nodes on no known track (only when some nodes have tracks). */
  other: 'other',
} as const;

/**
 * Assigns each laid-out node a lane: its first track that is a track node of the map. Lanes are
 * the tracks that hold at least one node, in track `order` (then input order), and "Other paths"
 * last for nodes on no track. No lanes at all when no node names a track.
 * @example planLanes(tracks, nodes).laneOf // Int32Array [0, 0, 2, 1, …] (-1 everywhere when there are no lanes)
 */
export function planLanes(tracks: readonly LaneNodeInput[], nodes: readonly LaneNodeInput[]): { lanes: Lane[]; laneOf: Int32Array } {
  const known = new Map(tracks.map((t, i) => [t.id, i]));
  const first = nodes.map((n) => (n.tracks ?? []).find((t) => known.has(t)));
  const laneOf = new Int32Array(nodes.length).fill(-1);
  if (first.every((t) => t === undefined)) return { lanes: [], laneOf };
  const used = new Set(first.filter((t): t is string => t !== undefined));
  const ordered = tracks
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => used.has(t.id))
    .sort((a, b) => (a.t.order ?? Infinity) - (b.t.order ?? Infinity) || a.i - b.i)
    .map(({ t }) => t);
  const lanes: Lane[] = ordered.map((t) => ({ id: t.id, label: t.shortLabel ?? t.label ?? t.id }));
  const index = new Map(lanes.map((l, i) => [l.id, i]));
  let other = -1;
  first.forEach((t, v) => {
    if (t !== undefined) laneOf[v] = index.get(t) as number;
    else {
      if (other < 0) {
        other = lanes.length;
        lanes.push({ id: LANE.other, label: 'Other paths' });
      }
      laneOf[v] = other;
    }
  });
  return { lanes, laneOf };
}

/** What `placeInLanes` needs of the units dagre laid out. */
export interface LaneUnits {
  readonly direction: LayoutDirection;
  /** Units of each rank, in the order chosen (sorted by lane). */
  readonly layers: readonly (readonly number[])[];
  readonly laneOf: (unit: number) => number;
  readonly laneCount: number;
  /** The unit's outer size (a whole skill group for an anchor). */
  readonly size: (unit: number) => { readonly width: number; readonly height: number };
  /** Space between stacked boxes within a rank. */
  readonly gap: number;
}

/**
 * Positions across the ranks (y in LR, x in TB) for every unit: each lane is a band as deep as
 * its fullest rank, and each rank's boxes of that lane are stacked in order and centred in the
 * band, so a lane with one box per rank reads as a straight line. Returns the top-left position
 * across of each unit and each lane's start and depth (header included).
 */
export function placeInLanes(units: LaneUnits): { across: Map<number, number>; bands: { start: number; depth: number }[] } {
  const { direction, layers, laneOf, laneCount, size, gap } = units;
  const depthOf = (u: number) => (direction === 'LR' ? size(u).height : size(u).width);
  const stacks = layers.map((layer) => {
    const byLane = new Map<number, number[]>();
    for (const u of layer) {
      const list = byLane.get(laneOf(u)) ?? [];
      list.push(u);
      byLane.set(laneOf(u), list);
    }
    return byLane;
  });
  const stackDepth = (list: readonly number[]) => list.reduce((sum, u) => sum + depthOf(u), 0) + gap * Math.max(0, list.length - 1);
  const fullest = new Float64Array(laneCount);
  for (const byLane of stacks) for (const [lane, list] of byLane) fullest[lane] = Math.max(fullest[lane] as number, stackDepth(list));
  const bands: { start: number; depth: number }[] = [];
  let at = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    const depth = LANE.header + LANE.pad + (fullest[lane] as number) + LANE.pad;
    bands.push({ start: at, depth });
    at += depth;
  }
  const across = new Map<number, number>();
  for (const byLane of stacks) {
    for (const [lane, list] of byLane) {
      const band = bands[lane] as { start: number; depth: number };
      let y = band.start + LANE.header + LANE.pad + ((fullest[lane] as number) - stackDepth(list)) / 2;
      for (const u of list) {
        across.set(u, y);
        y += depthOf(u) + gap;
      }
    }
  }
  return { across, bands };
}

/**
 * The lanes as regions spanning the content along the ranks (`from`–`to`: x in LR, y in TB).
 * @example laneRegions('LR', lanes, bands, 0, 3000)[0] // { id: 'track-m365-admin', label: 'M365 administration', x: 0, y: 0, width: 3000, height: 412, header: 84 }
 */
export function laneRegions(direction: LayoutDirection, lanes: readonly Lane[], bands: readonly { start: number; depth: number }[], from: number, to: number): LayoutRegion[] {
  return lanes.map((lane, i) => {
    const band = bands[i] as { start: number; depth: number };
    return direction === 'LR'
      ? { id: lane.id, label: lane.label, x: from, y: band.start, width: to - from, height: band.depth, header: LANE.header }
      : { id: lane.id, label: lane.label, x: band.start, y: from, width: band.depth, height: to - from, header: LANE.header };
  });
}
