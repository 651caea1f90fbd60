import { layoutGraph } from '../core/layout/layout-graph';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';
import { packLayout } from './layout-wire';

/**
 * The worker's whole job, apart from the message plumbing, so it can be tested in Node: lay out,
 * reporting each phase, then post the packed layout (its buffers to be transferred) or the error.
 * (Imports the layout module directly rather than core/index so the worker bundle does not pull in
 * zod and the rest of core.)
 */
export function handleLayoutRequest(request: LayoutRequest, post: (response: LayoutResponse, transfer?: ArrayBuffer[]) => void): void {
  const { id, nodes, edges, options } = request;
  try {
    const layout = layoutGraph({ nodes, edges }, options, {
      onPhase: (phase) => {
        post({ id, type: 'progress', phase });
      },
    });
    const { packed, transfer } = packLayout(layout);
    post({ id, type: 'done', packed }, transfer);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
