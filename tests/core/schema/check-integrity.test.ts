import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, type IntegrityInput } from '../../../src/core/schema/check-integrity';
import type { GraphEdge, GraphNode } from '../../../src/core/schema/graph-schema';
import { checkIntegrityReference } from './check-integrity-reference';

// A small pool of ids, so repeated ids, repeated edges, unknown references and loops are common.
const POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const idArb = fc.constantFrom(...POOL);
const refArb = fc.oneof({ weight: 5, arbitrary: idArb }, { weight: 1, arbitrary: fc.constantFrom('x', 'bb', 'zz') });
const kindArb = fc.constantFrom('certification', 'role', 'skill', 'experience', 'track');
const edgeKindArb = fc.constantFrom('prerequisite', 'recommends', 'teaches', 'requires', 'leads-to', 'replaced-by');

const nodeArb = fc
  .record({
    id: idArb,
    kind: kindArb,
    tracks: fc.option(fc.array(refArb, { maxLength: 2 }), { nil: undefined }),
    requires: fc.option(fc.array(fc.record({ anyOf: fc.array(refArb, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }), { nil: undefined }),
    state: fc.constantFrom('active', 'retired', 'retiring'),
    replacement: fc.option(refArb, { nil: undefined }),
  })
  .map(({ id, kind, tracks, requires, state, replacement }) => {
    const node: Record<string, unknown> = { id, kind, label: id, sources: [] };
    if (tracks !== undefined) node.tracks = tracks;
    if (requires !== undefined) node.requires = requires;
    if (kind === 'certification') {
      node.status = state === 'active' ? { state } : { state, date: '2026-01-01', ...(replacement === undefined ? {} : { replacement }) };
    }
    return node as unknown as GraphNode;
  });

const edgeArb = fc.record({ source: refArb, target: refArb, kind: edgeKindArb }).map((e) => e as GraphEdge);

const inputArb: fc.Arbitrary<IntegrityInput> = fc.record({
  nodes: fc.array(fc.option(nodeArb, { nil: undefined, freq: 8 }), { maxLength: 9 }),
  edges: fc.array(fc.option(edgeArb, { nil: undefined, freq: 8 }), { maxLength: 40 }),
  brokenIds: fc.array(fc.constantFrom('x', 'zz', 'a'), { maxLength: 2 }),
});

describe('checkIntegrity against the straightforward reference', () => {
  it('reports the same problems, in the same order, on random small graphs (3000 runs)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(checkIntegrity(input)).toEqual(checkIntegrityReference(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds repeated edges of a node with many edges (the grouped path over 16 edges)', () => {
    const nodes = ['hub', ...Array.from({ length: 30 }, (_, i) => `n${String(i)}`)].map(
      (id) => ({ id, kind: 'certification', label: id, sources: [], status: { state: 'active' } }) as unknown as GraphNode,
    );
    const edges = Array.from({ length: 30 }, (_, i): GraphEdge => ({ source: 'hub', target: `n${String(i % 20)}`, kind: 'recommends' }));
    const problems = checkIntegrity({ nodes, edges });
    expect(problems.map((p) => p.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `duplicate recommends edge from "hub" to "n${String(i)}" (first at edges[${String(i)}])`),
    );
    expect(problems).toEqual(checkIntegrityReference({ nodes, edges }));
  });

  it('reports every loop of a long chain that closes on itself, and nothing for the same chain open', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `c${String(i)}`);
    const nodes = ids.map((id) => ({ id, kind: 'certification', label: id, sources: [], status: { state: 'active' } }) as unknown as GraphNode);
    const open = ids.slice(1).map((id, i): GraphEdge => ({ source: ids[i] as string, target: id, kind: 'prerequisite' }));
    expect(checkIntegrity({ nodes, edges: open })).toEqual([]);
    const closed: GraphEdge[] = [...open, { source: 'c1999', target: 'c1000', kind: 'prerequisite' }];
    const problems = checkIntegrity({ nodes, edges: closed });
    expect(problems.map((p) => [p.code, p.path])).toEqual([['prerequisite-cycle', ['nodes', 1000]]]);
    expect(problems).toEqual(checkIntegrityReference({ nodes, edges: closed }));
  });
});
