import { checkIntegrity } from '../schema/check-integrity';
import { decodeUtf8, parseJson, stripBom, textProblems } from '../schema/parse-json';
import type { Problem } from '../schema/problem';
import { validParts, validateStructure } from '../schema/validate-structure';
import { buildGraph, type PathwiseGraph } from './build-graph';

export type LoadResult = { ok: true; graph: PathwiseGraph } | { ok: false; problems: Problem[] };

/**
 * Loads a graph from JSON text: parse, validate the structure, check graph integrity, build.
 * Never throws for bad input; every problem comes back at once, with path, line and column.
 * @example
 * const result = loadGraphText(text);
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p, 'my-map.json'));
 */
export function loadGraphText(text: string): LoadResult {
  const body = stripBom(text);
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const result = loadGraphValue(parsed.value);
  // A repeated key is invisible once parsed (the last one wins), so only the text can reveal it.
  const problems = textProblems(body, result.ok ? [] : result.problems);
  return problems.length === 0 && result.ok ? result : { ok: false, problems };
}

/** Same as `loadGraphText` for raw file bytes, which must be UTF-8. */
export function loadGraphBytes(bytes: Uint8Array): LoadResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  return loadGraphText(decoded.text);
}

/** Same as `loadGraphText` for an already-parsed value (no line numbers). */
export function loadGraphValue(value: unknown): LoadResult {
  const structure = validateStructure(value);
  if (!structure.ok) {
    // Report graph-level problems in the valid parts too: people fix a file in one pass.
    const more = structure.problems[0]?.code === 'not-an-object' ? [] : checkIntegrity(validParts(value));
    return { ok: false, problems: [...structure.problems, ...more] };
  }
  const problems = checkIntegrity(structure.file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, graph: buildGraph(structure.file) };
}
