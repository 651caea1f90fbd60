import { create } from 'zustand';
import {
  clearAll,
  emptyProgress,
  importProgress,
  markOf,
  mergeProgress,
  parseProgress,
  progressFileName,
  progressStorageKey,
  serializeProgress,
  setEarnedOn,
  setMark,
  type Mark,
  type PathwiseGraph,
  type Progress,
  undoClearAll,
} from '../core/index';
import { actions as appActions } from './store';

/**
 * Whether progress reaches this browser's storage: `ok`; `unavailable` when storage cannot be read
 * (disabled or denied), so nothing is written either (writing blind could overwrite saved marks);
 * `failing` when the last write was refused (storage full). In both bad cases work goes on in memory.
 */
export type StorageHealth = 'ok' | 'unavailable' | 'failing';

export interface ProgressState {
  readonly progress: Progress | null;
  /** Set when saved progress could not be read: saving is paused so the stored text is not lost. */
  readonly blocked: { readonly message: string; readonly raw: string } | null;
  readonly health: StorageHealth;
}

export const useProgressStore = create<ProgressState>(() => ({ progress: null, blocked: null, health: 'ok' }));

const set = useProgressStore.setState;
const get = useProgressStore.getState;

/** The map whose progress is loaded: storage events from other tabs are read against it. */
let model: PathwiseGraph | null = null;

const SAVE_NOTICE = 'progress-save';

/** Today in the person's own calendar (a mark set at 23:30 in Seattle is earned that day, not the next UTC day). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Chromium throws SecurityError on access when site data is blocked.
    return null;
  }
}

type Read = { readonly ok: true; readonly raw: string | null } | { readonly ok: false };

function read(mapId: string): Read {
  const store = storage();
  if (store === null) return { ok: false };
  try {
    return { ok: true, raw: store.getItem(progressStorageKey(mapId)) };
  } catch {
    return { ok: false };
  }
}

function unavailable(): void {
  set({ health: 'unavailable' });
  appActions.notify({
    id: SAVE_NOTICE,
    tone: 'warning',
    text: 'This browser does not let Pathwise use its storage (disabled or denied), so progress is kept only until this tab closes. Use My progress → Export progress to keep it.',
  });
}

function failing(error: unknown): void {
  set({ health: 'failing' });
  const full = error instanceof DOMException && error.name === 'QuotaExceededError';
  appActions.notify({
    id: SAVE_NOTICE,
    tone: 'warning',
    text: `Progress could not be saved in this browser (${full ? 'storage is full' : 'storage refused the write'}). Your marks stay in this tab, and what was saved before is untouched. Use My progress → Export progress to keep them.`,
  });
}

function healthy(): void {
  if (get().health === 'ok') return;
  set({ health: 'ok' });
  appActions.dismiss(SAVE_NOTICE);
}

/**
 * Saves without losing anything: reads what is stored (another tab may have written since), merges
 * node by node (the newest change wins), writes the merge back and keeps it. Nothing is written
 * when the stored text cannot be read or parsed, so saved marks are never replaced by this tab's
 * smaller copy. Returns the progress now held.
 */
function persist(progress: Progress): Progress {
  if (get().blocked !== null || model === null || model.meta.id !== progress.mapId) {
    set({ progress });
    return progress;
  }
  const stored = read(progress.mapId);
  if (!stored.ok) {
    set({ progress });
    unavailable();
    return progress;
  }
  let merged = progress;
  if (stored.raw !== null && stored.raw !== '') {
    const parsed = parseProgress(stored.raw, model);
    if (!parsed.ok) {
      block(parsed.message, stored.raw, progress);
      return progress;
    }
    merged = mergeProgress(progress, parsed.progress);
  }
  set({ progress: merged });
  try {
    storage()?.setItem(progressStorageKey(merged.mapId), serializeProgress(merged, new Date()));
    healthy();
  } catch (error) {
    failing(error);
  }
  return merged;
}

function block(message: string, raw: string, progress: Progress): void {
  set({ progress, blocked: { message, raw } });
  appActions.notify({
    id: 'progress-corrupt',
    tone: 'error',
    text: `Your saved progress for this map could not be read: ${message} It is kept untouched; open Progress to download it or reset.`,
  });
}

/** Another tab saved: take its changes (newest per node) and write back anything only this tab has. */
function onStorage(event: StorageEvent): void {
  const { progress, blocked } = get();
  if (model === null || progress === null || event.key !== progressStorageKey(model.meta.id)) return;
  if (event.newValue === null || event.newValue === '') {
    // Another tab reset unreadable data: start again from what is stored now.
    if (blocked !== null) progressActions.load(model);
    return;
  }
  if (blocked !== null) return;
  const parsed = parseProgress(event.newValue, model);
  if (!parsed.ok) return;
  const merged = mergeProgress(parsed.progress, progress);
  // This tab's copy may hold a change the other tab's write missed (both saved at once): write it back.
  if (merged !== parsed.progress) persist(merged);
  else set({ progress: merged });
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);

const UNDO_NOTICE = 'progress-cleared';
/** How long "Clear all progress" can be undone. */
export const UNDO_CLEAR_MS = 10_000;
/** What the last "Clear all progress" removed, and when, while it can still be undone. */
let lastClear: { readonly before: Progress; readonly at: Date; timer: ReturnType<typeof setTimeout> | null } | null = null;

