import { create } from 'zustand';
import { MAX_GRAPH_BYTES, tooLargeProblem, type PathwiseGraph, type Problem } from '../core/index';
import { loadGraphInWorker } from '../workers/validate-client';
import { progressActions } from './progress-store';
import { actions } from './store';

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
    url = new URL(path, window.location.href);
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
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      refuse(path, [{ code: 'http', path: [], message: `the server answered ${response.status} ${response.statusText}`.trim() }]);
      return false;
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_GRAPH_BYTES) {
      refuse(path, [tooLargeProblem(length)]);
      return false;
    }
    return await openMapBytes(new Uint8Array(await response.arrayBuffer()), path);
  } catch (error) {
    refuse(path, [{ code: 'network', path: [], message: `could not be fetched: ${error instanceof Error ? error.message : String(error)}` }]);
    return false;
  }
}

export function dismissLoadProblems(): void {
  setLoad({ problems: null });
}
