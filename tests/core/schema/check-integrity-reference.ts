import { closest, distance } from 'fastest-levenshtein';
import { EDGE_RULES } from '../../../src/core/schema/edge-rules';
import type { IntegrityInput } from '../../../src/core/schema/check-integrity';
import type { GraphNode } from '../../../src/core/schema/graph-schema';
import type { JsonPath, Problem } from '../../../src/core/schema/problem';
import { findCycles } from '../../../src/core/schema/find-cycle';

/**
 * The integrity check as it was before it was made fast (commit fd865fa): one string key per edge
 * in a Map, and Tarjan's search over every node. Kept as the reference the fast one must agree
 * with, problem for problem, in tests/core/schema/check-integrity.test.ts.
 */
export function checkIntegrityReference(file: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  // Ids of nodes that failed the schema: references to them are not "unknown", just unchecked.
  const brokenIds = new Set(file.brokenIds ?? []);
  const byId = new Map<string, GraphNode>();
  const firstIndex = new Map<string, number>();

  file.nodes.forEach((node, i) => {
    if (node === undefined) return;
    const first = firstIndex.get(node.id);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate-id',
        path: ['nodes', i, 'id'],
        message: `duplicate id "${node.id}" (first used at nodes[${first}])`,
        hint: 'every node needs its own id',
      });
      return;
    }
    firstIndex.set(node.id, i);
    byId.set(node.id, node);
  });

  const suggest = suggester([...byId.keys()]);
  const ref = (id: string, path: JsonPath, what = 'node'): GraphNode | undefined => {
    const node = byId.get(id);
    if (node === undefined && !brokenIds.has(id)) problems.push(unknownNode(id, path, suggest(id), what));
    return node;
  };

  file.nodes.forEach((node, i) => {
    if (node === undefined) return;
    node.tracks?.forEach((trackId, t) => {
      const track = ref(trackId, ['nodes', i, 'tracks', t], 'track');
      if (track !== undefined && track.kind !== 'track') {
        problems.push({
          code: 'not-a-track',
          path: ['nodes', i, 'tracks', t],
          message: `"${trackId}" is a ${track.kind}, not a track`,
        });
      }
    });
    node.requires?.forEach((group, g) => {
      group.anyOf.forEach((id, k) => {
        const path = ['nodes', i, 'requires', g, 'anyOf', k];
        if (id === node.id) {
          problems.push({ code: 'self-loop', path, message: `"${id}" cannot require itself` });
          return;
        }
        const target = ref(id, path);
        if (target?.kind === 'track') {
          problems.push({ code: 'wrong-kind', path, message: `a requirement cannot be a track ("${id}")` });
        }
      });
    });
    if (node.kind === 'certification' && (node.status.state === 'retired' || node.status.state === 'retiring')) {
      const replacement = node.status.replacement;
      const path = ['nodes', i, 'status', 'replacement'];
      // The replacement becomes a replaced-by edge in the graph, so it obeys the same rules as one.
      if (replacement === node.id) {
        problems.push({ code: 'self-loop', path, message: `"${node.id}" cannot be its own replacement` });
      } else if (replacement !== undefined) {
        const target = ref(replacement, path);
        if (target !== undefined && target.kind !== 'certification') {
          problems.push({
            code: 'wrong-kind',
            path,
            message: `a replacement must be a certification, not a ${target.kind} ("${target.id}")`,
          });
        }
      }
    }
  });

  const seenEdges = new Map<string, number>();
  file.edges.forEach((edge, e) => {
    if (edge === undefined) return;
    const source = ref(edge.source, ['edges', e, 'source']);
    const target = ref(edge.target, ['edges', e, 'target']);
    if (edge.source === edge.target) {
      problems.push({
        code: 'self-loop',
        path: ['edges', e],
        message: `edge from "${edge.source}" to itself`,
        hint: 'an edge joins two different nodes',
      });
    }
    const key = `${edge.source}\u0000${edge.target}\u0000${edge.kind}`;
    const first = seenEdges.get(key);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate-edge',
        path: ['edges', e],
        message: `duplicate ${edge.kind} edge from "${edge.source}" to "${edge.target}" (first at edges[${first}])`,
      });
    } else seenEdges.set(key, e);
    if (source === undefined || target === undefined) return;
    const rule = EDGE_RULES[edge.kind];
    if (!rule.source.includes(source.kind)) {
      problems.push({
        code: 'wrong-kind',
        path: ['edges', e, 'source'],
        message: `a ${edge.kind} edge must leave a ${rule.source.join(' or ')}, not a ${source.kind} ("${source.id}")`,
      });
    }
    if (!rule.target.includes(target.kind)) {
      problems.push({
        code: 'wrong-kind',
        path: ['edges', e, 'target'],
        message: `a ${edge.kind} edge must point to a ${rule.target.join(' or ')}, not a ${target.kind} ("${target.id}")`,
      });
    }
    if (edge.kind === 'replaced-by' && !isRetiredOrRetiring(source)) {
      problems.push({
        code: 'replacement-not-retired',
        path: ['edges', e],
        message: `"${source.id}" has a replacement but is not marked retired or retiring`,
        hint: 'set its status to { "state": "retired", "date": "YYYY-MM-DD" } or remove the edge',
      });
    }
  });

  problems.push(...prerequisiteCycles(file, byId));
  return problems;
}

