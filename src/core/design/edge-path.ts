import type { Point } from '../layout/layout-types';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data through an edge's layout points: straight runs joined by rounded corners, so
 * edges follow dagre's bend points without kinks. Used by the screen and by the export alike.
 * @example edgePathData([{x:0,y:0},{x:50,y:0},{x:50,y:40}]) // "M0 0L42 0Q50 0 50 8L50 40"
 */
export function edgePathData(points: readonly Point[], radius = 8): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 0; i < rest.length; i += 1) {
    const corner = rest[i] as Point;
    const after = rest[i + 1];
    if (after === undefined) {
      d += `L${round(corner.x)} ${round(corner.y)}`;
      break;
    }
    const before = i === 0 ? first : (rest[i - 1] as Point);
    const inLen = Math.hypot(corner.x - before.x, corner.y - before.y);
    const outLen = Math.hypot(after.x - corner.x, after.y - corner.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += `L${round(corner.x)} ${round(corner.y)}`;
      continue;
    }
    const a = { x: corner.x - ((corner.x - before.x) / inLen) * r, y: corner.y - ((corner.y - before.y) / inLen) * r };
    const b = { x: corner.x + ((after.x - corner.x) / outLen) * r, y: corner.y + ((after.y - corner.y) / outLen) * r };
    d += `L${round(a.x)} ${round(a.y)}Q${round(corner.x)} ${round(corner.y)} ${round(b.x)} ${round(b.y)}`;
  }
  return d;
}
