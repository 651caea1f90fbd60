import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/core/index';
import { handleLayoutRequest } from '../../src/workers/handle-layout-request';
import type { LayoutResponse } from '../../src/workers/layout-protocol';
import { cert, edges } from '../support/layout-fixtures';

describe('handleLayoutRequest (the layout worker’s job)', () => {
  it('posts each phase, then the layout', () => {
    const posted: LayoutResponse[] = [];
    const request = { id: 7, nodes: [cert('a'), cert('b')], edges: edges(['a', 'prerequisite', 'b']), options: { direction: 'TB' as const } };
    handleLayoutRequest(request, (r) => posted.push(r));
    expect(posted.map((r) => (r.type === 'progress' ? r.phase : r.type))).toEqual(['rank', 'order', 'position', 'route', 'done']);
    expect(posted.every((r) => r.id === 7)).toBe(true);
    expect(posted.at(-1)).toEqual({ id: 7, type: 'done', layout: layoutGraph(request, { direction: 'TB' }) });
  });

  it('posts an error instead of throwing', () => {
    const posted: LayoutResponse[] = [];
    handleLayoutRequest({ id: 1, nodes: [cert('a'), cert('a')], edges: [], options: {} }, (r) => posted.push(r));
    expect(posted.at(-1)).toEqual({ id: 1, type: 'error', message: 'core/layout.layoutGraph: duplicate node id "a"' });
  });
});
