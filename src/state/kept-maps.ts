import { createStore, del, entries, set as idbSet, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { create } from 'zustand';
import { MAX_GRAPH_BYTES, tooLargeProblem, type Problem } from '../core/index';
import { loadGraphInWorker } from '../workers/validate-client';

/**
 * "Your maps": maps opened from a file, a drop or a link, kept in IndexedDB (through idb-keyval)
 * so they reopen after a reload without the file. A kept map is stored as the text that was
 * opened, not as a built model, so it is validated again on every open: a map kept by an older
 * Pathwise that no longer validates is listed with its problems instead of breaking the page.
 */

export const KEPT_MAP_SOURCES = ['file', 'drop', 'link'] as const;

/** One kept map as stored. */
export const keptMapSchema = z.strictObject({
  /** The map's `meta.id`: opening another file of the same map replaces the kept copy. */
  mapId: z.string().min(1),
  title: z.string(),
  /** File name or link path it was opened from. */
  name: z.string(),
  source: z.enum(KEPT_MAP_SOURCES),
  /** When it was last opened (ISO date-time). */
  openedAt: z.iso.datetime(),
  /** The map file's text as opened. */
  text: z.string(),
});

export type KeptMap = z.infer<typeof keptMapSchema>;
export type KeptMapSource = KeptMap['source'];

/** A listed entry: the stored record when it could be read, else what was found under the key. */
export type KeptEntry =
  | { readonly key: string; readonly ok: true; readonly map: KeptMap }
  | { readonly key: string; readonly ok: false; readonly problems: readonly Problem[]; readonly raw: unknown };

let store: UseStore | null = null;

function db(): UseStore {
  store ??= createStore('pathwise', 'kept-maps');
  return store;
}

/** The IndexedDB key of a map. */
export function keptMapKey(mapId: string): string {
  return `map:${mapId}`;
}

const utf8 = new TextEncoder();

/** Size in bytes of a kept map's text: the same limit applies as to a file. */
export function keptMapBytes(text: string): number {
  return utf8.encode(text).byteLength;
}

/**
 * Keeps a map that was just opened and validated. Refuses (returns a problem) a map over the size
 * limit for files; throws when IndexedDB refuses (the caller tells the person). `size` is the
 * text's size in UTF-8 when the caller has the bytes: encoding the text again to count them took
 * 130 ms of the main thread for a 20,000-node map (8 MB).
 */
export async function keepMap(map: KeptMap, size = keptMapBytes(map.text)): Promise<Problem | null> {
  if (size > MAX_GRAPH_BYTES) return tooLargeProblem(size);
  await idbSet(keptMapKey(map.mapId), keptMapSchema.parse(map), db());
  return null;
}

/**
 * Every kept map, newest opened first. A record that does not have the kept-map shape (written by
 * another version, or damaged) is listed with its problems, never thrown.
 */
export async function listKeptMaps(): Promise<readonly KeptEntry[]> {
  const all = await entries<IDBValidKey, unknown>(db());
  const listed: KeptEntry[] = all.map(([rawKey, value]) => {
    const key = typeof rawKey === 'string' ? rawKey : JSON.stringify(rawKey);
    const parsed = keptMapSchema.safeParse(value);
    if (parsed.success) return { key, ok: true, map: parsed.data };
    return {
      key,
      ok: false,
      raw: value,
      problems: parsed.error.issues.map((issue) => ({
        code: 'kept-map-shape',
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: issue.message,
      })),
    };
  });
  return listed.sort((a, b) => {
    const at = (e: KeptEntry) => (e.ok ? e.map.openedAt : '');
    return at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : a.key < b.key ? -1 : 1;
  });
}

/** Removes a kept map. */
export async function removeKeptMap(key: string): Promise<void> {
  await del(key, db());
}

/**
 * Validates a kept map's text as a file would be (size limit, then the loader in a worker).
 * Returns the problems, empty when it opens.
 */
export async function checkKeptMap(map: KeptMap): Promise<readonly Problem[]> {
  const bytes = utf8.encode(map.text);
  if (bytes.byteLength > MAX_GRAPH_BYTES) return [tooLargeProblem(bytes.byteLength)];
  const result = await loadGraphInWorker(bytes);
  return result.ok ? [] : result.problems;
}

/** The text to download for an entry: the map file, or what was found under the key. */
export function keptEntryText(entry: KeptEntry): string {
  if (entry.ok) return entry.map.text;
  return typeof entry.raw === 'object' && entry.raw !== null && typeof (entry.raw as { text?: unknown }).text === 'string'
    ? (entry.raw as { text: string }).text
    : JSON.stringify(entry.raw, null, 2);
}

// ---------- the last map open, so a reload shows it ----------

const LAST_KEY = 'pathwise.last-map';

const lastMapSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kept'), key: z.string() }),
  z.strictObject({ kind: z.literal('link'), path: z.string() }),
]);

