import { idSchema, isoDateSchema } from '../schema/graph-schema';
import type { Mark, Progress } from './progress-schema';

const RANK: Readonly<Record<Mark, number>> = { planned: 1, doing: 2, done: 3 };

/**
 * Progress with nothing marked, for a map opened for the first time.
 * @example emptyProgress('ms-102-roadmap') // { mapId: 'ms-102-roadmap', marks: {}, orphans: {}, dates: {}, changed: {} }
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
 * The day (YYYY-MM-DD) the node's current mark was set, or null when it has no mark or the mark
 * was saved before dates existed.
 * @example markDate(progress, 'az-305') // '2026-10-01' (marked "doing" that day)
 */
export function markDate(progress: Progress, id: string): string | null {
  if (markOf(progress, id) === null) return null;
  return Object.hasOwn(progress.dates, id) ? (progress.dates[id] ?? null) : null;
}

/**
 * The date a node was earned (YYYY-MM-DD): its mark date when it is marked done, else null.
 * Null too for a done mark saved before dates existed: the date is unknown and never guessed.
 * Renewals read this: expiry = date earned + the map's renewal period.
 * @example earnedOn(progress, 'ms-102') // '2026-03-15'
 */
export function earnedOn(progress: Progress, id: string): string | null {
  return markOf(progress, id) === 'done' ? markDate(progress, id) : null;
}

/** Options of `setMark`. */
export interface SetMarkOptions {
  /** When the change is made; it orders the change against other tabs' (the newest wins). Default: now. */
  readonly at?: Date;
  /**
   * The day the mark was set (YYYY-MM-DD). Default: the day it already has when the mark does not
   * change (so pressing "done" again never moves the date earned), else the UTC day of `at`.
   * The app passes the person's local day.
   */
  readonly on?: string;
}

/**
 * Marks a node (`null` clears it) and returns new progress; `progress` is not changed.
 * Every call is a change stamped with `at`: a cleared node keeps a tombstone in `changed`, so a
 * tab that still shows the old mark cannot bring it back when tabs merge. Returns the same object
 * only when nothing at all would change (same mark, day and stamp).
 * Marking or clearing a node also drops any old mark kept aside for it in `orphans`.
 * Throws on an id that is not kebab-case or a day that is not YYYY-MM-DD (programmer errors: ids
 * come from the map, days from a date field).
 * @example
 * const next = setMark(progress, 'az-104', 'done', { at: new Date(), on: '2026-12-02' });
 * setMark(next, 'az-104', null) // az-104 unmarked again, with a tombstone
 */
export function setMark(progress: Progress, id: string, mark: Mark | null, options: SetMarkOptions = {}): Progress {
  checkId('setMark', id);
  const at = options.at ?? new Date();
  if (Number.isNaN(at.getTime())) throw new Error('core/progress.setMark: `at` is an invalid date');
  if (options.on !== undefined && !isoDateSchema.safeParse(options.on).success) {
    throw new Error(`core/progress.setMark: "${options.on}" is not a date written YYYY-MM-DD`);
  }
  const stamp = at.toISOString();
  const current = markOf(progress, id);
  const orphaned = Object.hasOwn(progress.orphans, id);
  const day = mark === null ? null : (options.on ?? (mark === current ? markDate(progress, id) : null) ?? stamp.slice(0, 10));
  if (!orphaned && current === mark && markDate(progress, id) === day && own(progress.changed, id) === stamp) return progress;
  const marks = without(progress.marks, id);
  const dates = without(progress.dates, id);
  if (mark !== null) marks[id] = mark;
  if (day !== null) dates[id] = day;
  const orphans = orphaned ? without(progress.orphans, id) : progress.orphans;
  return makeProgress(progress.mapId, marks, orphans, dates, { ...progress.changed, [id]: stamp });
}

/**
 * Corrects the date a node marked done was earned (the person knows better than the day they
 * clicked). The edit is a change stamped `at`, so other tabs take it. Throws when the node is not
 * marked done or the day is not YYYY-MM-DD (the app offers the field only for done nodes).
 * @example setEarnedOn(progress, 'ms-102', '2026-03-15', new Date())
 */
