import { closest, distance } from 'fastest-levenshtein';
import { EDGE_RULES } from './edge-rules';
import type { GraphEdge, GraphNode } from './graph-schema';
import type { JsonPath, Problem } from './problem';
import { findCycles } from './find-cycle';

/**
 * What the integrity check reads: a valid file, or the valid parts of a broken one with the
 * broken entries left `undefined` so that indexes in problem paths still match the document.
 */
export interface IntegrityInput {
  readonly nodes: readonly (GraphNode | undefined)[];
  readonly edges: readonly (GraphEdge | undefined)[];
  readonly brokenIds?: readonly string[];
}

/**
 * Graph-level rules a schema cannot express: unique ids, references to known nodes,
 * edge kinds between the right node kinds, replacements only on retired certifications,
 * and no prerequisite cycles. Returns every problem at once.
 */
export function checkIntegrity(file: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  // Ids of nodes that failed the schema: references to them are not "unknown", just unchecked.
  const brokenIds = new Set(file.brokenIds ?? []);
  // Index of the first node with each id; `byId` reads the node from it.
  const firstIndex = new Map<string, number>();
  const byId = { get: (id: string): GraphNode | undefined => file.nodes[firstIndex.get(id) ?? -1], has: (id: string) => firstIndex.has(id) };

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
  });

  const suggest = suggester([...firstIndex.keys()]);
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

  const duplicateOf = firstDuplicates(file.edges, firstIndex);
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
    const first = duplicateOf[e] as number;
    if (first >= 0) {
      problems.push({
        code: 'duplicate-edge',
        path: ['edges', e],
        message: `duplicate ${edge.kind} edge from "${edge.source}" to "${edge.target}" (first at edges[${first}])`,
      });
    }
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

  problems.push(...prerequisiteCycles(file, firstIndex));
  return problems;
}

const EDGE_KINDS = new Map(Object.keys(EDGE_RULES).map((kind, k) => [kind, k]));

/**
 * For each edge, the index of the first earlier edge with the same source, target and kind, or -1.
 * Edges are grouped by source node with a counting sort and compared within their group: a
 * string key per edge in one Map (hashed and allocated) was the largest part of this check on a
 * 30,000-edge map. Edges with an end that names no node are compared by such a key (rare).
 */
function firstDuplicates(edges: readonly (GraphEdge | undefined)[], firstIndex: ReadonlyMap<string, number>): Int32Array {
  const m = edges.length;
  const first = new Int32Array(m).fill(-1);
  const from = new Int32Array(m).fill(-1);
  const key = new Float64Array(m);
  let n = 0;
  for (const i of firstIndex.values()) n = Math.max(n, i + 1);
  const start = new Int32Array(n + 1);
  let odd: Map<string, number> | undefined;
  edges.forEach((edge, e) => {
    if (edge === undefined) return;
    const s = firstIndex.get(edge.source);
    const t = firstIndex.get(edge.target);
    if (s === undefined || t === undefined) {
      odd ??= new Map();
      const text = `${edge.source}\u0000${edge.target}\u0000${edge.kind}`;
      const seen = odd.get(text);
      if (seen === undefined) odd.set(text, e);
      else first[e] = seen;
      return;
    }
    from[e] = s;
    key[e] = t * 8 + (EDGE_KINDS.get(edge.kind) ?? 7);
    start[s + 1] = (start[s + 1] as number) + 1;
  });
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const order = new Int32Array(start[n] as number);
  for (let e = 0; e < m; e++) {
    const s = from[e] as number;
    if (s < 0) continue;
    order[fill[s] as number] = e;
    fill[s] = (fill[s] as number) + 1;
  }
  for (let v = 0; v < n; v++) {
    const a = start[v] as number;
    const b = start[v + 1] as number;
    if (b - a < 2) continue;
    if (b - a <= 16) {
      // Within a group edges are in file order, so the first match is the first such edge.
      for (let i = a + 1; i < b; i++) {
        const e = order[i] as number;
        for (let j = a; j < i; j++) {
          const d = order[j] as number;
          if (key[d] === key[e]) {
            first[e] = d;
            break;
          }
        }
      }
      continue;
    }
    const seen = new Map<number, number>();
    for (let i = a; i < b; i++) {
      const e = order[i] as number;
      const d = seen.get(key[e] as number);
      if (d === undefined) seen.set(key[e] as number, e);
      else first[e] = d;
    }
  }
  return first;
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
export const SUGGESTION_BUDGET = 2_000_000;

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
function prerequisiteCycles(file: IntegrityInput, firstIndex: ReadonlyMap<string, number>): Problem[] {
  const links: [string, string][] = [];
  const add = (from: string, to: string) => {
    if (!firstIndex.has(from) || !firstIndex.has(to) || from === to) return;
    links.push([from, to]);
  };
  for (const edge of file.edges) if (edge?.kind === 'prerequisite') add(edge.source, edge.target);
  for (const node of file.nodes) for (const group of node?.requires ?? []) for (const id of group.anyOf) add(id, node?.id ?? '');
  const looping = outsideTopologicalOrder(links, firstIndex);
  if (looping.length === 0) return [];
  const next = new Map<string, string[]>();
  for (const [from, to] of links) {
    const list = next.get(from);
    if (list === undefined) next.set(from, [to]);
    else list.push(to);
  }
  // One problem per group of entangled nodes: every separate loop is reported in one pass. Every
  // node on a loop is among `looping`, so the search starts only there (in file order).
  return findCycles(looping, (id) => next.get(id) ?? []).map((cycle) => {
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

/**
 * The ids Kahn's algorithm cannot put in a topological order of `links` (nodes on a loop, and
 * nodes after one), in the order of `firstIndex`; empty when nothing loops, which is the usual
 * case and costs a few typed arrays instead of a search for strongly connected components.
 */
function outsideTopologicalOrder(links: readonly (readonly [string, string])[], firstIndex: ReadonlyMap<string, number>): string[] {
  let n = 0;
  for (const i of firstIndex.values()) n = Math.max(n, i + 1);
  const m = links.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const start = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  links.forEach(([a, b], e) => {
    const v = firstIndex.get(a) as number;
    const w = firstIndex.get(b) as number;
    from[e] = v;
    to[e] = w;
    start[v + 1] = (start[v + 1] as number) + 1;
    indegree[w] = (indegree[w] as number) + 1;
  });
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const out = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const v = from[e] as number;
    out[fill[v] as number] = to[e] as number;
    fill[v] = (fill[v] as number) + 1;
  }
  const ready = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) ready[tail++] = v;
  while (head < tail) {
    const v = ready[head++] as number;
    for (let e = start[v] as number; e < (start[v + 1] as number); e++) {
      const w = out[e] as number;
      indegree[w] = (indegree[w] as number) - 1;
      if (indegree[w] === 0) ready[tail++] = w;
    }
  }
  if (tail === n) return [];
  const left: string[] = [];
  for (const [id, i] of firstIndex) if ((indegree[i] as number) > 0) left.push(id);
  return left;
}
