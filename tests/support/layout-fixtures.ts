import type { EdgeKind, GraphEdge, GraphNode } from '../../src/core/index';

/** Minimal valid nodes for literal layout fixtures. */
export function cert(id: string): GraphNode {
  return {
    id,
    kind: 'certification',
    label: id,
    issuer: 'Example',
    examCodes: [],
    credential: id,
    level: 'associate',
    status: { state: 'active' },
    sources: [],
  };
}

export function role(id: string): GraphNode {
  return { id, kind: 'role', label: id, seniority: 'mid', sources: [] };
}

export function skill(id: string): GraphNode {
  return { id, kind: 'skill', label: id, domain: 'Identity', sources: [] };
}

export function experience(id: string): GraphNode {
  return { id, kind: 'experience', label: id, requirement: 'Some experience', sources: [] };
}

export function track(id: string): GraphNode {
  return { id, kind: 'track', label: id, sources: [] };
}

/** Edges from a table: `['a', 'prerequisite', 'b']` reads "a is a prerequisite of b". */
export function edges(...rows: readonly (readonly [string, EdgeKind, string])[]): GraphEdge[] {
  return rows.map(([source, kind, target]) => ({ source, target, kind }));
}
