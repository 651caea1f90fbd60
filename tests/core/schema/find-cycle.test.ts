import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle, findCycles } from '../../../src/core/schema/find-cycle';

type Edges = readonly (readonly [number, number])[];

/** Random directed graphs on up to 8 nodes, self-loops excluded (the integrity check drops them). */
const graphArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 }).map((es) => es.filter(([a, b]) => a !== b)),
  }),
);

const name = (i: number) => `n${String(i)}`;
const nextOf = (edges: Edges) => (node: string) => edges.filter(([a]) => name(a) === node).map(([, b]) => name(b));

/** Brute force: reach[i][j] by repeated relaxation (Floyd–Warshall on booleans). */
function reachability(n: number, edges: Edges): boolean[][] {
  const reach = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [a, b] of edges) (reach[a] as boolean[])[b] = true;
  for (let k = 0; k < n; k += 1)
    for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) if (reach[i]?.[k] && reach[k]?.[j]) (reach[i] as boolean[])[j] = true;
  return reach;
}

/** Brute force: the components with more than one node, as sorted index lists. */
function bigComponents(n: number, edges: Edges): number[][] {
  const reach = reachability(n, edges);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (let i = 0; i < n; i += 1) {
    if (seen.has(i)) continue;
    const component = Array.from({ length: n }, (_, j) => j).filter((j) => reach[i]?.[j] && reach[j]?.[i]);
    component.forEach((j) => seen.add(j));
    if (component.length > 1) out.push(component);
  }
  return out;
}

function isCycle(cycle: readonly string[], edges: Edges): boolean {
  const has = (a: string, b: string) => edges.some(([x, y]) => name(x) === a && name(y) === b);
  return new Set(cycle).size === cycle.length && cycle.every((node, i) => has(node, cycle[(i + 1) % cycle.length] ?? ''));
}

describe('findCycle', () => {
  it('finds a cycle exactly when the graph is not acyclic, and what it finds is a cycle', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const nodes = Array.from({ length: n }, (_, i) => name(i));
        const cycle = findCycle(nodes, nextOf(edges));
        expect(cycle !== null).toBe(bigComponents(n, edges).length > 0);
        if (cycle !== null) expect(isCycle(cycle, edges)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('walks a chain of 100,000 nodes without overflowing the stack', () => {
    const next = (node: string) => {
      const i = Number(node);
      return i < 99_999 ? [String(i + 1)] : ['0'];
    };
    expect(findCycle(['0'], next)).toHaveLength(100_000);
  });
});

describe('findCycles', () => {
  it('finds one real cycle in each group of mutually reachable nodes (against brute force)', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const nodes = Array.from({ length: n }, (_, i) => name(i));
        const cycles = findCycles(nodes, nextOf(edges));
        const components = bigComponents(n, edges);
        expect(cycles).toHaveLength(components.length);
        cycles.forEach((cycle, k) => {
          expect(isCycle(cycle, edges)).toBe(true);
          // Each cycle lies inside the k-th component (components in order of their first node).
          expect(cycle.every((node) => components[k]?.map(name).includes(node))).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reports two separate loops', () => {
    const next = (n: string) => ({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] })[n] ?? [];
    expect(findCycles(['a', 'b', 'c', 'd'], next)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('handles a component of 100,000 nodes without overflowing the stack', () => {
    const next = (node: string) => {
      const i = Number(node);
      return i < 99_999 ? [String(i + 1)] : ['0'];
    };
    const nodes = Array.from({ length: 100_000 }, (_, i) => String(i));
    expect(findCycles(nodes, next).map((c) => c.length)).toEqual([100_000]);
  });
});
