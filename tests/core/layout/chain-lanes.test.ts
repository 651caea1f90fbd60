import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainLanes } from '../../../src/core/layout/chain-lanes';

/** What a key sequence costs: the lanes crossed in each gap, from the source lane to the target lane. */
function costOf(keys: readonly number[], r0: number, from: number, to: number, busy: (lane: number, gap: number) => number): number {
  const path = [from, ...keys, to];
  let cost = 0;
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1] as number, path[i] as number];
    const gap = r0 + i - 1;
    // Whole lanes strictly passed between two positions (an end lane or a boundary's own side is not crossed).
    for (let lane = Math.min(from, to) + 1; lane < Math.max(from, to); lane++) {
      if ((lane > Math.min(a, b) && lane < Math.max(a, b))) cost += busy(lane, gap);
    }
  }
  return cost;
}

/** Brute force: every monotone sequence of boundaries from `from` toward `to`. */
function bruteLeast(r0: number, r1: number, from: number, to: number, busy: (lane: number, gap: number) => number): number {
  const dir = to > from ? 1 : -1;
  const m = Math.abs(to - from);
  const steps = r1 - r0 - 1;
  let best = Infinity;
  const walk = (keys: number[], k: number) => {
    if (keys.length === steps) {
      best = Math.min(best, costOf(keys, r0, from, to, busy));
      return;
    }
    for (let next = k; next < m; next++) walk([...keys, from + dir * (next + 0.5)], next);
  };
  walk([], 0);
  return best;
}

describe('chainLanes', () => {
  it('keeps a long edge within one lane in that lane', () => {
    expect(chainLanes(0, 4, 2, 2, () => 1)).toEqual([2, 2, 2]);
  });

  it('crosses each lane in the gap where it is least busy', () => {
    // Lane 1 costs 5 to cross in gap 0, 1 in gap 1, 3 in gap 2, 4 in gap 3.
    expect(chainLanes(0, 4, 0, 2, (_lane, gap) => [5, 1, 3, 4][gap] ?? 0)).toEqual([0.5, 1.5, 1.5]);
    // On a tie it crosses as late as it can (here: in the last gap, into its target).
    expect(chainLanes(0, 4, 0, 2, () => 1)).toEqual([0.5, 0.5, 0.5]);
    // Going up: lanes 3, 2 and 1 lie between 4 and 0.
    expect(chainLanes(0, 3, 4, 0, (lane, gap) => (gap === 1 && lane === 2 ? 9 : 0)).every((k, i, all) => i === 0 || k <= (all[i - 1] as number))).toBe(true);
  });

  it('returns boundary keys that never turn back and cost no more than any other such path (property, against brute force)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 60, maxLength: 60 }),
        (r0, span, from, to, table) => {
          const r1 = r0 + span;
          const busy = (lane: number, gap: number) => table[(lane * 9 + gap) % table.length] as number;
          const keys = chainLanes(r0, r1, from, to, busy);
          expect(keys).toHaveLength(span - 1);
          if (from === to) {
            expect(keys.every((k) => k === from)).toBe(true);
            return;
          }
          for (let i = 1; i < keys.length; i++) expect(Math.sign((keys[i] as number) - (keys[i - 1] as number)) * Math.sign(to - from)).toBeGreaterThanOrEqual(0);
          for (const k of keys) {
            expect(k).toBeGreaterThan(Math.min(from, to));
            expect(k).toBeLessThan(Math.max(from, to));
          }
          expect(costOf(keys, r0, from, to, busy)).toBe(bruteLeast(r0, r1, from, to, busy));
        },
      ),
      { numRuns: 200 },
    );
  });
});