function isRetiredOrRetiring(node: GraphNode): boolean {
  return node.kind === 'certification' && (node.status.state === 'retired' || node.status.state === 'retiring');
}

function unknownNode(id: string, path: JsonPath, guess: string | undefined, what: string): Problem {
  return {
    code: 'unknown-node',
    path,
    message: `unknown ${what} "${id}"${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`,
    hint: 'use the id of a node defined in "nodes"',
  };
}

/**
 * Each suggestion compares the unknown id with every known id. A hostile file with 50,000 nodes
 * and 50,000 dangling references would take minutes, so suggestions stop once this many id
 * comparisons are spent (well under a second); the problems themselves are all still reported.
 * A map of a few hundred nodes never comes near it.
 */
const SUGGESTION_BUDGET = 2_000_000;

/** "Did you mean" for unknown ids: the closest known id, if it is close enough to be a typo. */
function suggester(ids: string[]): (id: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  let budget = SUGGESTION_BUDGET;
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    if (ids.length === 0 || budget < ids.length) return undefined;
    budget -= ids.length;
    const guess = closest(id, ids);
    const result = distance(id, guess) <= Math.max(2, Math.floor(id.length / 3)) ? guess : undefined;
    cache.set(id, result);
    return result;
  };
}

/** Prerequisites (edges and requirement groups) order things in time, so they must not loop. */
function prerequisiteCycles(file: IntegrityInput, byId: ReadonlyMap<string, GraphNode>): Problem[] {
  const next = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (!byId.has(from) || !byId.has(to) || from === to) return;
    const list = next.get(from);
    if (list === undefined) next.set(from, [to]);
    else list.push(to);
  };
  for (const edge of file.edges) if (edge?.kind === 'prerequisite') add(edge.source, edge.target);
  for (const node of file.nodes) for (const group of node?.requires ?? []) for (const id of group.anyOf) add(id, node?.id ?? '');
  // One problem per group of entangled nodes: every separate loop is reported in one pass.
  return findCycles([...byId.keys()], (id) => next.get(id) ?? []).map((cycle) => {
    const start = cycle[0] ?? '';
    const index = file.nodes.findIndex((n) => n?.id === start);
    return {
      code: 'prerequisite-cycle',
      path: index >= 0 ? ['nodes', index] : [],
      message: `prerequisites form a cycle: ${[...cycle, start].join(' → ')}`,
      hint: 'a prerequisite must come before what it unlocks; remove one link of the cycle',
    };
  });
}
