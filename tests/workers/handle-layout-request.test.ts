import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/core/index';
import { handleLayoutRequest } from '../../src/workers/handle-layout-request';
import type { LayoutResponse } from '../../src/workers/layout-protocol';
import { packEdgeInput, unpackLayout } from '../../src/workers/layout-wire';
import { cert, edges } from '../support/layout-fixtures';

describe('handleLayoutRequest (the layout worker’s job)', () => {
  it('posts each phase, then the packed layout with its buffers to transfer', () => {
    const posted: LayoutResponse[] = [];
    const transfers: ArrayBuffer[][] = [];
    const input = { nodes: [cert('a'), cert('b')], edges: edges(['a', 'prerequisite', 'b']) };
    const request = { id: 7, nodes: input.nodes, edges: packEdgeInput(input.nodes, input.edges).packed, options: { direction: 'TB' as const } };
    handleLayoutRequest(request, (r, transfer = []) => {
      posted.push(r);
      transfers.push(transfer);
    });
    expect(posted.map((r) => (r.type === 'progress' ? r.phase : r.type))).toEqual(['rank', 'order', 'position', 'route', 'done']);
    expect(posted.every((r) => r.id === 7)).toBe(true);
    const done = posted.at(-1);
    if (done?.type !== 'done') throw new Error('no layout posted');
    expect(unpackLayout(done.packed)).toEqual(layoutGraph(input, { direction: 'TB' }));
    expect(transfers.at(-1)).toHaveLength(6);
  });

  it('posts an error instead of throwing', () => {
    const posted: LayoutResponse[] = [];
    handleLayoutRequest({ id: 1, nodes: [cert('a'), cert('a')], edges: packEdgeInput([], []).packed, options: {} }, (r) => posted.push(r));
    expect(posted.at(-1)).toEqual({ id: 1, type: 'error', message: 'core/layout.layoutGraph: duplicate node id "a"' });
  });
});