/** Which map was last open: a kept one (by key) or a link on this site (by path). */
export type LastMap = z.infer<typeof lastMapSchema>;

/** Remembers the map on screen; storage that fails only means a reload shows the default map. */
export function rememberLastMap(last: LastMap | null): void {
  try {
    if (last === null) localStorage.removeItem(LAST_KEY);
    else localStorage.setItem(LAST_KEY, JSON.stringify(last));
  } catch {
    // storage disabled: the default map shows after a reload
  }
}

/** The map last open, or null (none, unreadable, or storage disabled). */
export function lastMap(): LastMap | null {
  try {
    const raw = localStorage.getItem(LAST_KEY);
    if (raw === null) return null;
    const parsed = lastMapSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ---------- the list the picker shows ----------

export interface KeptMapsState {
  readonly entries: readonly KeptEntry[];
  /** Problems found when a kept map was last checked or opened; an empty list means it opens. */
  readonly checked: Readonly<Record<string, readonly Problem[]>>;
  /** Set when IndexedDB cannot be used (private mode, denied): maps are not kept. */
  readonly unavailable: string | null;
}

export const useKeptMaps = create<KeptMapsState>(() => ({ entries: [], checked: {}, unavailable: null }));

function unavailableMessage(error: unknown): string {
  return `Your maps cannot be kept in this browser (${error instanceof Error ? error.message : String(error)}).`;
}

/** Reads the list again from IndexedDB; a failure is shown, never thrown. */
export async function refreshKeptMaps(): Promise<void> {
  try {
    useKeptMaps.setState({ entries: await listKeptMaps(), unavailable: null });
  } catch (error) {
    useKeptMaps.setState({ entries: [], unavailable: unavailableMessage(error) });
  }
}

/** Records what a check or an open found for a kept map. */
export function noteKeptMapProblems(key: string, problems: readonly Problem[]): void {
  useKeptMaps.setState((s) => ({ checked: { ...s.checked, [key]: problems } }));
}

/** Validates every kept map not checked yet (one at a time, in a worker), so the list can show which no longer open. */
export async function checkKeptMaps(): Promise<void> {
  for (const entry of useKeptMaps.getState().entries) {
    if (!entry.ok || Object.hasOwn(useKeptMaps.getState().checked, entry.key)) continue;
    noteKeptMapProblems(entry.key, await checkKeptMap(entry.map));
  }
}

/** Forgets a kept map; the last-open pointer goes too when it named it. */
export async function forgetKeptMap(key: string): Promise<void> {
  try {
    await removeKeptMap(key);
  } catch (error) {
    useKeptMaps.setState({ unavailable: unavailableMessage(error) });
    return;
  }
  const last = lastMap();
  if (last?.kind === 'kept' && last.key === key) rememberLastMap(null);
  useKeptMaps.setState((s) => ({ checked: Object.fromEntries(Object.entries(s.checked).filter(([k]) => k !== key)) }));
  await refreshKeptMaps();
}
