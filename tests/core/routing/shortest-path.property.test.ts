import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeWeight, pairKey, progressGraph, shortestPath, type PathwiseGraph, type ProgressGraph, type RouteMetric, type SearchLimits } from '../../../src/core/index';
import { stepWeights } from './brute-force';
import { graphologyShortestPath } from './graphology-reference';
import { graphFromTable, type EdgeRow } from './route-fixture';
import { edgeArb } from './edge-arbitrary';

/** A random map with loops, and one search on it: sources, target, blocked nodes and steps. */
interface SearchCase {
  readonly model: PathwiseGraph;
  readonly sources: readonly string[];
  readonly target: string;
  readonly metric: RouteMetric;
  readonly blockedNodes: readonly string[];
  /** Progress steps `from->to` the search may not use (some may not exist). */
  readonly blockedEdges: readonly string[];
  readonly [fc.toStringMethod]: () => string;
}

const searchArb = (maxNodes: number, maxEdges: number): fc.Arbitrary<SearchCase> =>
  fc.integer({ min: 2, max: maxNodes }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const node = fc.nat(n - 1);
    const edge = edgeArb(node);
    return fc
      .record({
        edges: fc.array(edge, { maxLength: maxEdges }),
        sources: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
        target: fc.constantFrom(...ids),
        metric: fc.constantFrom<RouteMetric>('steps', 'months', 'cost'),
        blockedNodes: fc.subarray(ids, { maxLength: Math.max(1, Math.floor(n / 3)) }),
        // Mostly steps the map has (an index into its edges), sometimes a pair it does not have.
        blockedEdges: fc.array(fc.oneof(fc.nat().map((i) => ({ row: i })), fc.tuple(node, node)), { maxLength: 4 }),
      })
      .map((raw): SearchCase => {
        const seen = new Set<string>();
        const rows: EdgeRow[] = [];
        for (const e of raw.edges) {
          const key = `${e.s}>${e.t}>${e.kind}`;
          if (e.s === e.t || seen.has(key)) continue;
          seen.add(key);
          rows.push([`n${e.s}`, `n${e.t}`, e.kind, e.months, e.cost]);
        }
        const model = graphFromTable(rows, { isolated: ids });
        const blockedEdges = raw.blockedEdges.flatMap((b) => {
          if (Array.isArray(b)) return [pairKey(`n${b[0]}`, `n${b[1]}`)];
          const row = rows[b.row % Math.max(1, rows.length)];
          if (row === undefined) return [];
          return [row[2] === 'requires' ? pairKey(row[1], row[0]) : pairKey(row[0], row[1])];
        });
        const query = { sources: raw.sources, target: raw.target, metric: raw.metric, blockedNodes: raw.blockedNodes, blockedEdges };
        return { model, ...query, [fc.toStringMethod]: () => JSON.stringify({ rows, ...query }) };
      });
  });

function limitsOf(c: SearchCase): SearchLimits {
  return { blockedNodes: [new Set(c.blockedNodes)], blockedEdges: new Set(c.blockedEdges) };
}

/** The second reference: every simple path, weighed from the data file alone (tests/core/routing/brute-force). */
function bruteForceWeight(c: SearchCase): number | null {
  const weights = stepWeights(c.model.file, c.metric);
  let best: number | null = null;
  const walk = (path: string[], weight: number) => {
    const last = path[path.length - 1] as string;
    if (last === c.target) {
      if (best === null || weight < best) best = weight;
      return;
    }
    for (const [next, w] of weights.get(last) ?? []) {
      if (path.includes(next) || c.blockedNodes.includes(next) || c.blockedEdges.includes(pairKey(last, next))) continue;
      path.push(next);
      walk(path, weight + w);
      path.pop();
    }
  };
  if (c.sources.includes(c.target)) return 0;
  if (c.blockedNodes.includes(c.target)) return null;
  for (const source of c.sources) walk([source], 0);
  return best;
}

/** A found path is a real, loopless walk from a source to the target that uses nothing blocked, and weighs what it says. */
function expectValidPath(pg: ProgressGraph, c: SearchCase, nodes: readonly string[], weight: number): void {
  expect(c.sources).toContain(nodes[0]);
  expect(nodes[nodes.length - 1]).toBe(c.target);
  expect(new Set(nodes).size).toBe(nodes.length);
  let total = 0;
  for (let i = 1; i < nodes.length; i++) {
    const [from, to] = [nodes[i - 1] as string, nodes[i] as string];
    expect(pg.graph.hasEdge(pairKey(from, to))).toBe(true);
    expect(c.blockedEdges).not.toContain(pairKey(from, to));
    expect(c.blockedNodes).not.toContain(to);
    total += edgeWeight(pg, from, to, c.metric);
  }
  expect(weight).toBe(total);
}

