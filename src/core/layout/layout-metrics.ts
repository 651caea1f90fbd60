import type { EdgePath, Layout, Point } from './layout-types';

/** How readable a layout's edges are: what the bench reports and the tests bound. */
export interface EdgeMetrics {
  /** Edges counted. */
  readonly edges: number;
  /** Points where two edges without a shared end cross (polyline segments that properly intersect). */
  readonly crossings: number;
  /** Sum of the polylines' lengths, in layout px. */
  readonly length: number;
}

/**
 * Crossings and total length of a layout's edge polylines. Two edges that share an end node meet
 * at it by design, so they are not counted; every other pair of segments that cross in their
 * interiors counts once. The polylines are what the canvas smooths, so they are a close proxy
 * for what is drawn. O(segments²): fine for maps of a few hundred edges (the bench and tests).
 * @example edgeMetrics(layout, (e) => e.kind !== 'teaches') // { edges: 221, crossings: 412, length: 118000 }
 */
export function edgeMetrics(layout: Pick<Layout, 'edges'>, include: (edge: EdgePath) => boolean = () => true): EdgeMetrics {
  const edges = layout.edges.filter(include);
  let length = 0;
  for (const e of edges) for (let i = 1; i < e.points.length; i++) length += distance(e.points[i - 1] as Point, e.points[i] as Point);
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i] as EdgePath;
    for (let j = i + 1; j < edges.length; j++) {
      const b = edges[j] as EdgePath;
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) continue;
      crossings += polylineCrossings(a.points, b.points);
    }
  }
  return { edges: edges.length, crossings, length: Math.round(length) };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function polylineCrossings(a: readonly Point[], b: readonly Point[]): number {
  let count = 0;
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      if (segmentsCross(a[i - 1] as Point, a[i] as Point, b[j - 1] as Point, b[j] as Point)) count++;
    }
  }
  return count;
}

/**
 * True when segments pq and rs cross at a point inside both (touching ends or running along
 * each other does not count: shared corridors are not crossings a reader has to untangle).
 */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = orient(r, s, p);
  const d2 = orient(r, s, q);
  const d3 = orient(p, q, r);
  const d4 = orient(p, q, s);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function orient(a: Point, b: Point, c: Point): number {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
}
