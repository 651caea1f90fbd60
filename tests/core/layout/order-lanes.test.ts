import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { improveLaneOrder, laneOrderCost, orderLanes, type LaneLink } from '../../../src/core/layout/order-lanes';

/** Every order of 0 … n-1. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** Brute force: the least cost over every order. */
function bruteLeast(n: number, links: readonly LaneLink[]): number {
  return Math.min(...permutations(n).map((order) => laneOrderCost(order, links)));
}

/** Random lane graphs: up to 7 lanes, links with random pass-over costs. */
const laneGraphs = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(
      fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), over: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }) }),
      { maxLength: 12 },
    ),
  }),
);

describe('laneOrderCost', () => {
  it('charges a link for each lane strictly between its ends', () => {
    const links = [{ a: 0, b: 1, over: [0, 0, 5] }];
    expect(laneOrderCost([0, 2, 1], links)).toBe(5);
    expect(laneOrderCost([0, 1, 2], links)).toBe(0);
  });
});

describe('orderLanes', () => {
  it('puts lanes that share edges side by side', () => {
    expect(orderLanes(3, [{ a: 0, b: 2, over: [0, 1, 0] }])).toEqual([1, 0, 2]);
  });

  it('keeps lane order 0, 1, 2, … when there are no links', () => {
    expect(orderLanes(5, [])).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the lanes listed as last at the end', () => {
    const order = orderLanes(4, [{ a: 3, b: 0, over: [1, 1, 1, 1] }], [3]);
    expect(order[3]).toBe(3);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
  });

  it('finds an order as cheap as the best of all orders (property, against brute force)', () => {
    fc.assert(
      fc.property(laneGraphs, ({ n, links }) => {
        const order = orderLanes(n, links);
        expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(laneOrderCost(order, links)).toBe(bruteLeast(n, links));
      }),
      { numRuns: 150 },
    );
  });

  it('beyond the exact size, never returns an order costlier than the data order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.nat(17), b: fc.nat(17), w: fc.integer({ min: 1, max: 4 }) }), { maxLength: 40 }), (raw) => {
        const links = raw.map(({ a, b, w }) => ({ a, b, over: Array.from({ length: 18 }, () => w) }));
        const order = orderLanes(18, links);
        expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 18 }, (_, i) => i));
        expect(laneOrderCost(order, links)).toBeLessThanOrEqual(laneOrderCost(Array.from({ length: 18 }, (_, i) => i), links));
      }),
      { numRuns: 20 },
    );
  });
});

describe('improveLaneOrder', () => {
  it('moves a lane to the place where the cost is least', () => {
    const target = [3, 0, 1, 2];
    const result = improveLaneOrder([0, 1, 2, 3], (o) => o.reduce((sum, lane, i) => sum + Math.abs(i - target.indexOf(lane)), 0), 100);
    expect(result.order).toEqual([3, 0, 1, 2]);
    expect(result.cost).toBe(0);
  });

  it('leaves fixed lanes in place and stops at the budget', () => {
    let calls = 0;
    const result = improveLaneOrder(
      [0, 1, 2, 3],
      (o) => {
        calls++;
        return o.indexOf(3);
      },
      5,
      [3],
    );
    expect(result.order[3]).toBe(3);
    expect(calls).toBeLessThanOrEqual(5);
    expect(result.evaluations).toBe(calls);
  });

  it('never returns an order worse than the start, and is a permutation of it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), (weights) => {
        const cost = (o: readonly number[]) => o.reduce((sum, lane, i) => sum + (weights[lane] as number) * i, 0);
        const start = [0, 1, 2, 3, 4, 5];
        const result = improveLaneOrder(start, cost, 60);
        expect([...result.order].sort()).toEqual(start);
        expect(result.cost).toBe(cost(result.order));
        expect(result.cost).toBeLessThanOrEqual(cost(start));
      }),
    );
  });
});
