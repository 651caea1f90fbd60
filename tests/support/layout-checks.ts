import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGraphText, type Layout, type NodeBox, type PathwiseGraph, type Point } from '../../src/core/index';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shipped default map, loaded through the core loader (fails the test if it does not load). */
export function loadDefaultMap(): PathwiseGraph {
  const result = loadGraphText(readFileSync(`${REPO_ROOT}graph-data/ms-102.json`, 'utf8'));
  if (!result.ok) throw new Error(`graph-data/ms-102.json does not load: ${result.problems[0]?.message ?? ''}`);
  return result.graph;
}

/** True when the boxes come closer than `margin` px to each other (touching counts at margin > 0). */
export function boxesOverlap(a: NodeBox, b: NodeBox, margin: number): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** Every pair of boxes closer than `margin`, by id (all pairs: O(n²), fine for test sizes). */
export function overlappingPairs(layout: Layout, margin: number): string[] {
  const pairs: string[] = [];
  const boxes = layout.nodes;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as NodeBox;
      const b = boxes[j] as NodeBox;
      if (boxesOverlap(a, b, margin)) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}

/** Distance from a point to a box (0 on its border or inside). */
export function distanceToBox(p: Point, box: NodeBox): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** True when the segment passes through the inside of the box shrunk by `inset` on each side. */
export function segmentCrossesBox(a: Point, b: Point, box: NodeBox, inset: number): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.width - inset;
  const y1 = box.y + box.height - inset;
  if (x0 >= x1 || y0 >= y1) return false;
  // Liang–Barsky clipping of the segment against the rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

export function boxById(layout: Layout): Map<string, NodeBox> {
  return new Map(layout.nodes.map((n) => [n.id, n]));
}
