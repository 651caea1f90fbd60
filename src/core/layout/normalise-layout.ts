import { MARGIN } from './layout-constants';
import type { EdgePath, Layout, LayoutDirection, LayoutRegion, NodeBox } from './layout-types';

/** Rounds to 0.1 px: plenty for drawing, and it keeps generated JSON small and stable. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Moves everything so the content (boxes and edge points) starts at (MARGIN, MARGIN), sets
 * width/height to the content plus MARGIN on each side, and rounds every coordinate to 0.1 px.
 * @example normaliseLayout('LR', [{ id: 'a', x: -5, y: 10, width: 10, height: 10 }], [], 1).nodes[0] // { id: 'a', x: 24, y: 24, width: 10, height: 10 }
 */
export function normaliseLayout(direction: LayoutDirection, nodes: readonly NodeBox[], edges: readonly EdgePath[], rankCount: number, regions: readonly LayoutRegion[] = []): Layout {
  if (nodes.length === 0) return { direction, nodes: [], edges: [], width: 0, height: 0, rankCount: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const take = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const n of nodes) {
    take(n.x, n.y);
    take(n.x + n.width, n.y + n.height);
  }
  for (const e of edges) for (const p of e.points) take(p.x, p.y);
  for (const r of regions) {
    take(r.x, r.y);
    take(r.x + r.width, r.y + r.height);
  }
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  return {
    direction,
    nodes: nodes.map((n) => ({ ...n, x: round1(n.x + dx), y: round1(n.y + dy) })),
    edges: edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: round1(p.x + dx), y: round1(p.y + dy) })) })),
    width: round1(maxX - minX + 2 * MARGIN),
    height: round1(maxY - minY + 2 * MARGIN),
    rankCount,
    ...(regions.length > 0 ? { regions: regions.map((r) => ({ ...r, x: round1(r.x + dx), y: round1(r.y + dy), width: round1(r.width), height: round1(r.height) })) } : {}),
  };
}