export function setEarnedOn(progress: Progress, id: string, on: string, at: Date = new Date()): Progress {
  if (markOf(progress, id) !== 'done') throw new Error(`core/progress.setEarnedOn: "${id}" is not marked done`);
  return setMark(progress, id, 'done', { at, on });
}

/**
 * Clears every mark (and every mark kept aside), leaving tombstones stamped `at` so that other
 * tabs clear them too instead of bringing them back. What "Reset progress" does.
 * @example clearAll(progress, new Date())
 */
export function clearAll(progress: Progress, at: Date = new Date()): Progress {
  const stamp = at.toISOString();
  const changed: Record<string, string> = { ...progress.changed };
  for (const id of [...Object.keys(progress.marks), ...Object.keys(progress.orphans)]) changed[id] = stamp;
  return makeProgress(progress.mapId, {}, {}, {}, changed);
}

/** One node's state in a merge: its mark (or null when cleared), where it is kept, its day and stamp. */
interface Entry {
  readonly mark: Mark | null;
  readonly orphan: boolean;
  readonly day: string | null;
  /** '' when the change predates stamps (version 1 files): older than any stamped change. */
  readonly changed: string;
}

function entryOf(progress: Progress, id: string): Entry {
  const orphan = Object.hasOwn(progress.orphans, id);
  return {
    mark: orphan ? (progress.orphans[id] ?? null) : markOf(progress, id),
    orphan,
    day: own(progress.dates, id),
    changed: own(progress.changed, id) ?? '',
  };
}

/**
 * A total order on entries, so a merge is the same whichever side comes first: the newer change
 * wins; at the same instant (or both unstamped) the mark further along, then the later day, then a
 * live mark over one kept aside.
 */
function compareEntries(a: Entry, b: Entry): number {
  if (a.changed !== b.changed) return a.changed < b.changed ? -1 : 1;
  const rank = (a.mark === null ? 0 : RANK[a.mark]) - (b.mark === null ? 0 : RANK[b.mark]);
  if (rank !== 0) return rank;
  if (a.day !== b.day) return (a.day ?? '') < (b.day ?? '') ? -1 : 1;
  return Number(b.orphan) - Number(a.orphan);
}

/**
 * Merges two copies of the same map's progress node by node: for each node the newest change
 * wins, a cleared node included (its tombstone is a change). What a tab does when it saves
 * (merge with what is stored, write back) and when another tab saved (merge what it wrote).
 *
 * Commutative, associative and idempotent (a join over a total order per node), so any
 * interleaving of two tabs' saves ends where applying all their edits in time order ends.
 * Unstamped marks (from version 1 files) lose to any stamped change and otherwise merge as
 * "further along wins". Returns `a` itself when `b` adds nothing, so a store does not re-render.
 * Throws if the two belong to different maps (a programmer error).
 * @example
 * const merged = mergeProgress(parsedFromStorage, inMemory);
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  if (a.mapId !== b.mapId) throw new Error(`core/progress.mergeProgress: progress for "${b.mapId}" cannot merge with "${a.mapId}"`);
  if (a === b) return a;
  const ids = new Set<string>();
  for (const p of [a, b]) for (const part of [p.marks, p.orphans, p.changed]) for (const id of Object.keys(part)) ids.add(id);
  const marks: Record<string, Mark> = {};
  const orphans: Record<string, Mark> = {};
  const dates: Record<string, string> = {};
  const changed: Record<string, string> = {};
  let fromB = false;
  for (const id of ids) {
    const ea = entryOf(a, id);
    const eb = entryOf(b, id);
    const order = compareEntries(ea, eb);
    const win = order >= 0 ? ea : eb;
    if (order < 0) fromB = true;
    if (win.mark !== null) (win.orphan ? orphans : marks)[id] = win.mark;
    if (win.mark !== null && win.day !== null) dates[id] = win.day;
    if (win.changed !== '') changed[id] = win.changed;
  }
  return fromB ? makeProgress(a.mapId, marks, orphans, dates, changed) : a;
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

/**
 * What importing does: a merge, not a replace. Every node keeps the mark that is further along
 * (done > doing > planned), whichever side it comes from; nodes marked on one side only keep
 * that mark. So importing an older export never undoes newer progress, and importing your laptop's
 * progress on your phone adds to it. An import therefore never removes a mark: to start over from a
 * file, clear progress first (`emptyProgress`) and import then. Orphans merge by the same rule,
 * and an orphan whose id is now marked is dropped.
 *
 * A mark taken from the file keeps its day (the date earned travels with the export). A mark that
 * is the same on both sides takes the file's day only when it had none. Everything the import
 * changes is stamped `at`: the import is a change made now, so other tabs take it.
 *
 * Pure: `current` is untouched, so a failed import (a `parseProgress` failure, where this is
 * never called) leaves the current progress as it was. Throws if the two belong to different maps
 * (a programmer error: `parseProgress` already refused the foreign file).
 *
 * @example
 * const parsed = parseProgress(text, model);
 * if (parsed.ok) { const { progress, message } = mergeImport(current, parsed.progress, new Date()); save(progress); notify(message); }
 */
