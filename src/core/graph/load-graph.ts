import { checkIntegrity } from '../schema/check-integrity';
import type { GraphFile } from '../schema/graph-schema';
import { decodeUtf8, keysRepeated, parseJson, stripBom, textProblems } from '../schema/parse-json';
import type { Problem } from '../schema/problem';
import { validParts, validateStructure } from '../schema/validate-structure';
import { buildOwnedGraph, type PathwiseGraph } from './build-graph';

export type LoadResult = { ok: true; graph: PathwiseGraph } | { ok: false; problems: Problem[] };
export type ValidateResult = { ok: true; file: GraphFile } | { ok: false; problems: Problem[] };

/**
 * Loads a graph from JSON text: parse, validate the structure, check graph integrity, build.
 * Never throws for bad input; every problem comes back at once, with path, line and column.
 * @example
 * const result = loadGraphText(text);
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p, 'my-map.json'));
 */
export function loadGraphText(text: string): LoadResult {
  return built(validateGraphText(text));
}

/** Same as `loadGraphText` for raw file bytes, which must be UTF-8. */
export function loadGraphBytes(bytes: Uint8Array): LoadResult {
  return built(validateGraphBytes(bytes));
}

/** Same as `loadGraphText` for an already-parsed value (no line numbers). */
export function loadGraphValue(value: unknown): LoadResult {
  return built(validateGraphValue(value));
}

/**
 * Every check of `loadGraphText` without building the graph model: what a Web Worker runs, so a
 * big file is validated off the page's thread and only the valid document crosses back.
 * @example validateGraphText('{}') // { ok: false, problems: [...] }
 */
export function validateGraphText(text: string): ValidateResult {
  const body = stripBom(text);
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const result = validateGraphValue(parsed.value);
  // A repeated key is invisible once parsed (the last one wins), so only the text can reveal it;
  // the full scan that says where runs only when there is something to locate.
  const problems = result.ok && !keysRepeated(body, parsed.value) ? [] : textProblems(body, result.ok ? [] : result.problems);
  return problems.length === 0 && result.ok ? result : { ok: false, problems };
}

/** Same as `validateGraphText` for raw file bytes, which must be UTF-8. */
export function validateGraphBytes(bytes: Uint8Array): ValidateResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  return validateGraphText(decoded.text);
}

function validateGraphValue(value: unknown): ValidateResult {
  const structure = validateStructure(value);
  if (!structure.ok) {
    // Report graph-level problems in the valid parts too: people fix a file in one pass.
    const more = structure.problems[0]?.code === 'not-an-object' ? [] : checkIntegrity(validParts(value));
    return { ok: false, problems: [...structure.problems, ...more] };
  }
  const problems = checkIntegrity(structure.file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, file: structure.file };
}

function built(result: ValidateResult): LoadResult {
  // The schema's output is a new object tree (zod copies what it parses), so it is frozen in place.
  return result.ok ? { ok: true, graph: buildOwnedGraph(result.file) } : result;
}
