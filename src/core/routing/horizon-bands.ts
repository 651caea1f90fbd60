import type { Horizon, HorizonMetric, HorizonNode } from './horizon';

/** Upper bounds of the isochrone bands in months: ≤ 3, ≤ 6, ≤ 12, ≤ 24 (and beyond). */
export const MONTH_BANDS: readonly number[] = [3, 6, 12, 24];
/**
 * Upper bounds of the money bands, in the map's currency: one exam fee (most are 99–165 USD) fits
 * the first, an expert track of three or four exams the third, and experience-led credentials
 * (CISSP, PMP with their fees and courses) reach the last.
 */
export const COST_BANDS: readonly number[] = [250, 500, 1000, 2500];

/** The band bounds of a metric. */
export function bandBounds(by: HorizonMetric): readonly number[] {
  return by === 'months' ? MONTH_BANDS : COST_BANDS;
}

/**
 * The band of a figure: 1 for the first bound it fits under, `bounds.length + 1` beyond the last.
 * @example bandOf(4, MONTH_BANDS) // 2 (≤ 6 months); bandOf(30, MONTH_BANDS) // 5
 */
export function bandOf(value: number, bounds: readonly number[]): number {
  const i = bounds.findIndex((bound) => value <= bound);
  return i < 0 ? bounds.length + 1 : i + 1;
}

/**
 * Where a node stands in a horizon under a limit:
 * - `start`: held, where the horizon starts;
 * - `in-reach`: its complete plan's figure is known and within the limit (`band` 1…);
 * - `unknown`: the known part is within the limit but a step's figure is unknown, so it may or may not be;
 * - `beyond`: even the known part exceeds the limit;
 * - `unreachable`: no complete plan reaches it.
 */
export type ReachState =
  | { readonly state: 'start' }
  | { readonly state: 'in-reach'; readonly band: number; readonly entry: HorizonNode }
  | { readonly state: 'unknown'; readonly band: number; readonly entry: HorizonNode }
  | { readonly state: 'beyond'; readonly entry: HorizonNode }
  | { readonly state: 'unreachable' };

/**
 * The state of `id` in `h` when only figures up to `within` count (Infinity: no limit).
 * @example reachState(h, 'az-104', 12) // { state: 'in-reach', band: 1, entry }
 */
export function reachState(h: Horizon, id: string, within: number): ReachState {
  if (h.starts.includes(id)) return { state: 'start' };
  const entry = h.byId.get(id);
  if (entry === undefined) return { state: 'unreachable' };
  if (entry.value > within) return { state: 'beyond', entry };
  const band = bandOf(entry.value, bandBounds(h.by));
  return entry.unknown ? { state: 'unknown', band, entry } : { state: 'in-reach', band, entry };
}

/**
 * The band names for a legend, up to the one that holds `within`: "≤ 3 months", …, "> 24 months".
 * @example bandLabels('months', 12) // ['≤ 3 months', '≤ 6 months', '≤ 12 months']
 */
export function bandLabels(by: HorizonMetric, within: number, currency = 'USD'): string[] {
  const bounds = bandBounds(by);
  const unit = (n: number) => (by === 'months' ? `${String(n)} months` : `${n.toLocaleString('en-US')} ${currency}`);
  const labels = bounds.map((bound) => `≤ ${unit(bound)}`);
  labels.push(`> ${unit(bounds[bounds.length - 1] as number)}`);
  return labels.slice(0, bandOf(within, bounds));
}
