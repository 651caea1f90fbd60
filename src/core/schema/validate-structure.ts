import type { z } from 'zod';
import { fastEdges } from './fast-edges';
import { fastNodes } from './fast-nodes';
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
          message: `a graph file must be a JSON object, not ${describe(value)}`,
          hint: 'start from { "schemaVersion": 1, "meta": {...}, "nodes": [], "edges": [] }',
        },
      ],
    };
  }
  const quick = quickParse(value as Record<string, unknown>);
  if (quick !== null) return { ok: true, file: quick };
  const parsed = graphFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: unique(parsed.error.issues.flatMap(issueToProblems)) };
}

/**
 * The schema's output for a document whose lists pass `fastNodes` and `fastEdges`: the rest goes
 * through the schema with empty lists and the quick passes' lists are put in. Null on any problem, so
 * the caller parses the whole document with the schema and reports exactly what it reports.
 */
function quickParse(value: Record<string, unknown>): GraphFile | null {
  const edges = fastEdges(value.edges);
  if (edges === null) return null;
  const nodes = fastNodes(value.nodes);
  if (nodes === null) return null;
  const rest = graphFileSchema.safeParse({ ...value, nodes: [], edges: [] });
  if (!rest.success) return null;
  // Assigning keeps the key order of the schema's output, where both lists already are.
  rest.data.nodes = nodes;
  rest.data.edges = edges;
  return rest.data;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}

/** A short rendering of a wrong value for a message: long strings are cut, objects named. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describe(value);
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
      return [{ code: 'invalid-value', path, message: unionMessage(issue) }];
    case 'invalid_value':
      return [{ code: 'invalid-value', path, message: issue.input === undefined ? required(issue.values) : `${oneOf(issue.values)} (found ${shown(issue.input)})` }];
    case 'invalid_type':
      return [
        {
          code: 'invalid-type',
          path,
          message:
            issue.input === undefined
              ? `is required (${issue.expected})`
              : `must be ${article(issue.expected)}, not ${describe(issue.input)}`,
        },
      ];
    case 'invalid_format':
      return [{ code: 'invalid-format', path, message: formatMessage(issue) }];
    default:
      return [{ code: issue.code.replace(/_/g, '-'), path, message: issue.message }];
  }
}

function oneOf(values: readonly unknown[]): string {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return values.length === 1 ? `must be ${list}` : `must be one of ${list}`;
}

function required(values: readonly unknown[]): string {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return values.length === 1 ? `is required (${list})` : `is required: one of ${list}`;
}

/** A discriminated union (node kind, status state) whose tag is missing or wrong. */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const options = 'options' in issue ? issue.options : undefined;
  if (issue.discriminator === undefined || options === undefined) return issue.message;
  const input = issue.input;
  const found = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
  return found === undefined ? required(options) : `${oneOf(options)} (found ${shown(found)})`;
}

/** Says which scheme a rejected link has, so `javascript:` and `data:` links are named as such. */
function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const scheme = issue.format === 'url' ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(issue.input ?? '')?.[1]?.toLowerCase() : undefined;
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return issue.message;
  return `${issue.message}, not a "${scheme}:" link`;
}

/** zod can report the same thing twice for one value (a URL's format and its length). */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.path, p.code, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