function forgetClear(): void {
  if (lastClear?.timer != null) clearTimeout(lastClear.timer);
  lastClear = null;
  appActions.dismiss(UNDO_NOTICE);
}

/**
 * While the person is at the Undo notice the offer does not run out (WCAG 2.2.1: a time limit the
 * user can extend); when they leave, they get the full `UNDO_CLEAR_MS` again.
 */
function holdUndo(held: boolean): void {
  if (lastClear === null) return;
  if (lastClear.timer !== null) clearTimeout(lastClear.timer);
  lastClear.timer = held ? null : setTimeout(forgetClear, UNDO_CLEAR_MS);
}

/** Progress actions: every change is merged with what is stored and saved at once under the map's id. */
export const progressActions = {
  /** Reads the map's saved progress; corrupt or foreign data gives a notice and a reset option, never a crash. */
  load: (next: PathwiseGraph): void => {
    if (lastClear !== null && lastClear.before.mapId !== next.meta.id) forgetClear();
    model = next;
    appActions.dismiss('progress-corrupt');
    const stored = read(next.meta.id);
    if (!stored.ok) {
      set({ progress: emptyProgress(next.meta.id), blocked: null });
      unavailable();
      return;
    }
    if (get().health === 'unavailable') healthy();
    if (stored.raw === null || stored.raw === '') {
      set({ progress: emptyProgress(next.meta.id), blocked: null });
      return;
    }
    const result = parseProgress(stored.raw, next);
    if (result.ok) {
      set({ progress: result.progress, blocked: null });
      for (const notice of result.notices) appActions.notify({ id: 'progress-orphans', tone: 'info', text: notice });
      return;
    }
    block(result.message, stored.raw, emptyProgress(next.meta.id));
  },
  mark: (id: string, mark: Mark | null, now: Date = new Date()): void => {
    const { progress } = get();
    if (progress === null) return;
    // A new mark is dated in the person's own calendar; pressing the same mark again keeps its date.
    const options = markOf(progress, id) === mark ? { at: now } : { at: now, on: localDay(now) };
    const next = setMark(progress, id, mark, options);
    if (next !== progress) persist(next);
  },
  /** Corrects the date a done node was earned (YYYY-MM-DD). Returns false, changing nothing, for a bad date. */
  setEarnedOn: (id: string, day: string, now: Date = new Date()): boolean => {
    const { progress } = get();
    if (progress === null || markOf(progress, id) !== 'done') return false;
    let next: Progress;
    try {
      next = setEarnedOn(progress, id, day, now);
    } catch {
      return false;
    }
    persist(next);
    return true;
  },
  /** Imports a progress file; a failed import leaves the current progress as it was. */
  import: (text: string, map: PathwiseGraph): { ok: boolean; message: string } => {
    const { progress } = get();
    if (progress === null) return { ok: false, message: 'No map is loaded.' };
    const result = importProgress(text, map, progress, new Date());
    if (!result.ok) return { ok: false, message: result.message };
    persist(result.progress);
    return { ok: true, message: [result.message, ...result.notices].join(' ') };
  },
  exportFile: (): { text: string; fileName: string } | null => {
    const { progress } = get();
    if (progress === null) return null;
    const now = new Date();
    return { text: serializeProgress(progress, now), fileName: progressFileName(progress.mapId, now) };
  },
  /**
   * "Clear all progress" (the panel asks first): clears every mark with tombstones, so other tabs
   * clear too, and offers Undo in a notice for `UNDO_CLEAR_MS` (longer while the person is at the
   * notice, see `holdUndo`). Returns how many marks it cleared.
   */
  clearAll: (): number => {
    const { progress, blocked } = get();
    if (progress === null || blocked !== null) return 0;
    const count = Object.keys(progress.marks).length + Object.keys(progress.orphans).length;
    if (count === 0) return 0;
    forgetClear();
    const at = new Date();
    persist(clearAll(progress, at));
    lastClear = { before: progress, at, timer: setTimeout(forgetClear, UNDO_CLEAR_MS) };
    appActions.notify({
      id: UNDO_NOTICE,
      tone: 'info',
      text: `Cleared ${String(count)} mark${count === 1 ? '' : 's'}.`,
      action: { label: 'Undo', run: () => progressActions.undoClear(), hold: holdUndo },
    });
    return count;
  },
  /**
   * Undoes the last "Clear all progress" while its notice shows: every mark comes back with its
   * date, stamped now so other tabs take it; a mark changed since the clear keeps that change.
   */
  undoClear: (): boolean => {
    const { progress } = get();
    const undo = lastClear;
    forgetClear();
    if (undo === null || progress === null || progress.mapId !== undo.before.mapId) return false;
    persist(undoClearAll(progress, undo.before, undo.at, new Date()));
    return true;
  },
  /**
   * Clears progress for the map. Readable progress is cleared mark by mark with tombstones, so other
   * open tabs clear too instead of writing the marks back; unreadable saved data is removed.
   */
  reset: (mapId: string): void => {
    const { progress, blocked } = get();
    if (blocked !== null || progress === null || progress.mapId !== mapId) {
      try {
        storage()?.removeItem(progressStorageKey(mapId));
      } catch {
        // storage disabled: the in-memory reset below still applies
      }
      set({ progress: emptyProgress(mapId), blocked: null });
      appActions.dismiss('progress-corrupt');
      return;
    }
    persist(clearAll(progress, new Date()));
  },
};
