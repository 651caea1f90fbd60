import { slimLayoutNode, layoutCacheKey, type Layout, type LayoutInput, type LayoutOptions } from '../core/index';
import type { LayoutRequest, LayoutRequestPhase as LayoutPhase, LayoutResponse } from './layout-protocol';
import { packEdgeInput, unpackLayout } from './layout-wire';

/**
 * The browser side of the layout worker: one worker, started on first use, laying out one map at
 * a time; results cached per (map, visible nodes, direction) in a small LRU; a new request
 * cancels the one in flight. No React here: the app wraps it in a hook.
 */

export interface RequestLayoutOptions {
  /** Called with each phase the worker reports ('rank', 'order', 'position', 'route'). */
  readonly onProgress?: (phase: LayoutPhase) => void;
  /**
   * A key that already identifies the input (e.g. map id + visible set), to skip hashing it.
   * It must change whenever the nodes or edges change. Without it the key is `layoutCacheKey(input)`.
   */
  readonly cacheKey?: string;
}

/** The rejection of a request that a newer one replaced (or `cancel` stopped): safe to ignore. */
export class LayoutCancelledError extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('workers/layout-client: layout cancelled by a newer request');
  }
}

/** What the client needs of a worker; `createLayoutClient` takes a factory so tests can fake it. */
export interface LayoutWorker {
  post(request: LayoutRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

export type LayoutWorkerFactory = (onMessage: (response: LayoutResponse) => void, onError: (message: string) => void) => LayoutWorker;

export interface LayoutClient {
  requestLayout(input: LayoutInput, options?: LayoutOptions, request?: RequestLayoutOptions): Promise<Layout>;
  /** Rejects the request in flight (if any) with `LayoutCancelledError` and stops its worker. */
  cancel(): void;
}

/** Layouts kept per client: a handful of filters × two directions. */
export const LAYOUT_CACHE_SIZE = 20;

interface Job {
  readonly id: number;
  readonly key: string;
  readonly promise: Promise<Layout>;
  readonly resolve: (layout: Layout) => void;
  readonly reject: (error: Error) => void;
  readonly listeners: ((phase: LayoutPhase) => void)[];
}

/** Vite bundles the worker because of this exact `new Worker(new URL(…, import.meta.url))` form. */
const browserWorker: LayoutWorkerFactory = (onMessage, onError) => {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    onMessage(event.data);
  };
  worker.onerror = (event) => {
    onError(event.message);
  };
  return {
    post: (request, transfer) => {
      worker.postMessage(request, transfer);
    },
    terminate: () => {
      worker.terminate();
    },
  };
};

/**
 * A layout client over its own worker. The app uses the shared one through `requestLayout`;
 * tests pass a fake `createWorker` (a real worker cannot run in Vitest's Node environment).
 * @example
 * const client = createLayoutClient();
 * const layout = await client.requestLayout({ nodes, edges }, { direction: 'TB' }, { onProgress: console.log });
 */
export function createLayoutClient(createWorker: LayoutWorkerFactory = browserWorker, cacheSize = LAYOUT_CACHE_SIZE): LayoutClient {
  const cache = new Map<string, Layout>();
  let worker: LayoutWorker | null = null;
  let current: Job | null = null;
  let nextId = 1;

  const remember = (key: string, layout: Layout) => {
    cache.delete(key);
    cache.set(key, layout);
    for (const oldest of cache.keys()) {
      if (cache.size <= cacheSize) break;
      cache.delete(oldest);
    }
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const onMessage = (response: LayoutResponse) => {
    const job = current;
    // A message from a cancelled request (already in the queue when it was cancelled).
    if (job?.id !== response.id) return;
    if (response.type === 'progress') {
      for (const listener of job.listeners) listener(response.phase);
      return;
    }
    current = null;
    if (response.type === 'done') {
      const layout = unpackLayout(response.packed);
      remember(job.key, layout);
      job.resolve(layout);
    } else job.reject(new Error(response.message));
  };
  const onError = (message: string) => {
    const job = current;
    current = null;
    stopWorker();
    job?.reject(new Error(`workers/layout-client: the layout worker failed: ${message}`));
  };
  const cancel = () => {
    const job = current;
    if (job === null) return;
    current = null;
    // dagre runs synchronously inside the worker: stopping the worker is the only way to stop it.
    stopWorker();
    job.reject(new LayoutCancelledError());
  };

  return {
    cancel,
    requestLayout(input, options = {}, request = {}) {
      const key =
        request.cacheKey === undefined
          ? layoutCacheKey(input, options)
          : `${request.cacheKey}|${options.direction ?? 'LR'}|${String(options.groupSkills ?? true)}`;
      const cached = cache.get(key);
      if (cached !== undefined) {
        remember(key, cached);
        return Promise.resolve(cached);
      }
      if (current?.key === key) {
        if (request.onProgress !== undefined) current.listeners.push(request.onProgress);
        return current.promise;
      }
      cancel();
      let resolve: (layout: Layout) => void = () => undefined;
      let reject: (error: Error) => void = () => undefined;
      const promise = new Promise<Layout>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const job: Job = { id: nextId++, key, promise, resolve, reject, listeners: request.onProgress === undefined ? [] : [request.onProgress] };
      current = job;
      worker ??= createWorker(onMessage, onError);
      // Only what layout reads: posting whole nodes (descriptions, sources…) costs main-thread time.
      // (tracks and track labels name the lanes, and the clusters of a huge map)
      const nodes = input.nodes.map(slimLayoutNode);
      const edges = packEdgeInput(nodes, input.edges);
      worker.post({ id: job.id, nodes, edges: edges.packed, options }, edges.transfer);
      return promise;
    },
  };
}

let shared: LayoutClient | null = null;

/**
 * Lays out in the shared worker. Resolves from the cache at once when this input was laid out
 * before; rejects with `LayoutCancelledError` when a newer request replaces this one.
 * @example requestLayout({ nodes, edges }, { direction: 'LR' }, { onProgress: (phase) => setPhase(phase) })
 */
export function requestLayout(input: LayoutInput, options: LayoutOptions = {}, request: RequestLayoutOptions = {}): Promise<Layout> {
  shared ??= createLayoutClient();
  return shared.requestLayout(input, options, request);
}

/** Stops the shared worker's layout in flight, if any (its promise rejects with `LayoutCancelledError`). */
export function cancelLayout(): void {
  shared?.cancel();
}
