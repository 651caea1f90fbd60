import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, localIsoDate, wholeMonthsBetween } from '../../../src/core/index';

describe('calendar dates', () => {
  it('moves by months, keeping the day or taking the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2027-03-15', -6)).toBe('2026-09-15');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });

  it('moves by days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('counts days and whole months between dates', () => {
    expect(daysBetween('2026-08-22', '2026-12-02')).toBe(102);
    expect(daysBetween('2026-12-02', '2026-08-22')).toBe(-102);
    expect(wholeMonthsBetween('2026-08-22', '2026-12-02')).toBe(3);
    expect(wholeMonthsBetween('2026-08-22', '2026-11-21')).toBe(2);
    expect(wholeMonthsBetween('2026-08-22', '2026-11-22')).toBe(3);
    expect(wholeMonthsBetween('2026-04-23', '2026-12-02')).toBe(7);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
  });

  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2026-12-02')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(() => addMonths('31/08/2026', 1)).toThrow('core/time: "31/08/2026" is not a date written YYYY-MM-DD');
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(localIsoDate(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

// Dates from 1990 to 2060 as day offsets, so every generated value is a real date.
const isoDate = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays('1990-01-01', n));

describe('calendar dates › properties', () => {
  it('wholeMonthsBetween is the largest n with addMonths(from, n) ≤ to (brute force)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let n = 0;
        while (addMonths(from, n + 1) <= to) n++;
        expect(wholeMonthsBetween(from, to)).toBe(n);
        expect(wholeMonthsBetween(to, from)).toBe(0 - n);
      }),
      { numRuns: 300 },
    );
  });

  it('addDays and daysBetween agree; addMonths never moves a date backwards for positive months', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 1, max: 240 }), (date, days, months) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(addMonths(date, months) > date).toBe(true);
        expect(isIsoDate(addMonths(date, months))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
