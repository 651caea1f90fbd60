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

/** One piece of an edge's path: its own path data and how far along the whole edge it starts. */
export interface EdgePathPiece {
  readonly d: string;
  /** Length of the edge before this piece, in layout px: the piece's stroke-dashoffset. */
  readonly start: number;
}

/** Length of a quadratic Bézier, summed over 16 chords (an 8 px corner: about 0.005 px short, far below any dash). */
function quadLength(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number): number {
  let length = 0;
  let px = x0;
  let py = y0;
  for (let k = 1; k <= 16; k += 1) {
    const t = k / 16;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const y = u * u * y0 + 2 * u * t * cy + t * t * y1;
    length += Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  return length;
}

/**
 * The path of `edgePathData`, cut into its straight runs, each with the corner that ends it and
 * the distance along the edge where it starts. Drawn with `stroke-dashoffset: start`, the pieces show the
 * same dashes as the whole path, but a rasterizer dashes each straight piece only where it
 * crosses the tile being drawn: a dashed edge across the map drawn as one path was dashed over
 * its full length for every tile its bounding box touched (most of the canvas's raster time
 * while zooming, in a Chromium trace of the default map).
 * @example edgePathPieces([{x:0,y:0},{x:50,y:0},{x:50,y:40}])
 * // [{ d: 'M0 0L42 0Q50 0 50 8', start: 0 }, { d: 'M50 8L50 40', start: ≈55 }]
 */
export function edgePathPieces(points: readonly Point[], radius = 8): EdgePathPiece[] {
  const data = edgePathData(points, radius);
  const pieces: EdgePathPiece[] = [];
  const tokens = data.match(/[MLQ]|-?\d+(?:\.\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let along = 0;
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M') {
      x = num();
      y = num();
    } else if (command === 'L') {
      const nx = num();
      const ny = num();
      pieces.push({ d: `M${String(x)} ${String(y)}L${String(nx)} ${String(ny)}`, start: along });
      along += Math.hypot(nx - x, ny - y);
      x = nx;
      y = ny;
    } else if (command === 'Q') {
      const cx = num();
      const cy = num();
      const nx = num();
      const ny = num();
      const corner = `Q${String(cx)} ${String(cy)} ${String(nx)} ${String(ny)}`;
      const run = pieces.at(-1);
      // A corner ends the run before it: its box grows by at most the radius, and the map has
      // half as many pieces to build and style (1,503 → about 800 on the default map).
      if (run === undefined) pieces.push({ d: `M${String(x)} ${String(y)}${corner}`, start: along });
      else pieces[pieces.length - 1] = { d: run.d + corner, start: run.start };
      along += quadLength(x, y, cx, cy, nx, ny);
      x = nx;
      y = ny;
    }
  }
  return pieces;
}
