import type { GraphMeta, GraphNode } from '../schema/graph-schema';
import { addMonths, daysBetween } from './calendar-date';
import { statusNotice } from './status-today';

/** A certification held, with the date it was earned (or last renewed). */
export interface Earned {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly earned: string;
}

/**
 * Where a renewal stands on today:
 * - `expired`: the expiry date has passed (unless it was renewed and the date earned not moved);
 * - `window-open`: renewal is open now, until the expiry date;
 * - `upcoming`: valid, the renewal window opens later;
 * - `valid`: valid until the expiry date; the map gives no window;
 * - `no-expiry`: the map says it does not expire;
 * - `unknown`: the map gives no renewal rule.
 */
export type RenewalState = 'expired' | 'window-open' | 'upcoming' | 'valid' | 'no-expiry' | 'unknown';

export interface Renewal {
  readonly id: string;
  readonly label: string;
  readonly credential: string;
  readonly earned: string;
  /** earned + validityMonths; null when it does not expire or the rule is unknown. */
  readonly expires: string | null;
  /** expires − windowMonths; null when the map gives no window. */
  readonly windowOpens: string | null;
  readonly state: RenewalState;
  /** Days from today to the expiry date (negative once expired); null without expiry. */
  readonly daysLeft: number | null;
  /** False when the certification is retired or past its retirement date: it lapses at expiry. */
  readonly renewable: boolean;
  /** The map's rule in words, with its source and confidence. */
  readonly rule: string | null;
  readonly source: string | null;
  readonly confidence: string | null;
}

/**
 * The expiry date and renewal window of each certification earned, from the map's renewal rule
 * (`validityMonths`, `windowMonths`), judged on `today` and sorted by what is due first (earliest
 * expiry first; those that never expire or whose rule is unknown last). Ids that are not
 * certifications of the map are skipped.
 * @example
 * renewals(model, [{ id: 'ms-102', earned: '2026-03-15' }], '2026-12-02')[0]
 * // { id: 'ms-102', expires: '2027-03-15', windowOpens: '2026-09-15', state: 'window-open', … }
 */
export function renewals(
  map: { readonly meta: Pick<GraphMeta, 'lastVerified'>; readonly byId: ReadonlyMap<string, GraphNode> },
  earned: readonly Earned[],
  today: string,
): Renewal[] {
  const out: Renewal[] = [];
  for (const { id, earned: date } of earned) {
    const node = map.byId.get(id);
    if (node?.kind !== 'certification') continue;
    const rule = node.renewal;
    const validity = rule?.validityMonths;
    const expires = validity === undefined ? null : addMonths(date, validity);
    const windowOpens = expires === null || rule?.windowMonths === undefined ? null : addMonths(expires, -rule.windowMonths);
    const state: RenewalState =
      rule === undefined
        ? 'unknown'
        : expires === null
          ? 'no-expiry'
          : expires < today
            ? 'expired'
            : windowOpens === null
              ? 'valid'
              : windowOpens <= today
                ? 'window-open'
                : 'upcoming';
    const retired = node.status.state === 'retired' || statusNotice(node, map.meta, today)?.kind === 'retirement-passed';
    out.push({
      id,
      label: node.label,
      credential: node.credential,
      earned: date,
      expires,
      windowOpens,
      state,
      daysLeft: expires === null ? null : daysBetween(today, expires),
      renewable: !retired,
      rule: rule?.rule ?? null,
      source: rule?.source ?? null,
      confidence: rule?.confidence ?? null,
    });
  }
  return out.sort((a, b) => {
    if (a.expires !== b.expires) return a.expires === null ? 1 : b.expires === null ? -1 : a.expires < b.expires ? -1 : 1;
    return a.label.localeCompare(b.label);
  });
}

/**
 * One sentence on where a renewal stands, for lists and the CLI.
 * @example renewalText(ms102Renewal) // 'renewal open until 2027-03-15 (103 days left)'
 */
export function renewalText(renewal: Renewal): string {
  const { expires, windowOpens, daysLeft } = renewal;
  const lapses = renewal.renewable ? '' : '; it can no longer be renewed';
  switch (renewal.state) {
    case 'expired':
      return `expired on ${expires ?? ''} (${days(-(daysLeft ?? 0))} ago)${renewal.renewable ? ', unless you renewed it' : ''}`;
    case 'window-open':
      return renewal.renewable ? `renewal open until ${expires ?? ''} (${days(daysLeft ?? 0)} left)` : `expires ${expires ?? ''} (${days(daysLeft ?? 0)} left)${lapses}`;
    case 'upcoming':
      return renewal.renewable ? `valid until ${expires ?? ''}; renewal opens ${windowOpens ?? ''}` : `valid until ${expires ?? ''}${lapses}`;
    case 'valid':
      return `valid until ${expires ?? ''} (${days(daysLeft ?? 0)} left)${lapses}`;
    case 'no-expiry':
      return 'does not expire';
    case 'unknown':
      return 'the map gives no renewal rule';
  }
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}
