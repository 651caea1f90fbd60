/** A path into the JSON document, e.g. ["edges", 12, "target"]. */
export type JsonPath = readonly (string | number)[];

/** One thing wrong with a graph document, located as precisely as the input allows. */
export interface Problem {
  /** Stable machine-readable code, e.g. "unknown-node". */
  readonly code: string;
  readonly path: JsonPath;
  readonly message: string;
  /** A short "how to fix" for people editing the file. */
  readonly hint?: string;
  /** 1-based position in the source text, when the input was text. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * Formats a path the way people write it in JavaScript.
 * @example formatPath(["edges", 12, "target"]) // "edges[12].target"
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(document)' : out;
}

/**
 * One line per problem: `file:line:col  path  message`, as the CLI prints them.
 * @example formatProblem(p, "ms-102.json") // "ms-102.json:14:7  edges[3].target  unknown node ..."
 */
export function formatProblem(problem: Problem, file = '<input>'): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  const hint = problem.hint === undefined ? '' : ` (${problem.hint})`;
  return `${where}  ${formatPath(problem.path)}  ${problem.message}${hint}`;
}
