import type { Route } from '../routing/route-types';
import { formatCostTotal, stepSources, type RouteDataContext } from './route-format';

export const ROUTE_CSV_COLUMNS = [
  'step',
  'role',
  'id',
  'label',
  'kind',
  'why',
  'months',
  'months_source',
  'cost',
  'currency',
  'cost_source',
  'total_months',
  'total_cost',
  'sources',
] as const;

/**
 * A route as CSV, one row per step (the start is step 0), for spreadsheets. RFC 4180: comma
 * separated, CRLF line ends, fields with commas, quotes or line breaks quoted. Text cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
 * @example routeCsv(found.route, { nodes: model.byId }).split('\r\n')[0] // "step,role,id,label,kind,why,months,…"
 */
export function routeCsv(route: Route, context: RouteDataContext): string {
  const rows: (string | number)[][] = [[...ROUTE_CSV_COLUMNS]];
  let number = 0;
  for (const step of route.steps) {
    const index = step.role === 'start' ? 0 : ++number;
    rows.push([
      index,
      step.role,
      step.id,
      step.label,
      step.kind,
      step.why,
      step.months ?? '',
      step.monthsFrom ?? '',
      step.cost?.amount ?? '',
      step.cost?.currency ?? '',
      step.costFrom ?? '',
      step.total.months,
      formatCostTotal(step.total.cost),
      stepSources(step, context).join(' '),
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One CSV field: numbers as written, text guarded against formula injection, then quoted if needed.
 * @example csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
