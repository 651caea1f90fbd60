import { makeProgress } from './edit-progress';
import type { Mark, Progress } from './progress-schema';

/**
 * Undoes `clearAll`: brings back every mark (and mark kept aside) that `before` held, with the day
 * it carried, as a change stamped `at` so other tabs take it back too. A node changed since the
 * clear (here or in another tab, so its stamp is no longer the clear's tombstone) keeps that newer
 * change. `clearedAt` is the `at` the clear was made with. Throws if the two are different maps.
 * @example
 * const cleared = clearAll(progress, t1);
 * undoClearAll(cleared, progress, t1, t2) // progress's marks and dates again, stamped t2
 */
export function undoClearAll(current: Progress, before: Progress, clearedAt: Date, at: Date = new Date()): Progress {
  if (current.mapId !== before.mapId) throw new Error(`core/progress.undoClearAll: progress for "${before.mapId}" cannot restore into "${current.mapId}"`);
  const tombstone = clearedAt.toISOString();
  const stamp = at.toISOString();
  const marks: Record<string, Mark> = { ...current.marks };
  const orphans: Record<string, Mark> = { ...current.orphans };
  const dates: Record<string, string> = { ...current.dates };
  const changed: Record<string, string> = { ...current.changed };
  for (const [kept, into] of [[before.marks, marks], [before.orphans, orphans]] as const) {
    for (const [id, mark] of Object.entries(kept)) {
      if (!Object.hasOwn(current.changed, id) || current.changed[id] !== tombstone) continue;
      into[id] = mark;
      const day = Object.hasOwn(before.dates, id) ? before.dates[id] : undefined;
      if (day === undefined) Reflect.deleteProperty(dates, id);
      else dates[id] = day;
      changed[id] = stamp;
    }
  }
  return makeProgress(current.mapId, marks, orphans, dates, changed);
}
