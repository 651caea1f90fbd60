import type { z } from 'zod';
import { edgeSchema, graphFileSchema, nodeSchema, type GraphFile } from './graph-schema';
import type { IntegrityInput } from './check-integrity';
import type { Problem } from './problem';

/**
 * Checks a parsed value against the graph schema and turns every zod issue into a located problem.
 * @example validateStructure(JSON.parse(text)) // { ok: false, problems: [{ path: ["nodes", 3, "id"], ... }] }
 */
export function validateStructure(value: unknown): { ok: true; file: GraphFile } | { ok: false; problems: Problem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          code: 'not-an-object',
          path: [],
          message: `a graph file must be a JSON object, not ${Array.isArray(value) ? 'an array' : describe(value)}`,
          hint: 'start from { "schemaVersion": 1, "meta": {...}, "nodes": [], "edges": [] }',
        },
      ],
    };
  }
  const parsed = graphFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

function issueToProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-key',
        path: [...path, key],
        message: `unknown key "${key}"`,
        hint: 'check the spelling against graph-data/graph.schema.json',
      }));
    case 'invalid_union':
      // A discriminated union whose tag is wrong or missing: say which values are allowed.
      return [{ code: 'invalid-value', path, message: issue.message }];
    case 'invalid_value':
      return [{ code: 'invalid-value', path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'invalid_type':
      return [
        {
          code: 'invalid-type',
          path,
          message: issue.input === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}`,
        },
      ];
    default:
      return [{ code: issue.code.replace(/_/g, '-'), path, message: issue.message }];
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * The parts of a broken document that are individually valid, at their original indexes, so the
 * integrity check can still report dangling references and cycles alongside the schema problems.
 */
export function validParts(value: unknown): IntegrityInput {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const list = (key: string): unknown[] => {
    const v = record[key];
    return Array.isArray(v) ? v : [];
  };
  const brokenIds: string[] = [];
  const nodes = list('nodes').map((raw) => {
    const parsed = nodeSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') brokenIds.push(id);
    return undefined;
  });
  const edges = list('edges').map((raw) => {
    const parsed = edgeSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
  return { nodes, edges, brokenIds };
}
