import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import { THEMES, type Layout, type PathwiseGraph, type ThemeName } from '../../core/index';
import { actions, useAppStore } from '../../app/store';
import { NODE_TYPES } from './node-views';
import { EDGE_TYPES } from './roadmap-edge';
import { toFlowEdges, toFlowNodes, type Highlight } from './to-flow';
import { useCanvasKeys } from './use-canvas-keys';
import type { RoadmapFlowNode } from './node-data';

export interface RoadmapCanvasProps {
  readonly model: PathwiseGraph;
  readonly layout: Layout;
  readonly theme: ThemeName;
  readonly highlight: Highlight;
  /** Node ids to fit the view to when they change (a route); empty fits the whole map. */
  readonly fitTo: readonly string[];
}

const FIT_PADDING = 0.08;

export function RoadmapCanvas({ model, layout, theme, highlight, fitTo }: RoadmapCanvasProps) {
  const flow = useReactFlow();
  const tokens = THEMES[theme];
  const nodes = useMemo(() => toFlowNodes(model, layout, highlight), [model, layout, highlight]);
  const edges = useMemo(() => toFlowEdges(layout, tokens, highlight), [layout, tokens, highlight]);
  const selectedId = useAppStore((s) => s.selectedId);
  const centreRequest = useAppStore((s) => s.centreRequest);

  const clear = useCallback(() => {
    actions.select(null);
  }, []);
  useCanvasKeys(clear);

  // Enter on a focused node and clicks arrive as React Flow selection changes; the store owns selection.
  const onNodesChange = useCallback((changes: NodeChange<RoadmapFlowNode>[]) => {
    for (const change of changes) if (change.type === 'select' && change.selected) actions.select(change.id);
  }, []);

  // Fit the view when the map or the route changes, not on every re-render.
  const fitKey = `${layout.direction}|${layout.nodes.length}|${fitTo.join(',')}`;
  const lastFit = useRef('');
  useEffect(() => {
    if (lastFit.current === fitKey) return;
    lastFit.current = fitKey;
    const ids = fitTo.length > 0 ? fitTo.map((id) => ({ id })) : undefined;
    // Wait a frame so React Flow has measured newly drawn nodes.
    const handle = requestAnimationFrame(() => {
      void flow.fitView(
        ids === undefined ? { padding: FIT_PADDING, duration: 0 } : { nodes: ids, padding: FIT_PADDING, duration: 300, maxZoom: 1.2 },
      );
    });
    return () => {
      cancelAnimationFrame(handle);
    };
  }, [fitKey, fitTo, flow]);

  useEffect(() => {
    if (centreRequest === 0 || selectedId === null) return;
    const box = layout.nodes.find((n) => n.id === selectedId);
    if (box === undefined) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 1.1), duration: 300 });
  }, [centreRequest, selectedId, layout, flow]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onNodeMouseEnter={(_, node) => {
        actions.hover(node.id);
      }}
      onNodeMouseLeave={() => {
        actions.hover(null);
      }}
      onPaneClick={clear}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      elementsSelectable
      minZoom={0.1}
      maxZoom={2.5}
      fitView
      fitViewOptions={{ padding: FIT_PADDING }}
      colorMode={theme}
      proOptions={{ hideAttribution: true }}
      aria-label="Career roadmap map"
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      onlyRenderVisibleElements={layout.nodes.length > 400}
    >
      <Background variant={BackgroundVariant.Dots} gap={22} size={1} color={tokens.border} />
      <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls" />
      <MiniMap
        pannable
        zoomable
        position="bottom-right"
        ariaLabel="Minimap"
        nodeColor={(n) => minimapColor(n as RoadmapFlowNode, theme)}
        maskColor={theme === 'dark' ? 'rgba(15,18,24,0.7)' : 'rgba(246,247,249,0.7)'}
        className="pw-minimap"
      />
    </ReactFlow>
  );
}

function minimapColor(node: RoadmapFlowNode, theme: ThemeName): string {
  const tokens = THEMES[theme];
  if (node.className?.includes('on-route') === true) return tokens.route;
  const data = node.data.node;
  if (data.kind === 'certification') return tokens.level[data.level];
  if (data.kind === 'track') return tokens.border;
  return tokens.kind[data.kind].stroke;
}
