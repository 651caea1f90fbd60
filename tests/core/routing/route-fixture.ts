import { loadGraphValue, type EdgeKind, type PathwiseGraph } from '../../../src/core/index';

/**
 * One edge as a table row: source, target, kind, months, cost (USD unless a currency is given).
 * `null` or a missing cell means the data does not say.
 */
export type EdgeRow = readonly [
  source: string,
  target: string,
  kind: EdgeKind,
  months?: number | null,
  cost?: number | null,
  currency?: string,
];

export interface FixtureExtras {
  /** Requirement groups per node: each inner list is one any-of group. */
  readonly requires?: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** Extra fields merged into a node, e.g. `{ fee: { amount: 100, currency: 'USD', asOf: '2026-01-01' } }`. */
  readonly nodes?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Nodes no edge touches. */
  readonly isolated?: readonly string[];
}

/**
 * A valid graph file from an edge table. A node's kind follows its id: `role-…` is a role,
 * `skill-…` a skill, `exp-…` an experience, anything else a certification.
 *
 * @example graphFromTable([['a', 'b', 'prerequisite', 2, 100]])
 */
export function graphFromTable(rows: readonly EdgeRow[], extras: FixtureExtras = {}): PathwiseGraph {
  const result = loadGraphValue(fileFromTable(rows, extras));
  if (!result.ok) throw new Error(`fixture is not a valid graph:\n${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n')}`);
  return result.graph;
}

export function fileFromTable(rows: readonly EdgeRow[], extras: FixtureExtras = {}): unknown {
  const ids = new Set<string>(extras.isolated ?? []);
  for (const [source, target] of rows) ids.add(source).add(target);
  for (const [id, groups] of Object.entries(extras.requires ?? {})) {
    ids.add(id);
    for (const group of groups) for (const option of group) ids.add(option);
  }
  for (const id of Object.keys(extras.nodes ?? {})) ids.add(id);
  const nodes = [...ids].map((id) => ({
    ...nodeFor(id),
    ...(extras.requires?.[id] === undefined ? {} : { requires: extras.requires[id].map((anyOf) => ({ anyOf })) }),
    ...(extras.nodes?.[id] ?? {}),
  }));
  const edges = rows.map(([source, target, kind, months, cost, currency]) => ({
    source,
    target,
    kind,
    ...(months === undefined || months === null ? {} : { months }),
    ...(cost === undefined || cost === null ? {} : { cost: { amount: cost, currency: currency ?? 'USD' } }),
  }));
  return { schemaVersion: 1, meta: { id: 'fixture', title: 'Fixture', lastVerified: '2026-01-01' }, nodes, edges };
}

function nodeFor(id: string): Record<string, unknown> {
  const label = id.toUpperCase();
  if (id.startsWith('role-')) return { id, label, kind: 'role', seniority: 'mid' };
  if (id.startsWith('skill-')) return { id, label, kind: 'skill', domain: 'Testing' };
  if (id.startsWith('exp-')) return { id, label, kind: 'experience', requirement: 'Some experience' };
  return { id, label, kind: 'certification', issuer: 'Test', credential: `${label} credential`, level: 'associate', status: { state: 'active' } };
}
