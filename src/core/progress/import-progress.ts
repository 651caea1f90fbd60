import type { PathwiseGraph } from '../graph/build-graph';
import { mergeImport } from './edit-progress';
import { parseProgress, type ParseProgressFailure } from './parse-progress';
import type { Progress } from './progress-schema';

export type ImportProgressResult =
  | {
      readonly ok: true;
      /** The merged progress to store and save. */
      readonly progress: Progress;
      /** One sentence for people, e.g. "Imported 12 marks: 5 new, 2 moved further along, 5 already up to date." */
      readonly message: string;
      /** Orphans and restorations reported by `parseProgress`. */
      readonly notices: readonly string[];
    }
  | ParseProgressFailure;

/**
 * An import from a file in one call: `parseProgress` then `mergeImport`. On failure nothing is
 * merged and the caller keeps `current` as it is. `at` stamps what the import changes (see `mergeImport`).
 * @example
 * const result = importProgress(await file.text(), model, state.progress);
 * if (result.ok) actions.setProgress(result.progress);
 * notify(result.message);
 */
export function importProgress(text: string, model: PathwiseGraph, current: Progress, at: Date = new Date()): ImportProgressResult {
  if (current.mapId !== model.meta.id) {
    throw new Error(`core/progress.importProgress: current progress is for "${current.mapId}", the map is "${model.meta.id}"`);
  }
  const parsed = parseProgress(text, model);
  if (!parsed.ok) return parsed;
  const merged = mergeImport(current, parsed.progress, at);
  return { ok: true, progress: merged.progress, message: merged.message, notices: parsed.notices };
}
