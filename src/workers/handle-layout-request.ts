import { layoutGraph } from '../core/layout/layout-graph';
import { HUGE_LAYOUT_NODES, layoutHuge } from '../core/layout/layout-huge';
import type { LayoutRequest, LayoutRequestPhase, LayoutResponse } from './layout-protocol';
import { packLayout, unpackEdgeInput } from './layout-wire';

/**
 * The worker's whole job, apart from the message plumbing, so it can be tested in Node: lay out,
 * reporting each phase, then post the packed layout (its buffers to be transferred) or the error.
 * (Imports the layout module directly rather than core/index so the worker bundle does not pull in
 * zod and the rest of core.)
 */
export function handleLayoutRequest(request: LayoutRequest, post: (response: LayoutResponse, transfer?: ArrayBuffer[]) => void): void {
  const { id, nodes, options } = request;
  try {
    const edges = unpackEdgeInput(nodes, request.edges);
    const onPhase = (phase: LayoutRequestPhase) => {
      post({ id, type: 'progress', phase });
    };
    // Past dagre's reach (time, and its stack past ~50,000 nodes): clusters in a grid, see layout-huge.ts.
    const huge = nodes.filter((n) => n.kind !== 'track').length >= HUGE_LAYOUT_NODES;
    const layout = huge ? layoutHuge({ nodes, edges }, options.direction ?? 'LR', onPhase) : layoutGraph({ nodes, edges }, options, { onPhase });
    const { packed, transfer } = packLayout(layout);
    post({ id, type: 'done', packed }, transfer);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
