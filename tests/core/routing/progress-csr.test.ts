import { describe, expect, it } from 'vitest';
import { edgeWeight, findRoute, progressGraph, type PathwiseGraph } from '../../../src/core/index';
import { progressCsr } from '../../../src/core/routing/progress-csr';
import { graphFromTable } from './route-fixture';

describe('progressCsr', () => {
  // A role requires a skill (walked skill → role); two parallel steps a → b are merged into one.
  const model = graphFromTable([
    ['a', 'b', 'recommends', 4, 100],
    ['a', 'b', 'prerequisite', 2, 300],
    ['b', 'skill-x', 'teaches', 1],
    ['role-r', 'skill-x', 'requires'],
  ]);
  const pg = progressGraph(model);
  const csr = progressCsr(pg);
  const id = (i: number) => csr.ids[i];
  const out = (node: string) => {
    const v = csr.index.get(node) ?? -1;
    return [...csr.outTarget.subarray(csr.outStart[v], csr.outStart[v + 1])].map(id);
  };
  const into = (node: string) => {
    const v = csr.index.get(node) ?? -1;
    return [...csr.inSource.subarray(csr.inStart[v], csr.inStart[v + 1])].map(id);
  };

  it('has one row per node and one edge per progress step, in progress direction', () => {
    expect(csr.ids).toEqual(pg.graph.nodes());
    expect(csr.outTarget.length).toBe(pg.graph.size);
    expect(out('a')).toEqual(['b']);
    expect(out('skill-x')).toEqual(['role-r']);
    expect(out('role-r')).toEqual([]);
    expect(into('role-r')).toEqual(['skill-x']);
    expect(into('b')).toEqual(['a']);
  });

  it('finds each edge by its key and keeps the best weight per metric of merged parallel steps', () => {
    const e = csr.edgeOf.get('a->b') ?? -1;
    expect(id(csr.edgeFrom[e] ?? -1)).toBe('a');
    expect(id(csr.outTarget[e] ?? -1)).toBe('b');
    expect(csr.weight.months[e]).toBe(edgeWeight(pg, 'a', 'b', 'months'));
    expect(csr.weight.months[e]).toBeCloseTo(2, 5);
    expect(csr.weight.cost[e]).toBeCloseTo(100, 5);
    expect(csr.weight.steps[e]).toBe(1);
  });

  it('lists every in-edge once, pointing at its out-slot', () => {
    for (let v = 0; v < csr.ids.length; v++) {
      for (let i = csr.inStart[v] ?? 0; i < (csr.inStart[v + 1] ?? 0); i++) {
        const e = csr.inEdge[i] ?? -1;
        expect(csr.outTarget[e]).toBe(v);
        expect(csr.edgeFrom[e]).toBe(csr.inSource[i]);
      }
    }
  });

  it('is built once per progress graph', () => {
    expect(progressCsr(pg)).toBe(csr);
  });

  it('lets a first route run without building graphology\'s graph of the model', () => {
    // The same model, except that reading its graphology graph fails.
    const base = graphFromTable([
      ['a', 'b', 'recommends', 4, 100],
      ['b', 'skill-x', 'teaches', 1],
      ['role-r', 'skill-x', 'requires'],
    ]);
    const guarded = Object.create(base, {
      graph: {
        get() {
          throw new Error('model.graph was read');
        },
      },
    }) as PathwiseGraph;
    const result = findRoute(guarded, 'a', 'role-r', { by: 'months' });
    expect(result.ok && result.route.steps.map((s) => s.id)).toEqual(['a', 'b', 'skill-x', 'role-r']);
  });
});
