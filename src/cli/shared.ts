import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from './package-root';
import { formatProblem, isIsoDate, loadGraphBytes, localIsoDate, resolveNode, type GraphNode, type PathwiseGraph } from '../core/index';

/** Exit codes: 0 ok, 1 invalid data, 2 bad usage (unknown node, bad option, unreadable file), 3 no route. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, noRoute: 3 } as const;

/** The repository, or the installed package: both hold graph-data/ with the shipped maps. */
export const REPO_ROOT = packageRoot();
export const DEFAULT_GRAPH = resolve(REPO_ROOT, 'graph-data/ms-102.json');

/** A failure the CLI reports on stderr and exits with; thrown by helpers, caught once in main. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Reads and loads a graph file; every problem is reported as `file:line:col  path  message`. */
export function loadGraphFile(file: string = DEFAULT_GRAPH): PathwiseGraph {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = loadGraphBytes(bytes);
  if (!result.ok) {
    throw new CliError(result.problems.map((p) => formatProblem(p, file)).join('\n'), EXIT.invalid);
  }
  return result.graph;
}

/** Finds a node by id, exam code or label; unknown or ambiguous names list the closest matches. */
export function findNode(model: PathwiseGraph, name: string): GraphNode {
  const result = resolveNode(model, name);
  if (result.ok) return result.node;
  const list = result.candidates.map((n) => `  ${n.id}  (${n.label})`).join('\n');
  const what = result.reason === 'ambiguous' ? `"${name}" matches more than one node` : `unknown node "${name}"`;
  throw new CliError(`${what}; ${result.reason === 'ambiguous' ? 'pick one by id' : 'closest matches'}:\n${list}`);
}

/**
 * Resolves a comma-separated list of names (`--have`, `--avoid`, `--via`) to ids, each as
 * `findNode` resolves it; empty entries are skipped, and an unknown name fails with its closest matches.
 */
export function findNodes(model: PathwiseGraph, list: string | undefined): string[] {
  if (list === undefined) return [];
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((name) => findNode(model, name).id);
}

/** "165 USD", "100 USD + 90 EUR" (amounts rounded to cents, currencies never converted), or `none` when there is no amount. */
export function moneyText(cost: Readonly<Record<string, number>>, none: string): string {
  const entries = Object.entries(cost);
  if (entries.length === 0) return none;
  return entries.map(([currency, amount]) => `${String(Math.round(amount * 100) / 100)} ${currency}`).join(' + ');
}

/**
 * `--today YYYY-MM-DD`, checked; without it, today's date on this machine (local time).
 * Every command that judges dates takes it, so output can be reproduced and tested.
 */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return localIsoDate(new Date());
  if (!isIsoDate(value)) throw new CliError(`--today must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}
