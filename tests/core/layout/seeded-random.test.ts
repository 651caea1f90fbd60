import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/layout/seeded-random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly over ten bins', () => {
    const next = mulberry32(7);
    const bins = new Map<number, number>();
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
      const bin = Math.floor(x * 10);
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    expect(bins.size).toBe(10);
    for (const count of bins.values()) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
