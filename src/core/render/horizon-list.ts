import type { PathwiseGraph } from '../graph/build-graph';
import type { Horizon, HorizonNode } from '../routing/horizon';
import { reachState } from '../routing/horizon-bands';
import type { Pay } from '../schema/graph-schema';
import { csvCell } from './route-csv';

/** One role of the ranked list: its plan's figures, its band and its pay figure (with source and year). */
export interface HorizonRow {
  readonly entry: HorizonNode;
  /** 1… for a role within the limit; with `unknown`, the band of its known part. */
  readonly band: number;
  /** True when a figure of its plan under the horizon's metric is unknown: it may be within the limit, or not. */
  readonly unknown: boolean;
  readonly pay: Pay | null;
}

export type HorizonSort = 'pay' | 'months' | 'cost';

/**
 * The roles within the limit (and those perhaps within it, their figure unknown), ranked: by pay
 * (highest first; roles without a pay figure last), by months or by cost (least first; unknown
 * figures after known ones). Yearly pay ranks above hourly pay, which is never converted.
 * @example horizonRoleRows(model, h, 12, 'pay')[0].entry.label // the best-paid role within 12 months
 */
export function horizonRoleRows(model: PathwiseGraph, h: Horizon, within: number, sort: HorizonSort): HorizonRow[] {
  const rows: HorizonRow[] = [];
  for (const entry of h.reached) {
    if (entry.kind !== 'role') continue;
    const state = reachState(h, entry.id, within);
    if (state.state !== 'in-reach' && state.state !== 'unknown') continue;
    const node = model.byId.get(entry.id);
    rows.push({ entry, band: state.band, unknown: state.state === 'unknown', pay: node?.kind === 'role' ? (node.pay ?? null) : null });
  }
  const months = (r: HorizonRow) => [r.entry.unknownMonths > 0 ? 1 : 0, r.entry.months] as const;
  const cost = (r: HorizonRow) => [r.entry.unknownCost > 0 ? 1 : 0, Object.values(r.entry.cost).reduce((a, b) => a + b, 0)] as const;
  const yearly = (r: HorizonRow) => (r.pay === null ? -2 : r.pay.period === 'year' ? r.pay.amount : -1);
  const compare: Record<HorizonSort, (a: HorizonRow, b: HorizonRow) => number> = {
    pay: (a, b) => yearly(b) - yearly(a),
    months: (a, b) => months(a)[0] - months(b)[0] || months(a)[1] - months(b)[1],
    cost: (a, b) => cost(a)[0] - cost(b)[0] || cost(a)[1] - cost(b)[1],
  };
  // Stable: equal keys keep the horizon's order (nearest first).
  return rows.sort(compare[sort]);
}

/** "2024 median, United States, bls.gov" */
export function payCitation(pay: Pay): string {
  let host = pay.source;
  try {
    host = new URL(pay.source).hostname.replace(/^www\./, '');
  } catch {
    // Schema-checked URLs parse; keep the text if one does not.
  }
  return `${String(pay.year)} ${pay.statistic}, ${pay.region}, ${host}`;
}

/** "96,800 USD/yr" */
export function payText(pay: Pay): string {
  return `${Math.round(pay.amount).toLocaleString('en-US')} ${pay.currency}/${pay.period === 'year' ? 'yr' : 'h'}`;
}

/** "7 months", "≥ 5 months (1 step unknown)" */
export function reachMonthsText(entry: HorizonNode): string {
  const known = `${String(Math.round(entry.months * 10) / 10)} month${entry.months === 1 ? '' : 's'}`;
  return entry.unknownMonths === 0 ? known : `≥ ${known} (${String(entry.unknownMonths)} step${entry.unknownMonths === 1 ? '' : 's'} unknown)`;
}

