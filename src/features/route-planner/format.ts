import type { RunningTotal } from '../../core/index';

/** "3 mo", "1 yr 2 mo", "2 wk" — months as people say them. */
export function formatMonths(months: number): string {
  if (months === 0) return '0 mo';
  if (months < 1) return `${Math.max(1, Math.round(months * 4.35))} wk`;
  const rounded = Math.round(months * 10) / 10;
  if (rounded < 12) return `${rounded} mo`;
  const years = Math.floor(rounded / 12);
  const rest = Math.round((rounded - years * 12) * 10) / 10;
  return rest === 0 ? `${years} yr` : `${years} yr ${rest} mo`;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** Per-currency totals, e.g. "$495" or "$330 + £200"; "no cost" when nothing is known. */
export function formatCost(cost: RunningTotal['cost']): string {
  const parts = Object.entries(cost)
    .filter(([, amount]) => amount > 0)
    .map(([currency, amount]) => formatMoney(amount, currency));
  return parts.length === 0 ? 'no known cost' : parts.join(' + ');
}

/**
 * A finish date from months of effort at a weekly pace. The map's months are typical durations;
 * we take them as meaning about 10 hours of study a week and scale by the chosen pace.
 */
export const BASELINE_HOURS_PER_WEEK = 10;

export function finishDate(months: number, hoursPerWeek: number, today: Date): Date {
  const scaled = (months * BASELINE_HOURS_PER_WEEK) / Math.max(hoursPerWeek, 0.5);
  const date = new Date(today);
  date.setDate(date.getDate() + Math.round(scaled * 30.44));
  return date;
}
