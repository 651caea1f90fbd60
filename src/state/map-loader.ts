import { create } from 'zustand';
import { MAX_GRAPH_BYTES, tooLargeProblem, type PathwiseGraph, type Problem } from '../core/index';
import { loadGraphInWorker } from '../workers/validate-client';
import { progressActions } from './progress-store';
import { actions } from './store';
import { siteUrl } from './site-url';

export interface LoadProblems {
  /** File name or path the problems are in. */
  readonly source: string;
  readonly problems: readonly Problem[];
}

export const useLoadStore = create<{ readonly problems: LoadProblems | null; readonly loading: string | null }>(() => ({
  problems: null,
  loading: null,
}));

const setLoad = useLoadStore.setState;

function show(model: PathwiseGraph, source: string): void {
  actions.setModel(model);
  progressActions.load(model);
  setLoad({ problems: null, loading: null });
  actions.notify({
    id: 'map-opened',
    tone: 'info',
    text: `Opened “${model.meta.title}” from ${source}: ${model.nodes.filter((n) => n.kind !== 'track').length} nodes.`,
  });
}

function refuse(source: string, problems: readonly Problem[]): void {
  // The map on screen stays: a broken file never replaces a working map.
  setLoad({ problems: { source, problems }, loading: null });
}

/**
 * Validates bytes with the same loader as the CLI (in a worker, so a big file never freezes the
 * page) and shows the map, or lists every problem.
 */
export async function openMapBytes(bytes: Uint8Array, source: string): Promise<boolean> {
  const result = await loadGraphInWorker(bytes);
  if (!result.ok) {
    refuse(source, result.problems);
    return false;
  }
  show(result.graph, source);
  return true;
}

/** Opens a file the user picked or dropped; refuses files over the size limit before reading them. */
export async function openMapFile(file: File): Promise<boolean> {
  if (file.size > MAX_GRAPH_BYTES) {
    refuse(file.name, [tooLargeProblem(file.size)]);
    return false;
  }
  setLoad({ loading: file.name });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return openMapBytes(bytes, file.name);
}

/** Opens a map by a path on this site (`?graph=maps/x.json`); other origins are refused. */
export async function openMapUrl(path: string): Promise<boolean> {
  let url: URL;
  try {
    url = siteUrl(path);
  } catch {
    refuse(path, [{ code: 'bad-url', path: [], message: `“${path}” is not a valid address` }]);
    return false;
  }
  if (url.origin !== window.location.origin) {
    refuse(path, [{ code: 'other-origin', path: [], message: 'maps can only be opened from this site', hint: 'download the file and open it with “Open a map file”' }]);
    return false;
  }
  setLoad({ loading: path });
  try {
    // same-origin: the browser itself refuses any request to another site; manual: a redirect is
    // not followed (a redirect elsewhere would fetch from another site), it is refused below.
    const response = await fetch(url, { credentials: 'same-origin', mode: 'same-origin', redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.url !== '' && new URL(response.url).origin !== window.location.origin)) {
      refuse(path, [{ code: 'redirect', path: [], message: 'the server redirected the map to another address, which is not opened', hint: 'link to the map file itself' }]);
      return false;
    }
    if (!response.ok) {
      const missing = response.status === 404 ? 'no map file at this address (404 Not Found)' : `the server answered ${response.status} ${response.statusText}`.trim();
      refuse(path, [{ code: 'http', path: [], message: missing }]);
      return false;
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_GRAPH_BYTES) {
      refuse(path, [tooLargeProblem(length)]);
      return false;
    }
    const bytes = await readLimited(response);
    if (bytes === null) {
      const limit = String(MAX_GRAPH_BYTES / 1024 / 1024);
      refuse(path, [{ code: 'too-large', path: [], message: `the response is over the ${limit} MB limit; reading stopped there`, hint: 'split the map into smaller files' }]);
      return false;
    }
    return await openMapBytes(bytes, path);
  } catch (error) {
    refuse(path, [{ code: 'network', path: [], message: `could not be fetched: ${error instanceof Error ? error.message : String(error)}` }]);
    return false;
  }
}

/** The body, or null as soon as it passes the size limit (a server may send no Content-Length). */
async function readLimited(response: Response): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_GRAPH_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function dismissLoadProblems(): void {
  setLoad({ problems: null });
}
