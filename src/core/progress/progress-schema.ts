import { z } from 'zod';
import { idSchema, isoDateSchema } from '../schema/graph-schema';

/**
 * Saved progress, defined once: the in-memory value (`Progress`) and the file people export and
 * import (`ProgressDocument`) are both `z.infer` of a schema here.
 *
 * A progress document is small and written by Pathwise itself, so every object is strict and every
 * id must be kebab-case, like the map's: anything else is a corrupt or foreign file, not something
 * to guess about.
 */

export const PROGRESS_FORMAT = 'pathwise-progress';
/** The version written. Version 1 (before dated marks) is still read: its marks simply have no dates. */
export const PROGRESS_VERSION = 2;
/** Every version `parseProgress` reads. */
export const READABLE_PROGRESS_VERSIONS = [1, 2] as const;

/** Documents over this size are refused before parsing: real progress is a few kilobytes. */
export const MAX_PROGRESS_BYTES = 5 * 1024 * 1024;

/** At most this many marks, and at most this many orphans, in one document. */
export const MAX_MARKS = 100_000;

export const MARKS = ['done', 'doing', 'planned'] as const;

/** How far a person is with a node: done (held), doing (in progress) or planned. */
export const markSchema = z.enum(MARKS, { error: 'must be "done", "doing" or "planned"' });

/** Node id → mark. Read-only: every change makes a new object (see `setMark`). */
export const marksSchema = z
  .record(idSchema, markSchema)
  .refine((marks) => Object.keys(marks).length <= MAX_MARKS, `must hold at most ${MAX_MARKS} marks`)
  .readonly();

/**
 * Node id → the calendar day its mark was set (YYYY-MM-DD). For "done" this is the date earned,
 * which the person can correct; renewals (expiry = date earned + the map's renewal period) build on it.
 * Marks saved before dates existed have no entry: their date is unknown, never guessed.
 */
export const markDatesSchema = z
  .record(idSchema, isoDateSchema)
  .refine((dates) => Object.keys(dates).length <= MAX_MARKS * 2, `must hold at most ${MAX_MARKS * 2} dates`)
  .readonly();

/** A UTC instant as `Date.toISOString()` writes it, so that instants compare as strings. */
export const changedAtSchema = z.iso.datetime({ precision: 3, error: 'must be a UTC date-time such as "2026-11-30T12:00:00.000Z"' });

/**
 * Node id → when its mark last changed (set, edited or cleared). A cleared mark keeps its entry here
 * (a tombstone): without it, a tab that still holds the old mark would bring it back on merge.
 * Open tabs merge node by node and the newest change wins (see `mergeProgress`).
 */
export const changedSchema = z
  .record(idSchema, changedAtSchema)
  .refine((changed) => Object.keys(changed).length <= MAX_MARKS * 2, `must hold at most ${MAX_MARKS * 2} entries`)
  .readonly();

/**
 * Progress on one map, as the app keeps it in its store.
 * `orphans` holds marks for node ids the map no longer has: they are kept aside, saved again and
 * restored when the node comes back, so a map update never silently loses anyone's progress.
 * An id is in `marks` or in `orphans`, never both; `dates` and `changed` cover both.
 */
export const progressSchema = z
  .strictObject({
    mapId: idSchema.describe('The map this progress belongs to (`meta.id` of the map).'),
    marks: marksSchema,
    orphans: marksSchema,
    dates: markDatesSchema,
    changed: changedSchema,
  })
  .readonly();

/** The saved and exported file: the progress plus what it is and when it was written. */
export const progressDocumentSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.union(READABLE_PROGRESS_VERSIONS.map((v) => z.literal(v))),
  mapId: idSchema,
  savedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as "2026-11-30T12:00:00.000Z"' }),
  marks: marksSchema,
  orphans: marksSchema.default({}),
  /** Absent in version 1 files. */
  dates: markDatesSchema.default({}),
  /** Absent in version 1 files: their marks merge as the oldest changes. */
  changed: changedSchema.default({}),
});

export type Mark = z.infer<typeof markSchema>;
export type Marks = z.infer<typeof marksSchema>;
export type MarkDates = z.infer<typeof markDatesSchema>;
export type Changed = z.infer<typeof changedSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type ProgressDocument = z.infer<typeof progressDocumentSchema>;
