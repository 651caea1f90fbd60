import { loadGraphValue, type PathwiseGraph } from '../../../src/core/index';

/** Loads a literal graph file, failing the test loudly if the fixture itself is invalid. */
export function modelOf(file: unknown): PathwiseGraph {
  const result = loadGraphValue(file);
  if (!result.ok) throw new Error(`invalid fixture:\n${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n')}`);
  return result.graph;
}

export function mapFile(id: string, nodes: readonly object[], edges: readonly object[]): unknown {
  return { schemaVersion: 1, meta: { id, title: `Map ${id}`, lastVerified: '2026-01-01' }, nodes, edges };
}

export const track = (id: string, label: string, order: number) => ({ id, kind: 'track', label, order });

export const cert = (id: string, extra: object = {}) => ({
  id,
  kind: 'certification',
  label: `Cert ${id}`,
  issuer: 'Test',
  credential: `Credential ${id}`,
  level: 'associate',
  status: { state: 'active' },
  ...extra,
});

export const skill = (id: string, extra: object = {}) => ({ id, kind: 'skill', label: `Skill ${id}`, domain: 'Test', ...extra });

export const role = (id: string, extra: object = {}) => ({ id, kind: 'role', label: `Role ${id}`, seniority: 'mid', ...extra });

export const experience = (id: string, extra: object = {}) => ({
  id,
  kind: 'experience',
  label: `Experience ${id}`,
  requirement: `Experience ${id}`,
  ...extra,
});
