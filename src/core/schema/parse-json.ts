import type { Problem } from './problem';
import { scanJson } from './scan-json';

/** Files over this size are refused before parsing, so a huge upload cannot freeze the page. */
export const MAX_GRAPH_BYTES = 20 * 1024 * 1024;

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Decodes file bytes as strict UTF-8. Invalid bytes are a problem with a position, not mojibake.
 * A byte-order mark is dropped, as editors do not count it as a column.
 * @example decodeUtf8(new TextEncoder().encode('{}')) // { ok: true, text: '{}' }
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.byteLength > MAX_GRAPH_BYTES) return { ok: false, problems: [tooLarge(bytes.byteLength)] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Locate the first bad byte itself: searching the lossy text for U+FFFD would stop at any
    // replacement character the file legitimately contains before it.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalidUtf8(bytes)));
    const { line, column } = lineColumn(before, before.length);
    return {
      ok: false,
      problems: [
        {
          code: 'invalid-utf8',
          path: [],
          message: 'the file is not valid UTF-8 text',
          hint: 'save the file as UTF-8',
          line,
          column,
        },
      ],
    };
  }
}

/** Index of the first byte that starts an invalid UTF-8 sequence (WHATWG rules), or the length. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const at = (i: number) => bytes[i] ?? -1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => at(i) >= lo && at(i) <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = at(i);
    let size = 0;
    if (b < 0x80) size = 1;
    else if (b >= 0xc2 && b <= 0xdf) size = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      size = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      size = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (size === 0) return i;
    i += size;
  }
  return i;
}

/** The problem for a file over `MAX_GRAPH_BYTES`, shared by every place that checks the size. */
export function tooLarge(bytes: number): Problem {
  // Rounded as usual, but never down to the limit itself: a file just over it must not read
  // "20.0 MB, over the 20 MB limit".
  const mb = bytes / 1024 / 1024;
  const limit = MAX_GRAPH_BYTES / 1024 / 1024;
  const rounded = Math.round(mb * 10) / 10;
  const size = rounded <= limit ? Math.ceil(mb * 10) / 10 : rounded;
  return {
    code: 'too-large',
    path: [],
    message: `the file is ${size.toFixed(1)} MB, over the ${String(MAX_GRAPH_BYTES / 1024 / 1024)} MB limit`,
    hint: 'split the map into smaller files',
  };
}

/**
 * Parses JSON text. Syntax errors come back as problems with line and column.
 * Uses the engine's JSON.parse (fast, no recursion limit) and only scans for the error's position
 * on failure. A leading byte-order mark is ignored.
 * @example parseJson('{"a": 1,}') // { ok: false, problems: [{ code: 'json-syntax', line: 1, column: 8, ... }] }
 */
export function parseJson(text: string): ParseJsonResult {
  if (text.length > MAX_GRAPH_BYTES) return { ok: false, problems: [tooLarge(text.length)] };
  const body = stripBom(text);
  if (body.trim() === '') {
    return {
      ok: false,
      problems: [{ code: 'empty', path: [], message: 'the file is empty', hint: 'a graph file is a JSON object' }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
}

/** Drops a leading U+FEFF, which Node's `readFileSync(file, 'utf8')` keeps and JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function syntaxProblem(text: string, error: unknown): Problem {
  const found = scanJson(text, []).error;
  if (found !== undefined) {
    return {
      code: 'json-syntax',
      path: [],
      message: `not valid JSON: ${found.message}`,
      hint: 'check the brackets, commas and quotes around this point',
      ...lineColumn(text, found.offset),
    };
  }
  // Only reached if the scanner and the engine disagree, which the property tests rule out.
  return {
    code: 'json-syntax',
    path: [],
    message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    line: 1,
    column: 1,
  };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Adds line and column to problems found in a parsed document, by locating each path in the text.
 * Paths that point at an object member (unknown keys included) are located at its key.
 * @example locateProblems('{\n  "sorces": []\n}', [p]) // p at line 2, column 3, when p.path is ["sorces"]
 */
export function locateProblems(text: string, problems: readonly Problem[]): Problem[] {
  if (problems.length === 0) return [];
  return locate(stripBom(text), problems, scanJson(stripBom(text), problems.map((p) => p.path)).offsets);
}

/**
 * Whether an object in the text writes a key twice, which JSON.parse hides by keeping the last.
 * `value` must be what JSON.parse made of `text`. Counts the keys written in the text (strings
 * followed by a colon) and the keys the parsed objects hold: they differ exactly when a key was
 * repeated. About 4× faster than the full scan (`textProblems`), which is only needed to say where.
 * @example keysRepeated('{"a": 1, "a": 2}', { a: 2 }) // true
 */
export function keysRepeated(text: string, value: unknown): boolean {
  return keysInText(text) !== keysInValue(value);
}

/**
 * Strings followed by a colon, in valid JSON text. Jumps from quote to quote with `indexOf` (a
 * native scan) instead of reading every character: outside strings valid JSON has no other quote.
 */
function keysInText(text: string): number {
  let count = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) return count;
    let k = close + 1;
    for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++k));
    if (text.charCodeAt(k) === 0x3a) count += 1;
    open = text.indexOf('"', k);
  }
  return count;
}

/** Whether the quote at `at` is escaped: an odd number of backslashes right before it. */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === 0x5c) slashes += 1;
  return slashes % 2 === 1;
}

/** Own keys of every object in a parsed JSON value (iteratively: values can nest deeply). */
function keysInValue(value: unknown): number {
  let count = 0;
  // Only objects are pushed below; the document itself may be a string, which for-in would walk.
  const stack: unknown[] = typeof value === 'object' && value !== null ? [value] : [];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
      continue;
    }
    // for-in over parsed JSON is its own keys (no prototype but Object's), without a keys array per object.
    for (const key in v as Record<string, unknown>) {
      count += 1;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return count;
}

/**
 * Locates `problems` in the text, like `locateProblems`, and adds a located problem for every key
 * written twice in one object: JSON.parse keeps the last silently, so the first is lost data.
 * @example textProblems('{"a": 1, "a": 2}', []) // [{ code: 'duplicate-key', path: ['a'], line: 1, column: 10, ... }]
 */
export function textProblems(text: string, problems: readonly Problem[]): Problem[] {
  const body = stripBom(text);
  const scan = scanJson(body, problems.map((p) => p.path));
  const duplicates = scan.duplicateKeys.map(
    (d): Problem => ({
      code: 'duplicate-key',
      path: d.path,
      message: `key "${String(d.path[d.path.length - 1])}" is written more than once in this object (the last one wins)`,
      hint: 'keep one of them',
      ...lineColumnFromStarts(lineStarts(body), d.offset),
    }),
  );
  return [...locate(body, problems, scan.offsets), ...duplicates];
}

function locate(text: string, problems: readonly Problem[], offsets: readonly (number | undefined)[]): Problem[] {
  const starts = lineStarts(text);
  return problems.map((problem, i) => {
    const offset = offsets[i];
    if (offset === undefined) return problem;
    return { ...problem, ...lineColumnFromStarts(starts, offset) };
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineColumnFromStarts(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
