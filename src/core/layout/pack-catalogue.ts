import { textWidth } from '../render/text-fit';
import { LANE } from './lanes';
import { SPACING } from './layout-constants';
import type { LayoutDirection, LayoutRegion } from './layout-types';
import type { LayoutPlan } from './plan-layout';

/**
 * Catalogues: maps in which most nodes have no links (say 137 certifications in 16 domains with
 * 16 prerequisites). A layered layout puts every unlinked node in the first rank: one tall column.
 * Certification posters place each node by its properties instead, so this packs each track
 * (domain) into a labelled block, its nodes in rows by level (fundamentals first) and by rank
 * within a level (a prerequisite comes before what it opens), and shelf-packs the blocks in track
 * order into the shape of the screen.
 */
export const CATALOGUE = {
  /** A map is a catalogue when at least this share of its laid-out units has no link. */
  unlinkedShare: 0.5,
  /** Gap between blocks, in layout px. */
  blockGap: 48,
  /** Screen shapes (width / height) packed for: a laptop for LR, a phone held upright for TB. */
  aspect: { LR: 1440 / 820, TB: 390 / 700 },
  /** Screen width (CSS px) of those screens: it sets the zoom a block's name is sized for. */
  screenWidth: { LR: 1440, TB: 390 },
  /** Block names: 13 px bold on screen, with leading and inset. */
  nameSize: 13,
  nameRoom: 3,
  nameInset: 16,
  /** The smallest zoom names are given room for. */
  nameZoom: 0.2,
} as const;

/** Order of levels in a block, fundamentals first; roles and requirements after every level. */
const LEVEL_ROW: Record<string, number> = { fundamentals: 0, associate: 1, specialty: 2, professional: 2, expert: 3 };
const NO_LEVEL = 4;

/**
 * True when the plan is a catalogue to pack (see `CATALOGUE`): nodes name tracks and at least half
 * of the units dagre would lay out have no edge to another unit.
 * @example isCatalogue(planLayout(catalogueMap, true)) // true
 */
export function isCatalogue(plan: LayoutPlan): boolean {
  if (plan.lanes.length === 0 || plan.own.length < 8) return false;
  const linked = new Uint8Array(plan.nodes.length);
  for (const e of plan.edges) {
    const a = plan.unit(e.from);
    const b = plan.unit(e.to);
    if (a === b) continue;
    linked[a] = 1;
    linked[b] = 1;
  }
  const unlinked = plan.own.filter((u) => linked[u] === 0).length;
  return unlinked >= CATALOGUE.unlinkedShare * plan.own.length;
}

interface Block {
  readonly lane: number;
  /** Rows of units, each row left to right. */
  readonly rows: number[][];
  readonly cell: { readonly width: number; readonly height: number };
  readonly rowHeights: number[];
  readonly width: number;
  readonly height: number;
}

/**
 * Top-left positions of every unit of a catalogue and one region per track holding its block:
 * blocks (a header strip for the name, then rows by level) packed in shelves, in track order, the
 * number of columns per block and blocks per shelf chosen to fill a screen of `CATALOGUE.aspect`
 * at the largest zoom, every block at least as wide as its name at that zoom.
 * @example packCatalogue(plan, 'LR').regions.length // one per track that holds a node
 */
