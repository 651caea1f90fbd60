import { memo } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { edgePathData, type EdgeKind, type Point } from '../../core/index';

export interface RoadmapEdgeData extends Record<string, unknown> {
  readonly kind: EdgeKind;
  readonly points: readonly Point[];
  readonly note?: string;
}

export type RoadmapFlowEdge = Edge<RoadmapEdgeData, 'roadmap'>;

/** Draws an edge along the layout's bend points; stroke, dash and marker come from CSS per kind. */
export const RoadmapEdge = memo(function RoadmapEdge({ id, data, markerEnd }: EdgeProps<RoadmapFlowEdge>) {
  if (data === undefined) return null;
  return <BaseEdge id={id} path={edgePathData(data.points)} markerEnd={markerEnd ?? ''} className={`pw-edge-path kind-${data.kind}`} />;
});

export const EDGE_TYPES = { roadmap: RoadmapEdge };
