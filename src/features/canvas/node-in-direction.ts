/** Screen directions the arrow keys name. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** A drawn node's box in map coordinates (top-left corner and size, as the layout gives it). */
export interface PlacedBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A link of the map between two drawn nodes (its direction does not matter here). */
export interface Link {
  readonly source: string;
  readonly target: string;
}

const UNIT: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** Arrow key names to directions; anything else is not a move. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * How far `to` lies from `from` in `direction`, or null when it is not in that direction: its
 * centre must be ahead (more than half a pixel) and within the cone `spread` wide (the sideways
 * offset at most `spread` times the distance ahead). Sideways offset counts double, so the node
 * straight ahead beats a nearer one off to the side.
 */
function cost(from: PlacedBox, to: PlacedBox, direction: Direction, spread: number): number | null {
  const [ux, uy] = UNIT[direction];
  const dx = to.x + to.width / 2 - (from.x + from.width / 2);
  const dy = to.y + to.height / 2 - (from.y + from.height / 2);
  const ahead = dx * ux + dy * uy;
  const aside = Math.abs(dx * uy - dy * ux);
  if (ahead <= 0.5 || aside > ahead * spread) return null;
  return ahead + 2 * aside;
}

function cheapest(from: PlacedBox, candidates: Iterable<PlacedBox>, direction: Direction, spread: number): string | null {
  let best: { id: string; cost: number } | null = null;
  for (const box of candidates) {
    if (box.id === from.id) continue;
    const c = cost(from, box, direction, spread);
    // Ties go to the smaller id, so the answer never depends on the order boxes come in.
    if (c !== null && (best === null || c < best.cost || (c === best.cost && box.id < best.id))) best = { id: box.id, cost: c };
  }
  return best?.id ?? null;
}

/**
 * The node an arrow key moves keyboard focus to on the map: the nearest node *linked* to `fromId`
 * (either way along a link) that lies in `direction` on screen, within a wide cone (up to 3 times
 * as far aside as ahead); when no linked node lies that way, the nearest node of all in a
 * narrower cone (45°). Null when nothing lies that way, or `fromId` is not drawn.
 * Pure: boxes and links are the drawn layout's, so a left-to-right map's → goes to a successor.
 * @example
 * const boxes = [{ id: 'a', x: 0, y: 0, width: 10, height: 10 }, { id: 'b', x: 100, y: 40, width: 10, height: 10 }];
 * nodeInDirection('a', 'right', boxes, [{ source: 'a', target: 'b' }]); // 'b'
 */
export function nodeInDirection(fromId: string, direction: Direction, boxes: readonly PlacedBox[], links: readonly Link[]): string | null {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const from = byId.get(fromId);
  if (from === undefined) return null;
  const linked: PlacedBox[] = [];
  for (const link of links) {
    const other = link.source === fromId ? link.target : link.target === fromId ? link.source : null;
    const box = other === null ? undefined : byId.get(other);
    if (box !== undefined) linked.push(box);
  }
  return cheapest(from, linked, direction, 3) ?? cheapest(from, boxes, direction, 1);
}
