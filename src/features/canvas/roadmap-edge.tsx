import { memo, useMemo } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { edgePathData, edgePathPieces, type EdgeKind, type Point } from '../../core/index';

export interface RoadmapEdgeData extends Record<string, unknown> {
  readonly kind: EdgeKind;
  readonly points: readonly Point[];
  readonly note?: string;
}

export type RoadmapFlowEdge = Edge<RoadmapEdgeData, 'roadmap'>;

/** Kinds drawn with a dash pattern (design tokens: recommends, requires, replaced-by). */
const DASHED: ReadonlySet<EdgeKind> = new Set(['recommends', 'requires', 'replaced-by']);

/**
 * Draws an edge along the layout's bend points; stroke, dash and marker come from CSS per kind.
 * A dashed edge is stroked piece by piece (edgePathPieces), each piece's dashes continuing the
 * last's: Chromium's rasterizer dashed a whole path for every tile it touched, and the 76 dashed
 * "recommends" edges of the default map (193,000 px of line) took about half the raster time of a
 * zoom. The whole path stays, unstroked, for the arrowhead.
 *
 * Edges take no pointer events (app.css) and have no hit area (`interactionWidth={0}`): nothing
 * here acts on them (they are not selectable or focusable), and Chromium hit-tested every edge's
 * invisible 20 px stroke on every mouse move of a drag.
 */
export const RoadmapEdge = memo(function RoadmapEdge({ id, data, markerEnd }: EdgeProps<RoadmapFlowEdge>) {
  const points = data?.points;
  const kind = data?.kind;
  const pieces = useMemo(() => (points !== undefined && kind !== undefined && DASHED.has(kind) ? edgePathPieces(points) : null), [points, kind]);
  if (data === undefined) return null;
  const path = edgePathData(data.points);
  if (pieces === null) return <BaseEdge id={id} path={path} markerEnd={markerEnd ?? ''} interactionWidth={0} className={`pw-edge-path kind-${data.kind}`} />;
  return (
    <>
      {pieces.map((piece, i) => (
        <path key={i} d={piece.d} className={`react-flow__edge-path pw-edge-path pw-edge-piece kind-${data.kind}`} strokeDashoffset={piece.start} />
      ))}
      <BaseEdge id={id} path={path} markerEnd={markerEnd ?? ''} interactionWidth={0} className={`pw-edge-path pw-edge-carrier kind-${data.kind}`} />
    </>
  );
});

export const EDGE_TYPES = { roadmap: RoadmapEdge };
