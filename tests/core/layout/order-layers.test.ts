import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCrossings, initialOrder, orderLayers, type LayerEdge } from '../../../src/core/layout/order-layers';

/**
 * Brute force: every pair of edges between the same two layers whose ends are in opposite orders,
 * an end's place being its node's position plus the edge's port there.
 */
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
      const north = ea + (e.fromPort ?? 0) - (fa + (f.fromPort ?? 0));
      const south = eb + (e.toPort ?? 0) - (fb + (f.toPort ?? 0));
      if (north * south < 0) total += e.weight * f.weight;
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

  it('counts edges of one node that leave from different ports and swap sides', () => {
    // Node 0 is a group: the edge from its top port goes down to 3, the one from a lower port up to 2.
    const edges = [
      { from: 0, to: 3, weight: 1, fromPort: 0 },
      { from: 0, to: 2, weight: 1, fromPort: 0.5 },
    ];
    expect(countCrossings([[0], [2, 3]], edges)).toBe(1);
    expect(countCrossings([[0], [3, 2]], edges)).toBe(0);
  });

  it('equals a brute-force count with ports at either end (property)', () => {
    const ports = fc.constantFrom(0, 0.25, 0.5, 0.75);
    fc.assert(
      fc.property(layered, fc.array(fc.tuple(ports, ports), { minLength: 16, maxLength: 16 }), ({ layers, edges }, at) => {
        const withPorts = edges.map((e, i) => ({ ...e, fromPort: (at[i] as [number, number])[0], toPort: (at[i] as [number, number])[1] }));
        expect(countCrossings(layers, withPorts)).toBe(bruteCrossings(layers, withPorts));
      }),
    );
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

  it('keeps every layer sorted by lane key, never ending with more crossings than the sorted start (property)', () => {
    fc.assert(
      fc.property(layered, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 20, maxLength: 20 }), ({ rank, edges }, keys) => {
        const group = Array.from(rank, (_, v) => keys[v % keys.length] as number);
        const result = orderLayers({ rank, edges, group });
        for (const layer of result) for (let i = 1; i < layer.length; i++) expect(group[layer[i] as number]).toBeGreaterThanOrEqual(group[layer[i - 1] as number] as number);
        const start = initialOrder({ rank, edges }).map((layer) => [...layer].sort((a, b) => (group[a] as number) - (group[b] as number)));
        expect(countCrossings(result, edges)).toBeLessThanOrEqual(countCrossings(start, edges));
      }),
    );
  });

  it('gives the same order for the same input', () => {
    const input = { rank: [0, 0, 0, 1, 1, 1], edges: [0, 1, 2].flatMap((a) => [3, 4, 5].map((b) => ({ from: a, to: b, weight: (a + b) % 3 }))) };
    expect(orderLayers(input)).toEqual(orderLayers(input));
  });
});
