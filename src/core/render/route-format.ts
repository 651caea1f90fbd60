import type { GraphEdge, GraphNode, Money } from '../schema/graph-schema';
import type { RouteMetric, RouteStep, RouteTotals } from '../routing/route-types';

/** The data behind a route's steps, to list their sources. */
export interface RouteDataContext {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Edge data by edge key. */
  readonly edges?: ReadonlyMap<string, GraphEdge>;
}

export const METRIC_LABEL: Record<RouteMetric, string> = {
  steps: 'fewest steps',
  months: 'least time',
  cost: 'least cost',
};

/** @example formatMonths(1) // "1 month"; formatMonths(2.5) // "2.5 months" */
export function formatMonths(months: number): string {
  const rounded = Math.round(months * 10) / 10;
  return `${String(rounded)} month${rounded === 1 ? '' : 's'}`;
}

/** @example formatMoney({ amount: 165, currency: 'USD' }) // "165 USD" */
export function formatMoney(money: Money): string {
  return `${String(Math.round(money.amount * 100) / 100)} ${money.currency}`;
}

/** Costs per currency, never converted: "165 USD + 90 EUR"; empty when there are none. */
export function formatCostTotal(cost: Readonly<Record<string, number>>): string {
  return Object.keys(cost)
    .sort()
    .map((currency) => formatMoney({ amount: cost[currency] ?? 0, currency }))
    .join(' + ');
}

/**
 * One line of totals for people: steps, months and money, saying what the data leaves unknown.
 * @example formatTotals(route.totals) // "3 steps · 19 months · 165 USD (cost unknown for 2 steps)"
 */
export function formatTotals(totals: RouteTotals): string {
  const parts = [`${String(totals.steps)} step${totals.steps === 1 ? '' : 's'}`, formatMonths(totals.months)];
  const cost = formatCostTotal(totals.cost);
  parts.push(cost === '' ? 'no cost given' : cost);
  const unknown: string[] = [];
  if (totals.unknownMonths > 0) unknown.push(`time unknown for ${plural(totals.unknownMonths, 'step')}`);
  if (totals.unknownCost > 0) unknown.push(`cost unknown for ${plural(totals.unknownCost, 'step')}`);
  return `${parts.join(' · ')}${unknown.length > 0 ? ` (${unknown.join('; ')})` : ''}`;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A step's sources: the node's, then the edge's that leads to it, without repeats. */
export function stepSources(step: RouteStep, context: RouteDataContext): string[] {
  const node = context.nodes.get(step.id);
  const edge = step.edge === null ? undefined : context.edges?.get(step.edge.key);
  return [...new Set([...(node?.sources ?? []), ...(edge?.sources ?? [])])];
}

/** The step's time as text, saying where it came from when not from the edge. */
export function stepMonthsText(step: RouteStep): string {
  if (step.months === null) return 'not given';
  return `${formatMonths(step.months)}${step.monthsFrom === 'experience' ? ' (experience required)' : ''}`;
}

/** The step's cost as text, saying when it is the exam fee. */
export function stepCostText(step: RouteStep): string {
  if (step.cost === null) return 'not given';
  return `${formatMoney(step.cost)}${step.costFrom === 'fee' ? ' (exam fee)' : ''}`;
}
