import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCrossings, initialOrder, orderLayers, type LayerEdge } from '../../../src/core/layout/order-layers';

/** Brute force: every pair of edges between the same two layers whose ends are in opposite orders. */
function bruteCrossings(layers: readonly (readonly number[])[], edges: readonly LayerEdge[]): number {
  const at = new Map<number, [number, number]>();
  layers.forEach((layer, r) => { layer.forEach((v, i) => at.set(v, [r, i])); });
  let total = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [e, f] = [edges[i] as LayerEdge, edges[j] as LayerEdge];
      const [er, ea] = at.get(e.from) ?? [0, 0];
      const [fr, fa] = at.get(f.from) ?? [0, 0];
      const [etr, eb] = at.get(e.to) ?? [0, 0];
      const [ftr, fb] = at.get(f.to) ?? [0, 0];
      if (er !== fr || etr !== er + 1 || ftr !== fr + 1) continue;
      if ((ea - fa) * (eb - fb) < 0) total += e.weight * f.weight;
    }
  }
  return total;
}

/** Random layered graphs: up to 4 layers of up to 5 nodes, edges between consecutive layers. */
const layered = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) => {
    const rank = sizes.flatMap((size, r) => Array.from({ length: size }, () => r));
    const byRank = sizes.map((_, r) => rank.flatMap((x, v) => (x === r ? [v] : [])));
    const edge = fc
      .record({ r: fc.integer({ min: 0, max: Math.max(0, sizes.length - 2) }), a: fc.nat(), b: fc.nat(), weight: fc.integer({ min: 1, max: 3 }) })
      .map(({ r, a, b, weight }) => {
        const north = byRank[r] ?? [];
        const south = byRank[r + 1] ?? [];
        return south.length === 0 ? null : { from: north[a % north.length] ?? 0, to: south[b % south.length] ?? 0, weight };
      });
    return fc.record({
      rank: fc.constant(rank),
      layers: fc.constant(byRank),
      edges: fc.array(edge, { maxLength: 16 }).map((list) => list.filter((e): e is LayerEdge => e !== null)),
    });
  });

describe('countCrossings', () => {
  it('counts one crossing for two edges that swap sides', () => {
    expect(countCrossings([[0, 1], [2, 3]], [{ from: 0, to: 3, weight: 1 }, { from: 1, to: 2, weight: 1 }])).toBe(1);
  });

  it('does not count edges that share an end', () => {
    expect(countCrossings([[0, 1], [2]], [{ from: 0, to: 2, weight: 1 }, { from: 1, to: 2, weight: 1 }])).toBe(0);
  });

  it('equals a brute-force count, weights multiplied (property)', () => {
    fc.assert(
      fc.property(layered, ({ layers, edges }) => {
        expect(countCrossings(layers, edges)).toBe(bruteCrossings(layers, edges));
      }),
    );
  });
});

describe('orderLayers', () => {
  it('uncrosses two crossed edges', () => {
    const result = orderLayers({ rank: [0, 0, 1, 1], edges: [{ from: 0, to: 3, weight: 1 }, { from: 1, to: 2, weight: 1 }] });
    expect(countCrossings(result, [{ from: 0, to: 3, weight: 1 }, { from: 1, to: 2, weight: 1 }])).toBe(0);
  });

  it('returns each rank as a permutation of its nodes, never with more crossings than it started from (property)', () => {
    fc.assert(
      fc.property(layered, ({ rank, layers, edges }) => {
        const result = orderLayers({ rank, edges });
        expect(result.map((layer) => [...layer].sort((a, b) => a - b))).toEqual(layers);
        expect(countCrossings(result, edges)).toBeLessThanOrEqual(countCrossings(initialOrder({ rank, edges }), edges));
      }),
    );
  });

  it('gives the same order for the same input', () => {
    const input = { rank: [0, 0, 0, 1, 1, 1], edges: [0, 1, 2].flatMap((a) => [3, 4, 5].map((b) => ({ from: a, to: b, weight: (a + b) % 3 }))) };
    expect(orderLayers(input)).toEqual(orderLayers(input));
  });
});
