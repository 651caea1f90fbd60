import { idSchema } from '../schema/graph-schema';
import { sortedEntries } from './edit-progress';
import { PROGRESS_FORMAT, PROGRESS_VERSION, type Progress, type ProgressDocument } from './progress-schema';

/**
 * Writes progress as the document `parseProgress` reads: keys in a fixed order (format, version,
 * mapId, savedAt, marks, orphans, dates, changed), marks and orphans sorted by id, two-space indent and a final
 * newline, so the same progress at the same time always gives the same text (stable diffs and tests).
 * Orphans are written too: they are how a mark survives a map that dropped its node for a while.
 * Days and change stamps (tombstones included) are written, so export → import keeps dates earned
 * and tabs can merge what is stored.
 * Throws on an invalid date (a programmer error).
 * @example
 * localStorage.setItem(progressStorageKey(progress.mapId), serializeProgress(progress, new Date()));
 */
export function serializeProgress(progress: Progress, now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('core/progress.serializeProgress: `now` is an invalid date');
  const doc: ProgressDocument = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    mapId: progress.mapId,
    savedAt: now.toISOString(),
    marks: Object.fromEntries(sortedEntries(progress.marks)),
    orphans: Object.fromEntries(sortedEntries(progress.orphans)),
    dates: Object.fromEntries(sortedEntries(progress.dates)),
    changed: Object.fromEntries(sortedEntries(progress.changed)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The localStorage key the app saves a map's progress under. Throws on an id that is not kebab-case.
 * @example progressStorageKey('ms-102-roadmap') // "pathwise.progress.ms-102-roadmap"
 */
export function progressStorageKey(mapId: string): string {
  if (!idSchema.safeParse(mapId).success) throw new Error(`core/progress.progressStorageKey: "${mapId}" is not a kebab-case map id`);
  return `pathwise.progress.${mapId}`;
}

/**
 * A file name for an export, e.g. "pathwise-progress-ms-102-roadmap-2026-11-30.json" (UTC date).
 * @example progressFileName('ms-102-roadmap', new Date('2026-11-30T10:00:00Z'))
 */
export function progressFileName(mapId: string, now: Date): string {
  return `pathwise-progress-${mapId}-${now.toISOString().slice(0, 10)}.json`;
}