/** "330 USD", "≥ 165 USD (1 step unknown)", "cost unknown" */
export function reachCostText(entry: HorizonNode): string {
  const parts = Object.keys(entry.cost)
    .sort()
    .map((currency) => `${(Math.round((entry.cost[currency] ?? 0) * 100) / 100).toLocaleString('en-US')} ${currency}`);
  const known = parts.length === 0 ? '0' : parts.join(' + ');
  if (entry.unknownCost === 0) return known;
  if (parts.length === 0) return 'cost unknown';
  return `≥ ${known} (${String(entry.unknownCost)} step${entry.unknownCost === 1 ? '' : 's'} unknown)`;
}

export interface HorizonListOptions {
  readonly mapTitle: string;
  /** e.g. "Microsoft 365 Administrator" or "everything marked done". */
  readonly startLabel: string;
  readonly within: number;
  readonly by: 'months' | 'cost';
  readonly date?: string;
}

function limitText(o: HorizonListOptions): string {
  return o.by === 'months' ? `${String(o.within)} months` : `${o.within.toLocaleString('en-US')} of cost`;
}

/**
 * The ranked list as Markdown: a table of roles with time, cost, steps and pay with its source
 * and year; every cell escaped. Unknown figures read as unknown.
 * @example horizonMarkdown(rows, { mapTitle: 'MS-102 Roadmap', startLabel: 'Microsoft 365 Administrator', within: 12, by: 'months' })
 */
export function horizonMarkdown(rows: readonly HorizonRow[], o: HorizonListOptions): string {
  const lines = [
    `# Roles within ${md(limitText(o))} of ${md(o.startLabel)}`,
    '',
    [o.mapTitle, o.date].filter((p): p is string => p !== undefined && p !== '').map(md).join(' · '),
    '',
    'Figures are complete plans (requirements included), as the route planner makes them. A step without a figure is unknown, never counted as zero.',
    '',
    '| # | Role | Band | Time | Cost | Steps | Pay | Pay source |',
    '|---|---|---|---|---|---|---|---|',
  ];
  rows.forEach((row, i) => {
    const pay = row.pay;
    lines.push(
      `| ${String(i + 1)} | ${md(row.entry.label)} | ${row.unknown ? `${String(row.band)}?` : String(row.band)} | ${md(reachMonthsText(row.entry))} | ${md(reachCostText(row.entry))} | ${String(row.entry.steps)} | ${pay === null ? 'not given' : md(payText(pay))} | ${pay === null ? '' : `[${md(payCitation(pay))}](${pay.source.replace(/[()<>\s]/g, encodeURIComponent)})`} |`,
    );
  });
  if (rows.length === 0) lines.push('', `No role is within ${md(limitText(o))}.`);
  return `${lines.join('\n')}\n`;
}

export const HORIZON_CSV_COLUMNS = [
  'rank', 'id', 'label', 'band', 'months', 'unknown_months', 'cost', 'unknown_cost', 'steps', 'pay', 'pay_currency', 'pay_period', 'pay_statistic', 'pay_region', 'pay_year', 'pay_source',
] as const;

/**
 * The ranked list as CSV (RFC 4180, CRLF, formula-guarded cells). `months` and `cost` are the known
 * parts; `unknown_months` / `unknown_cost` count the steps without a figure.
 */
export function horizonCsv(rows: readonly HorizonRow[]): string {
  const out: (string | number)[][] = [[...HORIZON_CSV_COLUMNS]];
  rows.forEach((row, i) => {
    const { entry, pay } = row;
    const cost = Object.keys(entry.cost).sort().map((c) => `${String(entry.cost[c] ?? 0)} ${c}`).join(' + ');
    out.push([
      i + 1, entry.id, entry.label, row.unknown ? `${String(row.band)}?` : row.band, entry.months, entry.unknownMonths, cost, entry.unknownCost, entry.steps,
      pay?.amount ?? '', pay?.currency ?? '', pay?.period ?? '', pay?.statistic ?? '', pay?.region ?? '', pay?.year ?? '', pay?.source ?? '',
    ]);
  });
  return `${out.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#&]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}
