import type { z } from 'zod';
import type { PathwiseGraph } from '../graph/build-graph';
import { formatPath } from '../schema/problem';
import { parseJson } from '../schema/parse-json';
import { makeProgress, sortedEntries } from './edit-progress';
import {
  MAX_MARKS,
  MAX_PROGRESS_BYTES,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  READABLE_PROGRESS_VERSIONS,
  progressDocumentSchema,
  type Mark,
  type Progress,
  type ProgressDocument,
} from './progress-schema';

/** Why a progress document was refused. */
export type ProgressProblem = 'corrupt' | 'foreign-map' | 'wrong-format' | 'too-large';

export type ParseProgressFailure =
  | {
      readonly ok: false;
      readonly problem: 'foreign-map';
      /** For people, e.g. 'This progress is for the map "cybersecurity-foundations", not for "MS-102 Roadmap".' */
      readonly message: string;
      /** The map the document belongs to. */
      readonly mapId: string;
    }
  | { readonly ok: false; readonly problem: 'corrupt' | 'wrong-format' | 'too-large'; readonly message: string };

export type ParseProgressResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      /** When the document was written (ISO date-time), e.g. to show "saved on …" after an import. */
      readonly savedAt: string;
      /** Ids of marks kept aside because the map has no such node (sorted); see `Progress.orphans`. */
      readonly orphans: readonly string[];
      /** Sentences for people about what was kept aside or restored; empty when there is nothing to say. */
      readonly notices: readonly string[];
    }
  | ParseProgressFailure;

/**
 * Reads saved or imported progress for `model`. Never throws: corrupt JSON, another map's progress,
 * a file that is not progress (a map, say), an unknown mark or id, and documents over 5 MB or with
 * more than 100,000 marks come back as `{ ok: false, problem, message }`, the message written for people.
 *
 * Marks for nodes the map does not have are moved to `progress.orphans` and reported, never dropped;
 * orphans whose node is back in the map are restored to `marks`. `serializeProgress` writes orphans
 * out again, so they survive any number of saves.
 *
 * @example
 * const result = parseProgress(localStorage.getItem(progressStorageKey(model.meta.id)) ?? '', model);
 * if (result.ok) store.setProgress(result.progress);
 * else if (result.problem === 'foreign-map') notify(result.message); // names the other map
 */
export function parseProgress(text: string, model: PathwiseGraph): ParseProgressResult {
  if (utf8Bytes(text) > MAX_PROGRESS_BYTES) {
    return fail('too-large', `The progress file is larger than ${MAX_PROGRESS_BYTES / 1024 / 1024} MB, so it was not read.`);
  }
  const json = parseJson(text);
  if (!json.ok) {
    const [first] = json.problems;
    const where = first?.line === undefined ? '' : ` (line ${first.line}, column ${first.column ?? 1})`;
    return fail('corrupt', `The progress file is damaged: ${first?.message ?? 'not valid JSON'}${where}.`);
  }
  const value = json.value;
  const kind = recognise(value);
  if (kind !== null) return kind;
  const doc = value as Record<string, unknown>;

  for (const field of ['marks', 'orphans', 'dates', 'changed'] as const) {
    const marks = doc[field];
    if (isObject(marks) && Object.keys(marks).length > (field === 'marks' || field === 'orphans' ? MAX_MARKS : MAX_MARKS * 2)) {
      return fail('too-large', `The progress file holds more than ${MAX_MARKS.toLocaleString('en-US')} ${field}, so it was not read.`);
    }
  }
  // Checked before the rest so that another map's file, even a damaged one, is named as such.
  if (typeof doc.mapId === 'string' && doc.mapId !== model.meta.id) {
    return {
      ok: false,
      problem: 'foreign-map',
      mapId: doc.mapId,
      message: `This progress is for the map "${doc.mapId}", not for "${model.meta.title}" (${model.meta.id}). Open that map to use it.`,
    };
  }

  const parsed = progressDocumentSchema.safeParse(value);
  if (!parsed.success) return fail('corrupt', `The progress file is damaged: ${describeIssues(parsed.error.issues, value)}.`);

  return placeMarks(parsed.data, model);
}

