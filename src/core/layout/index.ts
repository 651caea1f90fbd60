// The layout module's public surface; `src/core/index.ts` re-exports it.
export * from './layout-types';
export { layoutGraph, type LayoutInput, type LayoutHooks, type LayoutPhase } from './layout-graph';
export { slimLayoutNode, type LayoutEdgeInput, type LayoutNodeInput } from './plan-layout';
export { edgeMetrics, segmentsCross, type EdgeMetrics } from './layout-metrics';
export { LANE } from './lanes';
export { LAYOUT_VERSION, MARGIN, SPACING } from './layout-constants';
export { fnv1a, hashText, layoutInputHash, layoutCacheKey } from './layout-key';
export { buildLayoutFile, isLayoutFileFor, type LayoutFile } from './layout-file';
export { HUGE_LAYOUT_NODES, layoutHuge, type HugeLayoutPhase, type HugeNodeInput } from './layout-huge';
