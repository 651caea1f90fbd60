import { expect } from 'vitest';
import type { GraphFileInput, JsonPath, LoadResult, Problem } from '../../../src/core/index';

/**
 * A small valid map that uses every node kind, every edge kind but replaced-by (implied by
 * old-100's status instead), a requirement group, tracks, fees and effort. Each loader rule is
 * tested by loading this document with exactly one mutation.
 */
export function validDocument(): GraphFileInput {
  return {
    schemaVersion: 1,
    meta: { id: 'tiny-map', title: 'Tiny map', lastVerified: '2026-01-15', sources: ['https://example.com/tiny'] },
    nodes: [
      { id: 'track-admin', kind: 'track', label: 'Administration', order: 1 },
      {
        id: 'old-100',
        kind: 'certification',
        label: 'OLD-100 Legacy Administrator',
        issuer: 'Contoso',
        examCodes: ['OLD-100'],
        credential: 'Contoso Certified: Legacy Administrator',
        level: 'associate',
        status: { state: 'retired', date: '2025-06-30', replacement: 'adm-200' },
        tracks: ['track-admin'],
      },
      {
        id: 'adm-200',
        kind: 'certification',
        label: 'ADM-200 Administrator',
        issuer: 'Contoso',
        examCodes: ['ADM-200'],
        credential: 'Contoso Certified: Administrator Associate',
        level: 'associate',
        status: { state: 'active', asOf: '2026-01-15' },
        fee: { amount: 165, currency: 'USD', asOf: '2026-01-15' },
        tracks: ['track-admin'],
        sources: ['https://example.com/adm-200'],
      },
      {
        id: 'sec-250',
        kind: 'certification',
        label: 'SEC-250 Security Operations',
        issuer: 'Contoso',
        examCodes: ['SEC-250'],
        credential: 'Contoso Certified: Security Operations Associate',
        level: 'associate',
        status: { state: 'active' },
      },
      {
        id: 'arc-300',
        kind: 'certification',
        label: 'ARC-300 Architect',
        issuer: 'Contoso',
        examCodes: ['ARC-300'],
        credential: 'Contoso Certified: Architect Expert',
        level: 'expert',
        status: { state: 'active' },
        requires: [{ anyOf: ['adm-200', 'sec-250'], label: 'An administrator or security associate' }],
      },
      { id: 'skill-identity', kind: 'skill', label: 'Identity and access', domain: 'Identity' },
      { id: 'exp-two-years', kind: 'experience', label: 'Two years in IT', requirement: '24 months administering systems', months: 24 },
      { id: 'role-admin', kind: 'role', label: 'Systems administrator', seniority: 'mid' },
      { id: 'role-architect', kind: 'role', label: 'Cloud architect', seniority: 'senior' },
    ],
    edges: [
      { source: 'adm-200', target: 'arc-300', kind: 'prerequisite', months: 3, cost: { amount: 165, currency: 'USD' } },
      { source: 'adm-200', target: 'skill-identity', kind: 'teaches' },
      { source: 'role-architect', target: 'skill-identity', kind: 'requires' },
      { source: 'adm-200', target: 'role-admin', kind: 'leads-to', months: 6 },
      { source: 'exp-two-years', target: 'arc-300', kind: 'recommends' },
      { source: 'arc-300', target: 'role-architect', kind: 'leads-to' },
    ],
  };
}

/** Node indexes in `validDocument()`, so tests name what they mutate. */
export const AT = {
  track: 0,
  old100: 1,
  adm200: 2,
  sec250: 3,
  arc300: 4,
  skill: 5,
  experience: 6,
  roleAdmin: 7,
  roleArchitect: 8,
} as const;

/**
 * Writes a document the way graph-data files are written: one top-level key, node or edge per
 * line. Tests locate problems by searching this text for a literal snippet.
 */
export function toText(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return JSON.stringify(doc);
  const entries = Object.entries(doc).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0) return `  ${name}: ${JSON.stringify(value)}`;
    return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** 1-based line and column of the only occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1) {
    throw new Error(`fixtures.positionOf: "${needle}" must occur exactly once`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

type Container = Record<string | number, unknown>;

function parentOf(doc: unknown, path: JsonPath): { parent: Container; key: string | number } {
  let node = doc;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) throw new Error(`fixtures: no container at ${String(part)}`);
    node = (node as Container)[part];
  }
  const key = path[path.length - 1];
  if (typeof node !== 'object' || node === null || key === undefined) throw new Error('fixtures: bad path');
  return { parent: node as Container, key };
}

/** A copy of `doc` with the value at `path` replaced (or added). */
export function withValue(path: JsonPath, value: unknown, doc: unknown = validDocument()): unknown {
  const copy: unknown = structuredClone(doc);
  const { parent, key } = parentOf(copy, path);
  parent[key] = value;
  return copy;
}

/** A copy of `doc` without the key or array element at `path`. */
export function without(path: JsonPath, doc: unknown = validDocument()): unknown {
  const copy: unknown = structuredClone(doc);
  const { parent, key } = parentOf(copy, path);
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else Reflect.deleteProperty(parent, key);
  return copy;
}

/** A copy of `doc` with `value` appended to the array at `path`. */
export function withPushed(path: JsonPath, value: unknown, doc: unknown = validDocument()): unknown {
  const copy: unknown = structuredClone(doc);
  const { parent, key } = parentOf(copy, path);
  const list = parent[key];
  if (!Array.isArray(list)) throw new Error('fixtures.withPushed: not an array');
  list.push(value);
  return copy;
}

/** The problems of a load that must fail. */
export function problemsOf(result: LoadResult): Problem[] {
  if (result.ok) throw new Error('expected the load to fail, but it succeeded');
  return result.problems;
}

/** Asserts the only problem: its code, path, exact message and (for text) where it is. */
export function expectOnlyProblem(
  result: LoadResult,
  expected: { code: string; path: JsonPath; message: string; line?: number; column?: number },
): void {
  expect(problemsOf(result)).toEqual([expect.objectContaining(expected)]);
}
