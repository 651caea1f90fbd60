import { describe, expect, it } from 'vitest';
import { ageText, freshUntil, isStale, maxAgeText, parseMaxAge } from '../../../src/core/index';

describe('ageText', () => {
  it.each([
    ['2026-12-02', 'today'],
    ['2026-12-01', 'yesterday'],
    ['2026-11-20', '12 days ago'],
    ['2026-11-02', '1 month ago'],
    ['2026-08-22', '3 months ago'],
    ['2026-04-23', '7 months ago'],
    ['2025-12-02', '1 year ago'],
    ['2024-07-15', '2 years 4 months ago'],
    ['2026-12-06', 'in 4 days'],
  ])('says a fact checked on %s was checked %s (today 2026-12-02)', (date, text) => {
    expect(ageText(date, '2026-12-02')).toBe(text);
  });
});

describe('age limits', () => {
  it('reads --max-age values in days, weeks, months and years; a bare number is months', () => {
    expect(parseMaxAge('6m')).toEqual({ amount: 6, unit: 'm' });
    expect(parseMaxAge('90d')).toEqual({ amount: 90, unit: 'd' });
    expect(parseMaxAge('2W')).toEqual({ amount: 2, unit: 'w' });
    expect(parseMaxAge('1y')).toEqual({ amount: 1, unit: 'y' });
    expect(parseMaxAge('6')).toEqual({ amount: 6, unit: 'm' });
    expect(parseMaxAge('0m')).toBeNull();
    expect(parseMaxAge('six months')).toBeNull();
    expect(parseMaxAge('-3m')).toBeNull();
    expect(maxAgeText({ amount: 1, unit: 'y' })).toBe('1 year');
  });

  it('keeps a fact fresh through the last day of its limit and stale from the next', () => {
    const six = { amount: 6, unit: 'm' } as const;
    expect(freshUntil('2026-08-22', six)).toBe('2027-02-22');
    expect(isStale('2026-06-02', '2026-12-02', six)).toBe(false);
    expect(isStale('2026-06-01', '2026-12-02', six)).toBe(true);
    expect(isStale('2026-04-23', '2026-12-02', six)).toBe(true);
    expect(isStale('2026-08-22', '2026-12-02', six)).toBe(false);
    expect(isStale('2026-11-01', '2026-12-02', { amount: 30, unit: 'd' })).toBe(true);
  });
});
