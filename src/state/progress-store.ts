import { create } from 'zustand';
import {
  emptyProgress,
  importProgress,
  parseProgress,
  progressFileName,
  progressStorageKey,
  serializeProgress,
  setMark,
  type Mark,
  type PathwiseGraph,
  type Progress,
} from '../core/index';
import { actions as appActions } from './store';

export interface ProgressState {
  readonly progress: Progress | null;
  /** Set when saved progress could not be read: saving is paused so the stored text is not lost. */
  readonly blocked: { readonly message: string; readonly raw: string } | null;
}

export const useProgressStore = create<ProgressState>(() => ({ progress: null, blocked: null }));

const set = useProgressStore.setState;
const get = useProgressStore.getState;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function save(progress: Progress): void {
  if (get().blocked !== null) return;
  try {
    storage()?.setItem(progressStorageKey(progress.mapId), serializeProgress(progress, new Date()));
  } catch {
    appActions.notify({ id: 'progress-save', tone: 'warning', text: 'Progress could not be saved in this browser (storage full or disabled). Export it to keep it.' });
  }
}

/** Progress actions: every change is saved at once under the map's id. */
export const progressActions = {
  /** Reads the map's saved progress; corrupt or foreign data gives a notice and a reset option, never a crash. */
  load: (model: PathwiseGraph): void => {
    const raw = storage()?.getItem(progressStorageKey(model.meta.id)) ?? null;
    if (raw === null || raw === '') {
      set({ progress: emptyProgress(model.meta.id), blocked: null });
      return;
    }
    const result = parseProgress(raw, model);
    if (result.ok) {
      set({ progress: result.progress, blocked: null });
      for (const notice of result.notices) appActions.notify({ id: 'progress-orphans', tone: 'info', text: notice });
      return;
    }
    set({ progress: emptyProgress(model.meta.id), blocked: { message: result.message, raw } });
    appActions.notify({
      id: 'progress-corrupt',
      tone: 'error',
      text: `Your saved progress for this map could not be read: ${result.message} It is kept untouched; open Progress to download it or reset.`,
    });
  },
  mark: (id: string, mark: Mark | null): void => {
    const { progress } = get();
    if (progress === null) return;
    const next = setMark(progress, id, mark);
    if (next === progress) return;
    set({ progress: next });
    save(next);
  },
  /** Imports a progress file; a failed import leaves the current progress as it was. */
  import: (text: string, model: PathwiseGraph): { ok: boolean; message: string } => {
    const { progress } = get();
    if (progress === null) return { ok: false, message: 'No map is loaded.' };
    const result = importProgress(text, model, progress);
    if (!result.ok) return { ok: false, message: result.message };
    set({ progress: result.progress });
    save(result.progress);
    return { ok: true, message: [result.message, ...result.notices].join(' ') };
  },
  exportFile: (): { text: string; fileName: string } | null => {
    const { progress } = get();
    if (progress === null) return null;
    const now = new Date();
    return { text: serializeProgress(progress, now), fileName: progressFileName(progress.mapId, now) };
  },
  /** Clears saved progress for the map, including unreadable saved data. */
  reset: (mapId: string): void => {
    try {
      storage()?.removeItem(progressStorageKey(mapId));
    } catch {
      // nothing stored or storage disabled: the in-memory reset below still applies
    }
    set({ progress: emptyProgress(mapId), blocked: null });
    appActions.dismiss('progress-corrupt');
  },
};
