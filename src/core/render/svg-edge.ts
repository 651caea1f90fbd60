import { edgePathData } from '../design/edge-path';
import type { Theme } from '../design/tokens';
import type { EdgePath, NodeBox, Point } from '../layout/layout-types';
import type { EdgeKind, GraphEdge, GraphNode } from '../schema/graph-schema';
import type { Emphasis } from './render-types';
import { el, textEl } from './svg-builder';

export const EDGE_KINDS: readonly EdgeKind[] = ['prerequisite', 'recommends', 'teaches', 'requires', 'leads-to', 'replaced-by'];

/** Arrowheads are this long; the line stops short of the end point by `ARROW_INSET` so no square line end pokes past the tip. */
const ARROW_LENGTH = 10;
const ARROW_INSET = 6;
const ROUTE_WIDTH = 3;

export function markerId(kind: EdgeKind | 'route'): string {
  return `pw-arrow-${kind}`;
}

/**
 * Arrowhead markers, one per edge kind plus one for the route, in user units so every arrow has
 * the same size whatever the line width.
 */
export function markerDefs(theme: Theme): string[] {
  const marker = (id: string, color: string, size: number) =>
    el(
      'marker',
      {
        id,
        viewBox: `0 0 ${String(ARROW_LENGTH)} 10`,
        refX: ARROW_LENGTH - ARROW_INSET,
        refY: 5,
        markerWidth: size,
        markerHeight: size,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      [el('path', { d: 'M0 1L10 5L0 9Z', fill: color })],
    );
  return [
    ...EDGE_KINDS.map((kind) => marker(markerId(kind), theme.edge[kind].color, kind === 'prerequisite' ? 12 : 10)),
    marker(markerId('route'), theme.route, 13),
  ];
}

export interface EdgeContext {
  readonly data: GraphEdge | undefined;
  readonly source: GraphNode | undefined;
  readonly target: GraphNode | undefined;
  readonly sourceBox: NodeBox | undefined;
  readonly targetBox: NodeBox | undefined;
}

/**
 * One edge as a single `<path>` with its kind's stroke and arrowhead, and a `<title>` with the
 * kind, the ends and the note (notes are not drawn on the map: too cluttered).
 */
export function edgeSvg(edge: EdgePath, context: EdgeContext, theme: Theme, emphasis: Emphasis, offset: Point): string {
  const style = theme.edge[edge.kind];
  const points = edgePoints(edge, context).map((p) => ({ x: p.x + offset.x, y: p.y + offset.y }));
  const highlighted = emphasis === 'highlight';
  return el(
    'path',
    {
      class: `pw-edge pw-edge-${edge.kind}`,
      'data-key': edge.key,
      d: edgePathData(trimEnd(points, ARROW_INSET)),
      fill: 'none',
      stroke: highlighted ? theme.route : style.color,
      'stroke-width': highlighted ? Math.max(ROUTE_WIDTH, style.width) : style.width,
      'stroke-dasharray': style.dash === '' ? undefined : style.dash,
      'stroke-linecap': style.dash === '' ? undefined : 'round',
      opacity: emphasis === 'dim' ? String(theme.dimOpacity) : undefined,
      'marker-end': `url(#${markerId(highlighted ? 'route' : edge.kind)})`,
    },
    [textEl('title', {}, edgeTitle(edge, context, style.label))],
  );
}

function edgeTitle(edge: EdgePath, context: EdgeContext, kindLabel: string): string {
  const from = context.source?.label ?? edge.source;
  const to = context.target?.label ?? edge.target;
  const note = context.data?.note;
  return `${kindLabel}: ${from} → ${to}${note === undefined ? '' : `. ${note}`}`;
}

/** The layout's polyline, or a straight line between the box borders when the layout gave none. */
function edgePoints(edge: EdgePath, context: EdgeContext): readonly Point[] {
  if (edge.points.length >= 2) return edge.points;
  const { sourceBox, targetBox } = context;
  if (sourceBox === undefined || targetBox === undefined) {
    throw new Error(`core/render.edgeSvg: edge "${edge.key}" has no points and no boxes for its ends`);
  }
  const a = centre(sourceBox);
  const b = centre(targetBox);
  return [borderPoint(sourceBox, b), borderPoint(targetBox, a)];
}

function centre(box: NodeBox): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the line from the box's centre toward `toward` leaves the box. */
export function borderPoint(box: NodeBox, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** Moves the last point back along the last segment by `by` (keeping at least 1 unit of it). */
export function trimEnd(points: readonly Point[], by: number): Point[] {
  const out = [...points];
  const last = out[out.length - 1];
  const prev = out[out.length - 2];
  if (last === undefined || prev === undefined) return out;
  const dx = last.x - prev.x;
  const dy = last.y - prev.y;
  const length = Math.hypot(dx, dy);
  if (length <= 1) return out;
  const cut = Math.min(by, length - 1) / length;
  out[out.length - 1] = { x: last.x - dx * cut, y: last.y - dy * cut };
  return out;
}
