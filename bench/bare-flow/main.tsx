// React Flow with nothing of Pathwise: default nodes and edges at the default map's positions.
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

interface BareLayout {
  readonly nodes: readonly { id: string; x: number; y: number; width: number; height: number; label: string }[];
  readonly edges: readonly { id: string; source: string; target: string }[];
}

declare const __BARE_FLOW_LAYOUT__: BareLayout;

const nodes: Node[] = __BARE_FLOW_LAYOUT__.nodes.map((n) => ({
  id: n.id,
  position: { x: n.x, y: n.y },
  data: { label: n.label },
  style: { width: n.width, height: n.height },
}));
const edges: Edge[] = __BARE_FLOW_LAYOUT__.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

const root = document.getElementById('root');
if (root === null) throw new Error('bare-flow: no #root');
createRoot(root).render(
  <StrictMode>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView />
  </StrictMode>,
);
