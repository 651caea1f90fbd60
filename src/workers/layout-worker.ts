// A Web Worker shell over `layoutGraph`, so laying out a big map never blocks the page.
// Started by layout-client.ts with `new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' })`.
import { handleLayoutRequest } from './handle-layout-request';
import type { LayoutRequest } from './layout-protocol';

// The app's TypeScript lib has both DOM and WebWorker: `self` is typed as a Window there.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  handleLayoutRequest(event.data, (response, transfer = []) => {
    scope.postMessage(response, transfer);
  });
};
