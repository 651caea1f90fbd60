import { idSchema } from '../schema/graph-schema';
import type { Mark, Marks, Progress } from './progress-schema';

/**
 * Progress with nothing marked, for a map opened for the first time.
 * @example emptyProgress('ms-102-roadmap') // { mapId: 'ms-102-roadmap', marks: {}, orphans: {} }
 */
export function emptyProgress(mapId: string): Progress {
  checkId('emptyProgress', mapId);
  return makeProgress(mapId, {}, {});
}

/**
 * The mark of a node, or null. Reads own keys only: a node may be called "constructor".
 * @example markOf(progress, 'az-104') // 'done'
 */
export function markOf(progress: Progress, id: string): Mark | null {
  return Object.hasOwn(progress.marks, id) ? (progress.marks[id] ?? null) : null;
}

/**
 * Marks a node (`null` clears it) and returns new progress; `progress` is not changed. Returns the
 * same object when nothing changes, so a store selector does not re-render for a no-op.
 * Marking or clearing a node also drops any old mark kept aside for it in `orphans`.
 * Throws on an id that is not kebab-case (a programmer error: ids come from the map).
 * @example
 * const next = setMark(progress, 'az-104', 'done');
 * setMark(next, 'az-104', null) // az-104 unmarked again
 */
export function setMark(progress: Progress, id: string, mark: Mark | null): Progress {
  checkId('setMark', id);
  const orphaned = Object.hasOwn(progress.orphans, id);
  if (markOf(progress, id) === mark && !orphaned) return progress;
  const marks = Object.fromEntries(Object.entries(progress.marks).filter(([key]) => key !== id));
  if (mark !== null) marks[id] = mark;
  const orphans = orphaned ? Object.fromEntries(Object.entries(progress.orphans).filter(([key]) => key !== id)) : progress.orphans;
  return makeProgress(progress.mapId, marks, orphans);
}

/**
 * Ids marked done, sorted: what the person holds, for routing's `have` and for `gapAnalysis`.
 * Orphans are not included (the map does not have them).
 * @example findRoute(model, null, 'az-305', { have: [...heldIds(progress)] })
 */
export function heldIds(progress: Progress): readonly string[] {
  return sortedEntries(progress.marks)
    .filter(([, mark]) => mark === 'done')
    .map(([id]) => id);
}

/** What `mergeImport` did, with a sentence for people. */
export interface MergeOutcome {
  readonly progress: Progress;
  /** Marks for nodes that had none. */
  readonly added: number;
  /** Marks that moved further along (planned → doing → done). */
  readonly advanced: number;
  /** Imported marks not taken because the current one is the same or further along. */
  readonly unchanged: number;
  readonly message: string;
}

const RANK: Readonly<Record<Mark, number>> = { planned: 1, doing: 2, done: 3 };

/**
 * What importing does: a merge, not a replace. Every node keeps the mark that is further along
 * (done > doing > planned), whichever side it comes from; nodes marked on one side only keep
 * that mark. So importing an older export never undoes newer progress, and importing your laptop's
 * progress on your phone adds to it. An import therefore never removes a mark: to start over from a
 * file, clear progress first (`emptyProgress`) and import then. Orphans merge by the same rule,
 * and an orphan whose id is now marked is dropped.
 *
 * Pure: `current` is untouched, so a failed import (a `parseProgress` failure, where this is
 * never called) leaves the current progress as it was. Throws if the two belong to different maps
 * (a programmer error: `parseProgress` already refused the foreign file).
 *
 * @example
 * const parsed = parseProgress(text, model);
 * if (parsed.ok) { const { progress, message } = mergeImport(current, parsed.progress); save(progress); notify(message); }
 */
export function mergeImport(current: Progress, imported: Progress): MergeOutcome {
  if (current.mapId !== imported.mapId) {
    throw new Error(`core/progress.mergeImport: progress for "${imported.mapId}" cannot merge into "${current.mapId}"`);
  }
  const marks: Record<string, Mark> = Object.fromEntries(Object.entries(current.marks));
  let added = 0;
  let advanced = 0;
  let unchanged = 0;
  for (const [id, mark] of sortedEntries(imported.marks)) {
    const had = markOf(current, id);
    if (had === null) added += 1;
    else if (RANK[mark] > RANK[had]) advanced += 1;
    else {
      unchanged += 1;
      continue;
    }
    marks[id] = mark;
  }
  const orphans: Record<string, Mark> = {};
  for (const side of [current.orphans, imported.orphans]) {
    for (const [id, mark] of Object.entries(side)) {
      if (Object.hasOwn(marks, id)) continue;
      const had = Object.hasOwn(orphans, id) ? orphans[id] : undefined;
      if (had === undefined || RANK[mark] > RANK[had]) orphans[id] = mark;
    }
  }
  const total = added + advanced + unchanged;
  const message =
    total === 0
      ? 'The imported file had no marks; nothing changed.'
      : `Imported ${count(total, 'mark')}: ${added} new, ${advanced} moved further along, ${unchanged} already up to date.`;
  return { progress: makeProgress(current.mapId, marks, orphans), added, advanced, unchanged, message };
}

/**
 * Builds a frozen progress value with keys in sorted order. Internal: callers pass validated ids.
 * Object.fromEntries defines own properties, so an id such as "constructor" is an ordinary key.
 */
export function makeProgress(mapId: string, marks: Readonly<Record<string, Mark>>, orphans: Readonly<Record<string, Mark>>): Progress {
  return Object.freeze({
    mapId,
    marks: Object.freeze(Object.fromEntries(sortedEntries(marks))),
    orphans: Object.freeze(Object.fromEntries(sortedEntries(orphans))),
  });
}

/** Entries sorted by id in code-unit order: the same in every locale. */
export function sortedEntries(marks: Marks): [string, Mark][] {
  return Object.entries(marks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkId(fn: string, id: string): void {
  if (!idSchema.safeParse(id).success) throw new Error(`core/progress.${fn}: "${id}" is not a kebab-case id`);
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