describe('shortestPath › against graphology-shortest-path and brute force on random maps', () => {
  it('finds the optimal weight (against every simple path), or nothing when there is no path, never using what is blocked', () => {
    fc.assert(
      fc.property(searchArb(8, 18), (c) => {
        const pg = progressGraph(c.model);
        const found = shortestPath(pg, c.sources, c.target, c.metric, limitsOf(c));
        const brute = bruteForceWeight(c);
        if (brute === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found?.weight).toBeCloseTo(brute, 9);
        if (found !== null) expectValidPath(pg, c, found.nodes, found.weight);
      }),
      { numRuns: 600 },
    );
  });

  it('finds exactly the path graphology-shortest-path found, ties included (small and larger maps)', () => {
    for (const [nodes, edges, runs] of [[8, 18, 600], [60, 180, 300]] as const) {
      fc.assert(
        fc.property(searchArb(nodes, edges), (c) => {
          const pg = progressGraph(c.model);
          const limits = limitsOf(c);
          expect(shortestPath(pg, c.sources, c.target, c.metric, limits)).toEqual(graphologyShortestPath(pg, c.sources, c.target, c.metric, limits));
        }),
        { numRuns: runs },
      );
    }
  });

  it('gives the same answers when many searches run one after another on one map (no marks left behind)', () => {
    fc.assert(
      fc.property(searchArb(12, 30).chain((c) => fc.tuple(fc.constant(c), searchQueries(c))), ([c, queries]) => {
        const pg = progressGraph(c.model);
        for (const q of queries) {
          const found = shortestPath(pg, q.sources, q.target, q.metric, limitsOf(q));
          expect(found?.weight ?? null).toBe(shortestPathAlone(q));
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** Several queries on the map of `c`, with different sources, targets and blocks. */
function searchQueries(c: SearchCase): fc.Arbitrary<SearchCase[]> {
  const ids = c.model.nodes.map((n) => n.id);
  const steps = progressGraph(c.model).graph.edges();
  const query = fc.record({
    sources: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
    target: fc.constantFrom(...ids),
    metric: fc.constantFrom<RouteMetric>('steps', 'months', 'cost'),
    blockedNodes: fc.subarray(ids, { maxLength: Math.min(4, ids.length) }),
    blockedEdges: fc.subarray(steps, { maxLength: Math.min(3, steps.length) }),
  });
  return fc.array(query, { minLength: 2, maxLength: 8 }).map((qs) => qs.map((q) => ({ ...c, ...q })));
}

/** The weight the search finds for `q` on a fresh model of the same map: nothing from earlier searches can be in it. */
function shortestPathAlone(q: SearchCase): number | null {
  const fresh = graphFromTable(
    q.model.edges.map((e): EdgeRow => [e.source, e.target, e.kind, e.months ?? null, e.cost?.amount ?? null]),
    { isolated: q.model.nodes.map((n) => n.id) },
  );
  return shortestPath(progressGraph(fresh), q.sources, q.target, q.metric, limitsOf(q))?.weight ?? null;
}

describe('shortestPath › blocked nodes', () => {
  // s1 → a → t and s2 → t, s1 → s2: two starts, one of them blocked.
  const model = graphFromTable([
    ['s1', 'a', 'recommends', 5],
    ['a', 't', 'recommends', 5],
    ['s1', 's2', 'recommends', 1],
    ['s2', 't', 'recommends', 1],
  ]);
  const pg = progressGraph(model);

  it('starts from a blocked source but never passes through one', () => {
    const held = new Set(['s1', 's2']);
    expect(shortestPath(pg, ['s1'], 't', 'months', { blockedNodes: [held], blockedEdges: new Set() })?.nodes).toEqual(['s1', 'a', 't']);
    expect(shortestPath(pg, ['s1', 's2'], 't', 'months', { blockedNodes: [held], blockedEdges: new Set() })?.nodes).toEqual(['s2', 't']);
    expect(shortestPath(pg, ['s1'], 't', 'steps', { blockedNodes: [held], blockedEdges: new Set() })?.nodes).toEqual(['s1', 'a', 't']);
  });

  it('returns null for a blocked target and a zero-step path when the target is a source', () => {
    expect(shortestPath(pg, ['s1'], 't', 'months', { blockedNodes: [new Set(['t'])], blockedEdges: new Set() })).toBeNull();
    expect(shortestPath(pg, ['s1', 't'], 't', 'months')).toEqual({ nodes: ['t'], weight: 0 });
  });

  it('leaves the shared progress graph as it was', () => {
    const order = pg.graph.nodes();
    const size = pg.graph.size;
    shortestPath(pg, ['s1', 's2'], 't', 'cost');
    expect(pg.graph.nodes()).toEqual(order);
    expect(pg.graph.size).toBe(size);
  });

  it('throws on an unknown node, a programmer error', () => {
    expect(() => shortestPath(pg, ['nope'], 't', 'months')).toThrow('core/routing.shortestPath: unknown node "nope"');
  });
});
