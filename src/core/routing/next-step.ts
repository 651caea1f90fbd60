import type { PathwiseGraph } from '../graph/build-graph';
import type { Pay } from '../schema/graph-schema';
import { horizon, type Horizon, type HorizonMetric, type HorizonNode } from './horizon';
import { reachState } from './horizon-bands';

/** A role and its pay figure (period `year`), as the map gives it. */
export interface PaidRole {
  readonly id: string;
  readonly label: string;
  readonly pay: Pay;
}

/** One certification considered as the next step. */
export interface NextStep {
  readonly id: string;
  readonly label: string;
  /** What the certification itself takes from the start: its complete plan in the current horizon. */
  readonly entry: HorizonNode;
  /** Roles within the limit once it is held that are not within it now (and not held), nearest first. */
  readonly opens: readonly HorizonNode[];
  /** The best-paid role among `opens` with a yearly pay figure, or null. */
  readonly bestPay: PaidRole | null;
  /** `bestPay` minus the best yearly pay held now (same currency), or null when either is missing. */
  readonly payRise: number | null;
  /** One sentence saying why, for people. */
  readonly why: string;
}

export interface NextSteps {
  /** The certification that opens the most roles, or null when none opens any. */
  readonly mostRoles: NextStep | null;
  /** The certification whose newly opened roles pay the most, or null when none has a pay figure. */
  readonly mostPay: NextStep | null;
  /** Up to `compare` candidates side by side: the two winners first, then the next by roles opened. */
  readonly compared: readonly NextStep[];
  /** The best yearly pay among the held roles, which `payRise` is measured from. */
  readonly payNow: PaidRole | null;
}

export interface NextStepOptions {
  readonly by?: HorizonMetric;
  /** The limit, in months or money (Infinity: none). */
  readonly within: number;
  /** How many candidates to compare (default 3). */
  readonly compare?: number;
  /** The current horizon from `starts`, when the caller has it already. */
  readonly current?: Horizon;
  /** Most certifications tried, nearest first (default 40), so big maps stay quick. */
  readonly maxCandidates?: number;
}

/**
 * The best next certification from a start set. Each certification within the limit (its complete
 * plan known and within it) is tried: held as well, which roles come within the limit that are not
 * within it now? The limit is counted again from when it is held ("within 12 months of earning it").
 * The winner by roles opened (ties: the nearer), the winner by the pay of the best role it opens
 * (`pay.period` year), and up to `compare` candidates for a side-by-side view.
 *
 * @example
 * const next = bestNextSteps(model, ['role-m365-administrator'], { by: 'months', within: 12 });
 * next.mostRoles?.label // e.g. "AZ-104 …"; next.mostRoles?.why // "opens 3 roles within 12 months of earning it: …"
 */
export function bestNextSteps(model: PathwiseGraph, starts: readonly string[], options: NextStepOptions): NextSteps {
  const by = options.by ?? 'months';
  const { within } = options;
  const current = options.current ?? horizon(model, starts, { by });
  const inReachNow = new Set(current.reached.filter((e) => reachState(current, e.id, within).state === 'in-reach').map((e) => e.id));
  const payNow = bestPaid(model, starts);
  const candidates = current.reached
    .filter((e) => e.kind === 'certification' && inReachNow.has(e.id))
    .slice(0, options.maxCandidates ?? 40);
  const steps: NextStep[] = candidates.map((entry) => {
    const after = horizon(model, [...starts, entry.id], { by });
    const opens = after.reached.filter((e) => e.kind === 'role' && !inReachNow.has(e.id) && reachState(after, e.id, within).state === 'in-reach');
    const bestPay = bestPaid(model, opens.map((e) => e.id));
    const payRise = bestPay !== null && payNow !== null && bestPay.pay.currency === payNow.pay.currency ? bestPay.pay.amount - payNow.pay.amount : null;
    return { id: entry.id, label: entry.label, entry, opens, bestPay, payRise, why: whyText(opens, bestPay, payRise, by, within) };
  });
  const byRoles = [...steps].sort((a, b) => b.opens.length - a.opens.length || a.entry.value - b.entry.value);
  const mostRoles = byRoles[0] !== undefined && byRoles[0].opens.length > 0 ? byRoles[0] : null;
  const paid = steps.filter((s) => s.bestPay !== null);
  paid.sort((a, b) => (b.bestPay?.pay.amount ?? 0) - (a.bestPay?.pay.amount ?? 0) || a.entry.value - b.entry.value);
  const mostPay = paid[0] ?? null;
  const compared: NextStep[] = [];
  for (const step of [mostRoles, mostPay, ...byRoles.filter((s) => s.opens.length > 0)]) {
    if (step !== null && !compared.includes(step) && compared.length < (options.compare ?? 3)) compared.push(step);
  }
  return { mostRoles, mostPay, compared, payNow };
}

/** The best-paid role (yearly figure) among `ids`, or null. */
function bestPaid(model: PathwiseGraph, ids: readonly string[]): PaidRole | null {
  let best: PaidRole | null = null;
  for (const id of ids) {
    const node = model.byId.get(id);
    if (node?.kind !== 'role' || node.pay === undefined || node.pay.period !== 'year') continue;
    if (best === null || node.pay.amount > best.pay.amount) best = { id, label: node.label, pay: node.pay };
  }
  return best;
}

function whyText(opens: readonly HorizonNode[], bestPay: PaidRole | null, payRise: number | null, by: HorizonMetric, within: number): string {
  const limit = by === 'months' ? `${String(within)} months` : `${within.toLocaleString('en-US')} of cost`;
  if (opens.length === 0) return `brings no further role within ${limit} of earning it`;
  const names = opens.slice(0, 3).map((e) => e.label).join(', ');
  const more = opens.length > 3 ? ` and ${String(opens.length - 3)} more` : '';
  const pay =
    bestPay === null
      ? ''
      : `; the best-paid, ${bestPay.label}, has a ${bestPay.pay.statistic} of ${money(bestPay.pay.amount, bestPay.pay.currency)} a year (${bestPay.pay.region}, ${String(bestPay.pay.year)})${
          payRise === null ? '' : `, ${payRise >= 0 ? `${money(payRise, bestPay.pay.currency)} more` : `${money(-payRise, bestPay.pay.currency)} less`} than now`
        }`;
  return `opens ${String(opens.length)} role${opens.length === 1 ? '' : 's'} within ${limit} of earning it: ${names}${more}${pay}`;
}

function money(amount: number, currency: string): string {
  return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}
