import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { edgePathData, edgePathPieces, type EdgeKind, type Point } from '../../core/index';
import { arrowId } from './edge-markers';
import './edge-layer.css';

/** One edge as the map draws it (toMapEdges in to-flow.ts): its line, classes and arrowhead. */
export interface MapEdge {
  /** The layout edge's key. */
  readonly id: string;
  readonly kind: EdgeKind;
  readonly points: readonly Point[];
  /** Kind, level and highlight classes (to-flow.ts); the stylesheet draws from them. */
  readonly className: string;
  /** On the route: drawn over the nodes, so that no box hides a leg of it, and in the route's arrowhead. */
  readonly onRoute: boolean;
}

/** Kinds drawn with a dash pattern (design tokens: recommends, requires, replaced-by). */
const DASHED: ReadonlySet<EdgeKind> = new Set(['recommends', 'requires', 'replaced-by']);

/**
 * The map's edges, drawn by us in the map's coordinates (React Flow's viewport portal), not as
 * React Flow edges. Every edge here is drawn from its layout points and nothing acts on one (no
 * selection, focus, hit area or handle), so React Flow's per-edge machinery only cost time: a
 * wrapper per edge subscribed to its store, an SVG element per edge, and a re-render of all 166
 * wrappers when React Flow measured the nodes on the first frame. Measured on warm loads, the
 * map's mount task went from 129–160 to 103–123 ms and the first frame's from 87–121 to 64–83 ms
 * (docs/performance.md, draw8).
 *
 * Two layers: under the nodes, and the route's edges over them (React Flow's `zIndex: 1` did the same).
 * Both are hidden from assistive technology: the details list each node's links in words ("needs
 * AZ-104", "leads to …") and the route list names every step, so line images would only be noise.
 */
export const EdgeLayer = memo(function EdgeLayer({ edges }: { edges: readonly MapEdge[] }) {
  return (
    <ViewportPortal>
      <EdgeLines edges={edges} />
    </ViewportPortal>
  );
});

/** The two layers' SVG, in map coordinates. */
export function EdgeLines({ edges }: { edges: readonly MapEdge[] }) {
  const over = edges.filter((e) => e.onRoute);
  return (
    <>
      <svg className="pw-edges" aria-hidden="true">
        {edges.map((e) => !e.onRoute && <EdgeLine key={e.id} edge={e} />)}
      </svg>
      {over.length > 0 && (
        <svg className="pw-edges pw-edges-over" aria-hidden="true">
          {over.map((e) => (
            <EdgeLine key={e.id} edge={e} />
          ))}
        </svg>
      )}
    </>
  );
}

/**
 * One edge along the layout's bend points; stroke, dash and marker come from CSS per kind.
 * A dashed edge is stroked piece by piece (edgePathPieces), each piece's dashes continuing the
 * last's: Chromium's rasterizer dashed a whole path for every tile it touched, and the 76 dashed
 * "recommends" edges of the default map (193,000 px of line) took about half the raster time of a
 * zoom. The whole path stays, unstroked, for the arrowhead.
 */
const EdgeLine = memo(function EdgeLine({ edge }: { edge: MapEdge }) {
  const path = edgePathData(edge.points);
  const marker = `url(#${arrowId(edge.onRoute ? 'route' : edge.kind)})`;
  const kind = `kind-${edge.kind}`;
  if (!DASHED.has(edge.kind)) {
    return (
      <g className={`pw-edge ${edge.className}`} data-id={edge.id}>
        <path d={path} className={`pw-edge-path ${kind}`} markerEnd={marker} />
      </g>
    );
  }
  return (
    <g className={`pw-edge ${edge.className}`} data-id={edge.id}>
      {edgePathPieces(edge.points).map((piece, i) => (
        <path key={i} d={piece.d} className={`pw-edge-path pw-edge-piece ${kind}`} strokeDashoffset={piece.start} />
      ))}
      <path d={path} className={`pw-edge-path pw-edge-carrier ${kind}`} markerEnd={marker} />
    </g>
  );
});
