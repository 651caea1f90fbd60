import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';

export interface ClusterData extends Record<string, unknown> {
  readonly label: string;
  readonly size: number;
}

export type ClusterFlowNode = Node<ClusterData, 'cluster'>;

/**
 * One group of a huge map at far zoom: its name and node count, in type sized to the box so it
 * reads at the zoom where clusters are shown. Clicking it zooms in to reveal its nodes.
 */
export const ClusterView = memo(function ClusterView({ data, width = 0, height = 0 }: NodeProps<ClusterFlowNode>) {
  const font = Math.max(40, Math.min(width / 10, height / 3));
  return (
    <div className="pw-cluster" style={{ fontSize: font }}>
      <span className="pw-cluster-label">{data.label}</span>
      <span className="pw-cluster-size">{data.size.toLocaleString('en-US')} nodes</span>
    </div>
  );
});
