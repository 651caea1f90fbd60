import type { EdgePath, Layout, NodeBox } from '../../core/index';

/**
 * Huge maps (a layout with clusters) are drawn through a window: React Flow is given only the
 * nodes and edges inside a rectangle about twice the screen, recomputed when the view leaves it,
 * so its per-frame work stays that of a few hundred nodes. When the window holds more than
 * `MAX_WINDOW_NODES`, the clusters are drawn instead (far zoom shows groups).
 */
export const MAX_WINDOW_NODES = 700;
/** Edges drawn at most in one window (route edges always are). */
const MAX_WINDOW_EDGES = 3000;
const CELL = 2000;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HugeIndex {
  readonly layout: Layout;
  /** Node indices by grid cell of their top-left corner. */
  readonly cells: ReadonlyMap<number, readonly number[]>;
  readonly maxNode: { readonly width: number; readonly height: number };
}

const cellKey = (cx: number, cy: number) => cx * 100_003 + cy;

/** A grid over the layout's boxes, built once per layout. */
export function indexLayout(layout: Layout): HugeIndex {
  const cells = new Map<number, number[]>();
  let width = 0;
  let height = 0;
  layout.nodes.forEach((n, i) => {
    const key = cellKey(Math.floor(n.x / CELL), Math.floor(n.y / CELL));
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [i]);
    else list.push(i);
    width = Math.max(width, n.width);
    height = Math.max(height, n.height);
  });
  return { layout, cells, maxNode: { width, height } };
}

/** Boxes that overlap `rect`, stopping once more than `limit` are found. */
export function nodesIn(index: HugeIndex, rect: Rect, limit = Infinity): NodeBox[] {
  const out: NodeBox[] = [];
  const x0 = Math.floor((rect.x - index.maxNode.width) / CELL);
  const y0 = Math.floor((rect.y - index.maxNode.height) / CELL);
  const x1 = Math.floor((rect.x + rect.width) / CELL);
  const y1 = Math.floor((rect.y + rect.height) / CELL);
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      for (const i of index.cells.get(cellKey(cx, cy)) ?? []) {
        const n = index.layout.nodes[i] as NodeBox;
        if (n.x < rect.x + rect.width && n.x + n.width > rect.x && n.y < rect.y + rect.height && n.y + n.height > rect.y) {
          out.push(n);
          if (out.length > limit) return out;
        }
      }
    }
  }
  return out;
}

/** The rectangle grown by `share` of its size on every side. */
export function grow(rect: Rect, share: number): Rect {
  return { x: rect.x - rect.width * share, y: rect.y - rect.height * share, width: rect.width * (1 + 2 * share), height: rect.height * (1 + 2 * share) };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * What to draw for a window: `clusters` when it holds too many nodes, else a layout of its nodes
 * (plus `extra` ids, e.g. the selected node) and the edges between them.
 */
export function windowLayout(index: HugeIndex, rect: Rect, extra: ReadonlySet<string>): { readonly clusters: true } | { readonly clusters: false; readonly layout: Layout } {
  const inside = nodesIn(index, rect, MAX_WINDOW_NODES);
  if (inside.length > MAX_WINDOW_NODES) return { clusters: true };
  const ids = new Set(inside.map((n) => n.id));
  const nodes = [...inside];
  if (extra.size > 0) {
    for (const n of index.layout.nodes) {
      if (extra.has(n.id) && !ids.has(n.id)) {
        ids.add(n.id);
        nodes.push(n);
      }
    }
  }
  const edges: EdgePath[] = [];
  for (const e of index.layout.edges) {
    if (ids.has(e.source) && ids.has(e.target)) {
      edges.push(e);
      if (edges.length >= MAX_WINDOW_EDGES) break;
    }
  }
  return { clusters: false, layout: { ...index.layout, nodes, edges } };
}

/** The box around the given ids' boxes (for fitting a route on a huge map), or null. */
export function boundsOf(layout: Layout, ids: readonly string[]): Rect | null {
  const wanted = new Set(ids);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of layout.nodes) {
    if (!wanted.has(n.id)) continue;
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + n.width);
    y1 = Math.max(y1, n.y + n.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