export function mergeImport(current: Progress, imported: Progress, at: Date = new Date()): MergeOutcome {
  if (current.mapId !== imported.mapId) {
    throw new Error(`core/progress.mergeImport: progress for "${imported.mapId}" cannot merge into "${current.mapId}"`);
  }
  const stamp = at.toISOString();
  const marks: Record<string, Mark> = { ...current.marks };
  const dates = new Map(Object.entries(current.dates));
  const changed: Record<string, string> = { ...current.changed };
  const take = (id: string, day: string | null): void => {
    if (day === null) dates.delete(id);
    else dates.set(id, day);
    changed[id] = stamp;
  };
  let added = 0;
  let advanced = 0;
  let unchanged = 0;
  for (const [id, mark] of sortedEntries(imported.marks)) {
    const had = markOf(current, id);
    const day = own(imported.dates, id);
    if (had === null) added += 1;
    else if (RANK[mark] > RANK[had]) advanced += 1;
    else {
      unchanged += 1;
      if (had === mark && markDate(current, id) === null && day !== null) take(id, day);
      continue;
    }
    marks[id] = mark;
    take(id, day);
  }
  const orphans: Record<string, Mark> = {};
  for (const side of [current, imported]) {
    for (const [id, mark] of Object.entries(side.orphans)) {
      if (Object.hasOwn(marks, id)) continue;
      const had = Object.hasOwn(orphans, id) ? orphans[id] : undefined;
      if (had === undefined || RANK[mark] > RANK[had]) {
        orphans[id] = mark;
        if (side === imported) take(id, own(imported.dates, id));
      }
    }
  }
  // An orphan of `current` replaced by a live mark from the file leaves no stale day behind.
  for (const id of dates.keys()) if (!Object.hasOwn(marks, id) && !Object.hasOwn(orphans, id)) dates.delete(id);
  const total = added + advanced + unchanged;
  const message =
    total === 0
      ? 'The imported file had no marks; nothing changed.'
      : `Imported ${count(total, 'mark')}: ${added} new, ${advanced} moved further along, ${unchanged} already up to date.`;
  return { progress: makeProgress(current.mapId, marks, orphans, Object.fromEntries(dates), changed), added, advanced, unchanged, message };
}

/**
 * Builds a frozen progress value with keys in sorted order. Internal: callers pass validated ids.
 * Object.fromEntries defines own properties, so an id such as "constructor" is an ordinary key.
 */
export function makeProgress(
  mapId: string,
  marks: Readonly<Record<string, Mark>>,
  orphans: Readonly<Record<string, Mark>>,
  dates: Readonly<Record<string, string>> = {},
  changed: Readonly<Record<string, string>> = {},
): Progress {
  return Object.freeze({
    mapId,
    marks: Object.freeze(Object.fromEntries(sortedEntries(marks))),
    orphans: Object.freeze(Object.fromEntries(sortedEntries(orphans))),
    dates: Object.freeze(Object.fromEntries(sortedEntries(dates))),
    changed: Object.freeze(Object.fromEntries(sortedEntries(changed))),
  });
}

/** Entries sorted by id in code-unit order: the same in every locale. */
export function sortedEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function own<T>(record: Readonly<Record<string, T>>, id: string): T | null {
  return Object.hasOwn(record, id) ? (record[id] ?? null) : null;
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
}

function checkId(fn: string, id: string): void {
  if (!idSchema.safeParse(id).success) throw new Error(`core/progress.${fn}: "${id}" is not a kebab-case id`);
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
