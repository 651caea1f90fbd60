import type { Node } from '@xyflow/react';
import type { GraphNode, LaidOutKind } from '../../core/index';

/** What a node component needs; built once per node, with only the view flags changing. */
export interface RoadmapNodeData extends Record<string, unknown> {
  readonly node: GraphNode;
  readonly vertical: boolean;
  /** 'on-route', 'dimmed', 'neighbour' and progress marks, joined as CSS classes on the wrapper. */
}

export type RoadmapFlowNode = Node<RoadmapNodeData, LaidOutKind>;
