import type { Layout } from '../../core/index';
import { boundsOf, type Rect } from './huge-window';

/**
 * The rectangle a route needs on screen: its steps' boxes and the bends of the edges between
 * consecutive steps. An edge between lanes can bend past both of its ends; fitted to the boxes
 * alone, a route's last leg ran off the bottom of the screen.
 */
export function routeBounds(layout: Layout, ids: readonly string[]): Rect | null {
  const boxes = boundsOf(layout, ids);
  if (boxes === null) return null;
  const legs = new Set<string>();
  for (let i = 1; i < ids.length; i++) {
    legs.add(`${ids[i - 1] as string}\u0000${ids[i] as string}`);
    legs.add(`${ids[i] as string}\u0000${ids[i - 1] as string}`);
  }
  let x0 = boxes.x;
  let y0 = boxes.y;
  let x1 = boxes.x + boxes.width;
  let y1 = boxes.y + boxes.height;
  for (const edge of layout.edges) {
    if (!legs.has(`${edge.source}\u0000${edge.target}`)) continue;
    for (const p of edge.points) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
