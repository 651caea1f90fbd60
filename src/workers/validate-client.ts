import { buildOwnedGraph, validateGraphBytes, type LoadResult, type ValidateResult } from '../core/index';

/**
 * Validates map bytes in a Web Worker (one per file, closed after) and builds the model here.
 * Falls back to this thread where workers are unavailable.
 */
export async function loadGraphInWorker(bytes: Uint8Array): Promise<LoadResult> {
  let result: ValidateResult;
  if (typeof Worker === 'undefined') {
    result = validateGraphBytes(bytes);
  } else {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    try {
      result = await new Promise<ValidateResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<ValidateResult>) => {
          resolve(event.data);
        };
        worker.onerror = (event) => {
          reject(new Error(event.message));
        };
        const copy = bytes.slice().buffer;
        worker.postMessage(copy, [copy]);
      });
    } finally {
      worker.terminate();
    }
  }
  // The document is this call's own (a structured clone from the worker, or the loader's fresh
  // output), so the model freezes it in place instead of deep-copying every object of the map
  // first: that copy was a long main-thread task on a 20,000-node map.
  return result.ok ? { ok: true, graph: buildOwnedGraph(result.file) } : result;
}