export function packCatalogue(plan: LayoutPlan, direction: LayoutDirection): { at: Map<number, { x: number; y: number }>; regions: LayoutRegion[] } {
  const gap = SPACING[direction].nodesep;
  const byLane = plan.lanes.map(() => [] as number[]);
  for (const u of plan.own) byLane[plan.laneOf(u)]?.push(u);
  const rowOf = (u: number): number => {
    const level = plan.nodes[u]?.level;
    return level === undefined ? NO_LEVEL : (LEVEL_ROW[level] ?? NO_LEVEL);
  };
  for (const list of byLane) list.sort((a, b) => rowOf(a) - rowOf(b) || plan.rankOf(a) - plan.rankOf(b) || a - b);
  const lanes = byLane.map((list, lane) => ({ list, lane })).filter((l) => l.list.length > 0);
  const most = Math.max(...lanes.map((l) => l.list.length));

  let best: { blocks: Block[]; perShelf: number; header: number; score: number } | null = null;
  for (let cols = 1; cols <= Math.min(most, 12); cols++) {
    // The zoom a screen of this shape would fit, then blocks widened for their names at that zoom.
    let header: number = LANE.header;
    let blocks = lanes.map((l) => block(plan, direction, l.lane, l.list, cols, gap, rowOf, header, 0));
    for (let perShelf = 1; perShelf <= blocks.length; perShelf++) {
      let zoom = fitZoom(shelves(blocks, perShelf), direction);
      for (let pass = 0; pass < 2; pass++) {
        // Sized for the zoom the packing fits, but not for less than `nameZoom`: below it, room
        // for the names would shrink the zoom further (and the names would not end up bigger).
        const z = Math.max(zoom, CATALOGUE.nameZoom);
        header = Math.max(LANE.header, Math.ceil((CATALOGUE.nameSize + CATALOGUE.nameRoom + 4) / z));
        const minWidth = (lane: number) => (textWidth(plan.lanes[lane]?.label ?? '', CATALOGUE.nameSize, 700) + 2 * CATALOGUE.nameInset) / z;
        blocks = lanes.map((l) => block(plan, direction, l.lane, l.list, cols, gap, rowOf, header, minWidth(l.lane)));
        zoom = fitZoom(shelves(blocks, perShelf), direction);
      }
      if (best === null || zoom > best.score) best = { blocks, perShelf, header, score: zoom };
    }
  }
  const chosen = best as { blocks: Block[]; perShelf: number; header: number };
  const at = new Map<number, { x: number; y: number }>();
  const regions: LayoutRegion[] = [];
  for (const { block: b, x, y, shelfHeight } of shelves(chosen.blocks, chosen.perShelf).placed) {
    const lane = plan.lanes[b.lane] as { id: string; label: string };
    // The name's strip runs along the top in LR and down the left side in TB (see lane-layer.tsx).
    const [ox, oy] = direction === 'LR' ? [LANE.pad, chosen.header + LANE.pad] : [chosen.header + LANE.pad, LANE.pad];
    let rowY = y + oy;
    b.rows.forEach((row, r) => {
      row.forEach((u, c) => {
        const size = plan.outerSize(u);
        at.set(u, { x: x + ox + c * (b.cell.width + gap) + (b.cell.width - size.width) / 2, y: rowY });
      });
      rowY += (b.rowHeights[r] as number) + gap;
    });
    regions.push({ id: lane.id, label: lane.label, x, y, width: b.width, height: shelfHeight, header: chosen.header });
  }
  return { at, regions };
}

function block(
  plan: LayoutPlan,
  direction: LayoutDirection,
  lane: number,
  list: readonly number[],
  cols: number,
  gap: number,
  rowOf: (u: number) => number,
  header: number,
  minWidth: number,
): Block {
  let cellWidth = 0;
  for (const u of list) cellWidth = Math.max(cellWidth, plan.outerSize(u).width);
  const rows: number[][] = [];
  let current: number[] = [];
  let level = -1;
  for (const u of list) {
    // A new row at each level, as on the posters, and when a row is full.
    if (current.length === cols || (current.length > 0 && rowOf(u) !== level)) {
      rows.push(current);
      current = [];
    }
    current.push(u);
    level = rowOf(u);
  }
  if (current.length > 0) rows.push(current);
  const rowHeights = rows.map((row) => Math.max(...row.map((u) => plan.outerSize(u).height)));
  const used = Math.max(...rows.map((row) => row.length));
  const content = { width: used * cellWidth + (used - 1) * gap, height: rowHeights.reduce((s, h) => s + h, 0) + (rows.length - 1) * gap };
  const cell = { width: cellWidth, height: Math.max(...rowHeights) };
  // The name runs along the header strip: across the top in LR, down the left side in TB.
  return direction === 'LR'
    ? { lane, rows, cell, rowHeights, width: Math.max(minWidth, content.width + 2 * LANE.pad), height: header + content.height + 2 * LANE.pad }
    : { lane, rows, cell, rowHeights, width: header + content.width + 2 * LANE.pad, height: Math.max(minWidth, content.height + 2 * LANE.pad) };
}

/** Blocks in shelves of `perShelf`, left to right, shelves top to bottom; each shelf as tall as its tallest block. */
function shelves(blocks: readonly Block[], perShelf: number): { width: number; height: number; placed: { block: Block; x: number; y: number; shelfHeight: number }[] } {
  const placed: { block: Block; x: number; y: number; shelfHeight: number }[] = [];
  let y = 0;
  let width = 0;
  for (let i = 0; i < blocks.length; i += perShelf) {
    const shelf = blocks.slice(i, i + perShelf);
    const shelfHeight = Math.max(...shelf.map((b) => b.height));
    let x = 0;
    for (const b of shelf) {
      placed.push({ block: b, x, y, shelfHeight });
      x += b.width + CATALOGUE.blockGap;
    }
    width = Math.max(width, x - CATALOGUE.blockGap);
    y += shelfHeight + CATALOGUE.blockGap;
  }
  return { width, height: y - CATALOGUE.blockGap, placed };
}

/** The zoom at which content of this size fills the screen shape packed for. */
function fitZoom(size: { width: number; height: number }, direction: LayoutDirection): number {
  const screen = CATALOGUE.screenWidth[direction];
  return Math.min(screen / size.width, screen / CATALOGUE.aspect[direction] / size.height);
}
