import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core/index';
import { LayoutCancelledError, createLayoutClient, type LayoutWorkerFactory } from '../../src/workers/layout-client';
import type { LayoutRequest, LayoutResponse } from '../../src/workers/layout-protocol';
import { packLayout, unpackEdgeInput } from '../../src/workers/layout-wire';
import { cert, edges } from '../support/layout-fixtures';

/**
 * A fake worker: records requests and lets the test answer them. The seam is the one factory
 * argument of `createLayoutClient`; a real worker cannot run in Vitest's Node environment.
 */
function fakeWorkers() {
  const requests: LayoutRequest[] = [];
  const transfers: ArrayBuffer[][] = [];
  const terminated: number[] = [];
  let started = 0;
  let reply: (response: LayoutResponse) => void = () => undefined;
  let fail: (message: string) => void = () => undefined;
  const factory: LayoutWorkerFactory = (onMessage, onError) => {
    const worker = ++started;
    reply = onMessage;
    fail = onError;
    return {
      post: (request, transfer) => {
        requests.push(request);
        transfers.push(transfer);
      },
      terminate: () => terminated.push(worker),
    };
  };
  return { factory, requests, transfers, terminated, started: () => started, reply: (r: LayoutResponse) => { reply(r); }, fail: (m: string) => { fail(m); } };
}

const layoutFor = (direction: 'LR' | 'TB'): Layout => ({ direction, nodes: [{ id: 'a', x: 1, y: 2, width: 3, height: 4 }], edges: [], width: 10, height: 20 });
const input = { nodes: [cert('a'), cert('b')], edges: edges(['a', 'prerequisite', 'b']) };
const other = { nodes: [cert('a'), cert('c')], edges: edges(['a', 'prerequisite', 'c']) };

describe('createLayoutClient', () => {
  it('starts the worker on first use, forwards progress, and resolves with the layout', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    expect(workers.started()).toBe(0);
    const phases: string[] = [];
    const pending = client.requestLayout(input, { direction: 'TB' }, { onProgress: (p) => phases.push(p) });
    expect(workers.started()).toBe(1);
    const { id } = workers.requests[0] as LayoutRequest;
    // Only what layout reads is posted, the edges packed with their buffers to transfer.
    const request = workers.requests[0] as LayoutRequest;
    expect({ ...request, edges: unpackEdgeInput(request.nodes, request.edges) }).toEqual({
      id,
      nodes: [
        { id: 'a', kind: 'certification', level: 'associate' },
        { id: 'b', kind: 'certification', level: 'associate' },
      ],
      edges: [{ source: 'a', target: 'b', kind: 'prerequisite' }],
      options: { direction: 'TB' },
    });
    expect(workers.transfers[0]).toEqual([request.edges.ends.buffer, request.edges.kindOf.buffer]);
    workers.reply({ id, type: 'progress', phase: 'rank' });
    workers.reply({ id, type: 'done', packed: packLayout(layoutFor('TB')).packed });
    await expect(pending).resolves.toEqual(layoutFor('TB'));
    expect(phases).toEqual(['rank']);
  });

  it('answers a repeated request from its cache without the worker', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const first = client.requestLayout(input);
    workers.reply({ id: (workers.requests[0] as LayoutRequest).id, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await first;
    await expect(client.requestLayout(input)).resolves.toEqual(layoutFor('LR'));
    expect(workers.requests).toHaveLength(1);
  });

  it('keys the cache by direction and by the input', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const first = client.requestLayout(input);
    workers.reply({ id: 1, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await first;
    void client.requestLayout(input, { direction: 'TB' });
    expect(workers.requests).toHaveLength(2);
    workers.reply({ id: 2, type: 'done', packed: packLayout(layoutFor('TB')).packed });
    void client.requestLayout(other);
    expect(workers.requests).toHaveLength(3);
  });

  it('uses a caller’s cache key instead of hashing the input', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const first = client.requestLayout(input, {}, { cacheKey: 'map|all' });
    workers.reply({ id: 1, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await first;
    // Same key, different input: the caller promised the key identifies the input.
    await expect(client.requestLayout(other, {}, { cacheKey: 'map|all' })).resolves.toEqual(layoutFor('LR'));
    expect(workers.requests).toHaveLength(1);
  });

  it('forgets the least recently used layout beyond its size', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory, 2);
    for (const key of ['a', 'b']) {
      const p = client.requestLayout(input, {}, { cacheKey: key });
      workers.reply({ id: workers.requests.length, type: 'done', packed: packLayout(layoutFor('LR')).packed });
      await p;
    }
    await client.requestLayout(input, {}, { cacheKey: 'a' }); // a is now the most recent
    const c = client.requestLayout(input, {}, { cacheKey: 'c' });
    workers.reply({ id: workers.requests.length, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await c;
    expect(workers.requests).toHaveLength(3);
    await client.requestLayout(input, {}, { cacheKey: 'a' });
    expect(workers.requests).toHaveLength(3);
    void client.requestLayout(input, {}, { cacheKey: 'b' });
    expect(workers.requests).toHaveLength(4);
  });

  it('shares one run between identical requests in flight', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const a = client.requestLayout(input);
    const b = client.requestLayout(input);
    expect(workers.requests).toHaveLength(1);
    workers.reply({ id: 1, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await expect(Promise.all([a, b])).resolves.toEqual([layoutFor('LR'), layoutFor('LR')]);
  });

  it('cancels the request in flight when a different one comes, stopping its worker', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const stale = client.requestLayout(input);
    const fresh = client.requestLayout(other);
    await expect(stale).rejects.toBeInstanceOf(LayoutCancelledError);
    expect(workers.terminated).toEqual([1]);
    expect(workers.started()).toBe(2);
    // A late answer to the cancelled request is ignored.
    workers.reply({ id: 1, type: 'done', packed: packLayout(layoutFor('TB')).packed });
    workers.reply({ id: 2, type: 'done', packed: packLayout(layoutFor('LR')).packed });
    await expect(fresh).resolves.toEqual(layoutFor('LR'));
  });

  it('rejects with the worker’s message when the layout fails, and keeps the worker', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const pending = client.requestLayout(input);
    workers.reply({ id: 1, type: 'error', message: 'core/layout.layoutGraph: duplicate node id "a"' });
    await expect(pending).rejects.toThrow('duplicate node id "a"');
    void client.requestLayout(other);
    expect(workers.started()).toBe(1);
  });

  it('rejects and starts a new worker next time when the worker itself fails', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const pending = client.requestLayout(input);
    workers.fail('script error');
    await expect(pending).rejects.toThrow('the layout worker failed: script error');
    expect(workers.terminated).toEqual([1]);
    void client.requestLayout(input);
    expect(workers.started()).toBe(2);
  });

  it('cancel() rejects the request in flight', async () => {
    const workers = fakeWorkers();
    const client = createLayoutClient(workers.factory);
    const pending = client.requestLayout(input);
    client.cancel();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
