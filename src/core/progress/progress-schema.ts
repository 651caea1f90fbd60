import { z } from 'zod';
import { idSchema } from '../schema/graph-schema';

/**
 * Saved progress, defined once: the in-memory value (`Progress`) and the file people export and
 * import (`ProgressDocument`) are both `z.infer` of a schema here.
 *
 * A progress document is small and written by Pathwise itself, so every object is strict and every
 * id must be kebab-case, like the map's: anything else is a corrupt or foreign file, not something
 * to guess about.
 */

export const PROGRESS_FORMAT = 'pathwise-progress';
export const PROGRESS_VERSION = 1;

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
 * Progress on one map, as the app keeps it in its store.
 * `orphans` holds marks for node ids the map no longer has: they are kept aside, saved again and
 * restored when the node comes back, so a map update never silently loses anyone's progress.
 */
export const progressSchema = z
  .strictObject({
    mapId: idSchema.describe('The map this progress belongs to (`meta.id` of the map).'),
    marks: marksSchema,
    orphans: marksSchema,
  })
  .readonly();

/** The saved and exported file: the progress plus what it is and when it was written. */
export const progressDocumentSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  mapId: idSchema,
  savedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as "2026-11-30T12:00:00.000Z"' }),
  marks: marksSchema,
  orphans: marksSchema.default({}),
});

export type Mark = z.infer<typeof markSchema>;
export type Marks = z.infer<typeof marksSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type ProgressDocument = z.infer<typeof progressDocumentSchema>;