/** Splits marks into those the map has and orphans, restoring orphans whose node came back. */
function placeMarks(doc: ProgressDocument, model: PathwiseGraph): ParseProgressResult {
  const { mapId, marks, orphans, savedAt } = doc;
  const kept: [string, Mark][] = [];
  const aside: [string, Mark][] = [];
  const restored: string[] = [];
  for (const [id, mark] of sortedEntries(marks)) (model.byId.has(id) ? kept : aside).push([id, mark]);
  for (const [id, mark] of sortedEntries(orphans)) {
    // A live mark wins over an old one kept aside for the same node.
    if (Object.hasOwn(marks, id)) continue;
    if (model.byId.has(id)) {
      kept.push([id, mark]);
      restored.push(id);
    } else aside.push([id, mark]);
  }
  // A day with no mark to go with it says nothing; tombstones (stamps without marks) are kept.
  const dates = Object.fromEntries(Object.entries(doc.dates).filter(([id]) => Object.hasOwn(marks, id) || Object.hasOwn(orphans, id)));
  const progress = makeProgress(mapId, Object.fromEntries(kept), Object.fromEntries(aside), dates, doc.changed);
  const orphanIds = Object.keys(progress.orphans).sort();
  const notices: string[] = [];
  if (orphanIds.length > 0) {
    notices.push(
      `${plural(orphanIds.length, 'mark is', 'marks are')} for nodes this map no longer has (${listIds(orphanIds)}). ` +
        `They are kept aside and come back if those nodes return.`,
    );
  }
  if (restored.length > 0) {
    notices.push(`${plural(restored.length, 'mark was', 'marks were')} restored: ${listIds(restored)} ${restored.length === 1 ? 'is' : 'are'} back in the map.`);
  }
  return { ok: true, progress, savedAt, orphans: orphanIds, notices };
}

/** Refuses what is not Pathwise progress of this version; null when it looks like progress. */
function recognise(value: unknown): ParseProgressFailure | null {
  if (!isObject(value)) return fail('wrong-format', 'This file is not Pathwise progress: it does not hold a JSON object.');
  if (value.format !== PROGRESS_FORMAT) {
    const what = 'schemaVersion' in value && 'nodes' in value ? 'a Pathwise map, not progress' : 'not Pathwise progress';
    return fail('wrong-format', `This file is ${what} (it has no "format": "${PROGRESS_FORMAT}").`);
  }
  const version = value.version;
  if (!(READABLE_PROGRESS_VERSIONS as readonly unknown[]).includes(version)) {
    return fail(
      'wrong-format',
      typeof version === 'number' && version > PROGRESS_VERSION
        ? `This progress was saved by a newer Pathwise (format version ${version}); this one reads versions up to ${PROGRESS_VERSION}.`
        : `This progress has an unknown format version (${truncate(JSON.stringify(version ?? null))}); this Pathwise reads versions ${READABLE_PROGRESS_VERSIONS.join(' and ')}.`,
    );
  }
  return null;
}

const SHOWN_ISSUES = 3;

function describeIssues(issues: readonly z.core.$ZodIssue[], value: unknown): string {
  const parts = issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const path = formatPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    if (issue.code === 'invalid_key') return `${path}: the id ${JSON.stringify(issue.path.at(-1))} ${issue.issues[0]?.message ?? 'is not valid'}`;
    const found = valueAt(value, issue.path);
    // Only JSON values reach here (the document came from JSON.parse), so stringify gives text.
    const shown = found === undefined ? '' : ` (found ${truncate(JSON.stringify(found))})`;
    return `${path} ${issue.message}${shown}`;
  });
  const more = issues.length - SHOWN_ISSUES;
  return parts.join('; ') + (more > 0 ? `; and ${plural(more, 'more problem', 'more problems')}` : '');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (!isObject(here) || typeof key === 'symbol' || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** UTF-8 length without encoding: strings far below the limit return early. */
function utf8Bytes(text: string): number {
  // Every UTF-16 unit is at least one byte and at most three.
  if (text.length > MAX_PROGRESS_BYTES) return text.length;
  if (text.length * 3 <= MAX_PROGRESS_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function fail(problem: 'corrupt' | 'wrong-format' | 'too-large', message: string): ParseProgressFailure {
  return { ok: false, problem, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const SHOWN_IDS = 5;

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, SHOWN_IDS).map((id) => `"${id}"`).join(', ');
  return ids.length > SHOWN_IDS ? `${shown} and ${ids.length - SHOWN_IDS} more` : shown;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
