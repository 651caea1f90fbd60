/**
 * Calendar dates as maps write them ("YYYY-MM-DD"): no time of day, no zone. Core has no clock:
 * callers pass today's date (the app its local date, the CLI `--today`, tests a fixed one).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Ymd {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number;
}

function parts(iso: string): Ymd {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new Error(`core/time: "${iso}" is not a date written YYYY-MM-DD`);
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) {
    throw new Error(`core/time: "${iso}" is not a real calendar date`);
  }
  return ymd;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function write({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * True when `text` is a real calendar date written YYYY-MM-DD (not 2026-02-30).
 * @example isIsoDate('2026-12-02') // true
 */
export function isIsoDate(text: string): boolean {
  try {
    parts(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date of `now` where the person is (local time): "today" for people is their own day.
 * @example localIsoDate(new Date(2026, 11, 2, 23, 30)) // '2026-12-02'
 */
export function localIsoDate(now: Date): string {
  return write({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/**
 * `iso` moved by whole months; a day the target month lacks becomes its last day, the way people
 * count "a year after 29 February" (28 February) and "a month after 31 March" (30 April).
 * @example addMonths('2026-03-15', 12) // '2027-03-15'
 * @example addMonths('2026-03-31', -1) // '2026-02-28'
 */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new Error(`core/time.addMonths: months must be whole, got ${months}`);
  const { y, m, d } = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return write({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/**
 * `iso` moved by whole days.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new Error(`core/time.addDays: days must be whole, got ${days}`);
  const date = new Date(dayNumber(iso) * DAY_MS + days * DAY_MS);
  return write({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

/** Days since 1970-01-01 (UTC), for differences. */
function dayNumber(iso: string): number {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-08-22', '2026-12-02') // 102
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whole calendar months from `from` to `to`: the largest n with addMonths(from, n) ≤ to
 * (negative, the same way, when `to` is earlier).
 * @example wholeMonthsBetween('2026-08-22', '2026-12-02') // 3
 * @example wholeMonthsBetween('2026-08-22', '2026-11-22') // 3
 */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return 0 - wholeMonthsBetween(to, from);
  const a = parts(from);
  const b = parts(to);
  let n = (b.y - a.y) * 12 + (b.m - a.m);
  if (addMonths(from, n) > to) n--;
  return n;
}
