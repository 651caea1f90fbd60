import { addDays, addMonths, daysBetween, wholeMonthsBetween } from './calendar-date';

/** How old a fact may get before it is marked "may be out of date", unless the map says otherwise. */
export const DEFAULT_STALE_AFTER_MONTHS = 6;

/** An age limit such as `--max-age 6m`: whole days, weeks, months or years. */
export interface MaxAge {
  readonly amount: number;
  readonly unit: 'd' | 'w' | 'm' | 'y';
}

const UNIT_WORD: Record<MaxAge['unit'], string> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/**
 * Reads an age limit: a whole number and a unit, d (days), w (weeks), m (months) or y (years);
 * a bare number means months. Returns null for anything else.
 * @example parseMaxAge('6m') // { amount: 6, unit: 'm' }
 * @example parseMaxAge('90d') // { amount: 90, unit: 'd' }
 */
export function parseMaxAge(text: string): MaxAge | null {
  const match = /^\s*(\d{1,4})\s*([dwmy]?)\s*$/i.exec(text);
  if (match === null) return null;
  const amount = Number(match[1]);
  if (amount < 1) return null;
  const unit = (match[2] === '' ? 'm' : (match[2] ?? 'm').toLowerCase()) as MaxAge['unit'];
  return { amount, unit };
}

/**
 * The age limit in words.
 * @example maxAgeText({ amount: 6, unit: 'm' }) // '6 months'
 */
export function maxAgeText(age: MaxAge): string {
  return `${age.amount} ${UNIT_WORD[age.unit]}${age.amount === 1 ? '' : 's'}`;
}

/**
 * The last day on which a fact checked on `checked` is still fresh under `maxAge`.
 * @example freshUntil('2026-08-22', { amount: 6, unit: 'm' }) // '2027-02-22'
 */
export function freshUntil(checked: string, maxAge: MaxAge): string {
  switch (maxAge.unit) {
    case 'd':
      return addDays(checked, maxAge.amount);
    case 'w':
      return addDays(checked, maxAge.amount * 7);
    case 'm':
      return addMonths(checked, maxAge.amount);
    case 'y':
      return addMonths(checked, maxAge.amount * 12);
  }
}

/**
 * True when a fact last checked on `checked` is older than `maxAge` on `today`: a fact checked
 * exactly six months ago is still fresh under a six-month limit; a day later it is not.
 * @example isStale('2026-04-23', '2026-12-02', { amount: 6, unit: 'm' }) // true
 */
export function isStale(checked: string, today: string, maxAge: MaxAge): boolean {
  return freshUntil(checked, maxAge) < today;
}

/**
 * How long ago `date` was, in words people use: "today", "yesterday", "12 days ago",
 * "3 months ago", "1 year ago", "2 years 5 months ago"; "in 4 days" for a date still ahead.
 * @example ageText('2026-08-22', '2026-12-02') // '3 months ago'
 */
export function ageText(date: string, today: string): string {
  const days = daysBetween(date, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 0) return days === -1 ? 'tomorrow' : `in ${-days} days`;
  const months = wholeMonthsBetween(date, today);
  if (months < 1) return `${days} days ago`;
  if (months < 12) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years} year${years === 1 ? '' : 's'}${rest === 0 ? '' : ` ${rest} month${rest === 1 ? '' : 's'}`} ago`;
}
