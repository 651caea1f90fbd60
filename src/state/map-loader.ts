import { create } from 'zustand';
import { MAX_GRAPH_BYTES, tooLargeProblem, type PathwiseGraph, type Problem } from '../core/index';
import { loadGraphInWorker } from '../workers/validate-client';
import { checkedShippedMap } from './checked-maps';
import { keepMap, keptMapKey, lastMap, noteKeptMapProblems, refreshKeptMaps, rememberLastMap, useKeptMaps, type KeptMapSource } from './kept-maps';
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

/** Resolves in a task of its own, after the browser has had the chance to draw. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

function refuse(source: string, problems: readonly Problem[]): void {
  // The map on screen stays: a broken file never replaces a working map.
  setLoad({ problems: { source, problems }, loading: null });
}

/**
 * Validates bytes with the same loader as the CLI (in a worker, so a big file never freezes the
 * page) and shows the map, or lists every problem. With `keep`, a map that opens is kept in
 * "Your maps" (IndexedDB) under its id, with its name and when it was opened.
 */
export async function openMapBytes(bytes: Uint8Array, source: string, keep?: KeptMapSource): Promise<boolean> {
  const result = await loadGraphInWorker(bytes);
  if (!result.ok) {
    refuse(source, result.problems);
    return false;
  }
  // Showing a map renders it and sends it to the layout worker: a task of its own, not the tail of
  // the one that received and built a big map (one task of 437 ms at 20,000 nodes before).
  await nextTask();
  show(result.graph, source);
  if (keep !== undefined) await keepOpened(result.graph, bytes, source, keep);
  return true;
}

/**
 * Keeps the map that is now shown, in a task of its own: the map's render and its layout request
 * come first, and decoding and storing the text of a big map (about 60 ms at 20,000 nodes) does not
 * lengthen the task that shows it.
 */
async function keepOpened(model: PathwiseGraph, bytes: Uint8Array, name: string, source: KeptMapSource): Promise<void> {
  await nextTask();
  const text = new TextDecoder().decode(bytes);
  try {
    const refused = await keepMap({ mapId: model.meta.id, title: model.meta.title, name, source, openedAt: new Date().toISOString(), text }, bytes.byteLength);
    if (refused !== null) throw new Error(refused.message);
    noteKeptMapProblems(keptMapKey(model.meta.id), []);
    if (source !== 'link') rememberLastMap({ kind: 'kept', key: keptMapKey(model.meta.id) });
  } catch (error) {
    actions.notify({
      id: 'map-not-kept',
      tone: 'warning',
      text: `“${model.meta.title}” is open but could not be kept in this browser (${error instanceof Error ? error.message : String(error)}); after a reload, open the file again.`,
    });
  }
  await refreshKeptMaps();
}

/** A map opened from a file or from Your maps: the URL stops naming another map, so a reload shows this one. */
function forgetLinkedMap(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('graph')) return;
  for (const key of ['graph', 'node', 'from', 'to', 'by', 'avoid', 'alt']) url.searchParams.delete(key);
  window.history.replaceState(null, '', url);
}

/** Opens a file the user picked or dropped; refuses files over the size limit before reading them. */
export async function openMapFile(file: File, how: 'file' | 'drop' = 'file'): Promise<boolean> {
  if (file.size > MAX_GRAPH_BYTES) {
    refuse(file.name, [tooLargeProblem(file.size)]);
    return false;
  }
  setLoad({ loading: file.name });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ok = await openMapBytes(bytes, file.name, how);
  if (ok) forgetLinkedMap();
  return ok;
}

/**
 * Opens a map from Your maps. It is validated again (same size limit and loader as a file); one
 * that no longer validates is refused with its problems, which the list then shows.
 */
export async function openKeptMap(key: string): Promise<boolean> {
  const entry = useKeptMaps.getState().entries.find((e) => e.key === key);
  if (entry === undefined || !entry.ok) {
    refuse(key, [{ code: 'kept-map-missing', path: [], message: 'this kept map is no longer in this browser' }]);
    return false;
  }
  const bytes = new TextEncoder().encode(entry.map.text);
  if (bytes.byteLength > MAX_GRAPH_BYTES) {
    const problems = [tooLargeProblem(bytes.byteLength)];
    noteKeptMapProblems(key, problems);
    refuse(entry.map.name, problems);
    return false;
  }
  setLoad({ loading: entry.map.name });
  const result = await loadGraphInWorker(bytes);
  if (!result.ok) {
    noteKeptMapProblems(key, result.problems);
    refuse(entry.map.name, result.problems);
    return false;
  }
  show(result.graph, entry.map.name);
  forgetLinkedMap();
  await keepOpened(result.graph, bytes, entry.map.name, entry.map.source);
  rememberLastMap({ kind: 'kept', key });
  return true;
}

/**
 * After a reload with no map in the URL: opens the map that was open last (a kept map or a link on
 * this site). False when there is none or it no longer opens (the default map stays, problems listed).
 */
export async function reopenLastMap(): Promise<boolean> {
  const last = lastMap();
  if (last === null) return false;
  if (last.kind === 'link') return openMapUrl(last.path);
  await refreshKeptMaps();
  if (!useKeptMaps.getState().entries.some((e) => e.key === last.key)) {
    rememberLastMap(null);
    return false;
  }
  return openKeptMap(last.key);
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
    // Shipped maps (maps/…) are in the picker already; other maps on this site are kept like files.
    const mapsPath = new URL('maps/', window.location.href).pathname;
    const shipped = url.pathname.startsWith(mapsPath);
    // A shipped map whose bytes the build checked needs no second validation (see checked-maps.ts).
    const checked = shipped ? await checkedShippedMap(`maps/${url.pathname.slice(mapsPath.length)}`, bytes) : null;
    if (checked !== null) show(checked, path);
    const ok = checked !== null || (await openMapBytes(bytes, path, shipped ? undefined : 'link'));
    if (ok) rememberLastMap({ kind: 'link', path });
    return ok;
  } catch (error) {
    refuse(path, [{ code: 'network', path: [], message: `could not be fetched: ${error instanceof Error ? error.message : String(error)}` }]);
    return false;
  }
}

/** The body, or null as soon as it passes the size limit (a server may send no Content-Length). */
async function readLimited(response: Response): Promise<Uint8Array<ArrayBuffer> | null> {
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
