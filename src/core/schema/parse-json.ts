import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { JsonPath, Problem } from './problem';

/** Files over this size are refused before parsing, so a huge upload cannot freeze the page. */
export const MAX_GRAPH_BYTES = 20 * 1024 * 1024;

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Decodes file bytes as strict UTF-8. Invalid bytes are a problem with a position, not mojibake.
 * @example decodeUtf8(new TextEncoder().encode('{}')) // { ok: true, text: '{}' }
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.byteLength > MAX_GRAPH_BYTES) return { ok: false, problems: [tooLarge(bytes.byteLength)] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const { line, column } = lineColumn(lossy, Math.max(at, 0));
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

function tooLarge(bytes: number): Problem {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    code: 'too-large',
    path: [],
    message: `the file is ${mb(bytes)} MB, over the ${mb(MAX_GRAPH_BYTES)} MB limit`,
    hint: 'split the map into smaller files',
  };
}

/**
 * Parses JSON text. Syntax errors come back as problems with line and column.
 * Uses the engine's JSON.parse (fast, no recursion limit) and only builds a position tree on failure.
 */
export function parseJson(text: string): ParseJsonResult {
  if (text.length > MAX_GRAPH_BYTES) return { ok: false, problems: [tooLarge(text.length)] };
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ code: 'empty', path: [], message: 'the file is empty', hint: 'a graph file is a JSON object' }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
}

function syntaxProblem(text: string, error: unknown): Problem {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // jsonc-parser recurses; a deeply nested document can exhaust the stack. Fall back below.
  }
  const first = errors[0];
  if (first !== undefined) {
    const { line, column } = lineColumn(text, first.offset);
    return {
      code: 'json-syntax',
      path: [],
      message: `not valid JSON: ${describeParseError(printParseErrorCode(first.error))}`,
      hint: 'check the brackets, commas and quotes around this point',
      line,
      column,
    };
  }
  return {
    code: 'json-syntax',
    path: [],
    message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
  };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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
 * Paths that point at a key (unknown keys) are located at the key itself.
 */
export function locateProblems(text: string, problems: readonly Problem[]): Problem[] {
  if (problems.length === 0) return [];
  let root: ReturnType<typeof parseTree>;
  try {
    root = parseTree(text, [], { disallowComments: true });
  } catch {
    return [...problems];
  }
  if (root === undefined) return [...problems];
  const starts = lineStarts(text);
  return problems.map((problem) => {
    const offset = offsetOf(root, problem.path);
    if (offset === undefined) return problem;
    return { ...problem, ...positionFromStarts(starts, offset) };
  });
}

function offsetOf(root: NonNullable<ReturnType<typeof parseTree>>, path: JsonPath): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    if (node === undefined) continue;
    // A property's value node has the property as parent; point at the key, where people look.
    return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionFromStarts(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
