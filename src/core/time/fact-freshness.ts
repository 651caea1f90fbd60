import type { GraphMeta, GraphNode } from '../schema/graph-schema';
import { datedFacts, type DatedFact } from './dated-facts';
import { ageText, DEFAULT_STALE_AFTER_MONTHS, isStale, maxAgeText, type MaxAge } from './fact-age';

/** A dated fact judged against today. */
export interface JudgedFact extends DatedFact {
  /** "3 months ago". */
  readonly age: string;
  /** Last checked longer ago than the limit: "may be out of date". */
  readonly stale: boolean;
  /** The date the fact names (a retirement, an expected release, a claimed date) is before today. */
  readonly passed: boolean;
  /** Why it is due for a check, in words; empty when it is not. */
  readonly reasons: readonly string[];
}

/**
 * The map's age limit: `meta.staleAfterMonths`, else six months.
 * @example staleAfter({ lastVerified: '2026-08-22' }) // { amount: 6, unit: 'm' }
 */
export function staleAfter(meta: Pick<GraphMeta, 'staleAfterMonths'>): MaxAge {
  return { amount: meta.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS, unit: 'm' };
}

const NAMED_WORDS = { retirement: 'retirement date', release: 'expected release date', claim: 'date it names' } as const;

/**
 * Judges a fact on `today`: its age, whether it is older than `maxAge`, and whether the date it
 * names has passed.
 * @example judgeFact(feeCheckedOn('2026-04-23'), '2026-12-02', { amount: 6, unit: 'm' }).stale // true
 */
export function judgeFact(fact: DatedFact, today: string, maxAge: MaxAge): JudgedFact {
  const stale = isStale(fact.checked, today, maxAge);
  const { named } = fact;
  const passed = named !== null && named.date < today;
  const reasons: string[] = [];
  if (passed) reasons.push(`${NAMED_WORDS[named.kind]} passed (${named.date})`);
  if (stale) reasons.push(`last checked ${fact.checked}, ${ageText(fact.checked, today)} (limit ${maxAgeText(maxAge)})`);
  return { ...fact, age: ageText(fact.checked, today), stale, passed, reasons };
}

/**
 * Every dated fact of a node judged on `today`, in the node's order.
 * @example judgedFacts(az500, meta, '2026-12-02', staleAfter(meta)).filter((f) => f.passed).length // 1
 */
export function judgedFacts(node: GraphNode, meta: Pick<GraphMeta, 'lastVerified'>, today: string, maxAge: MaxAge): JudgedFact[] {
  return datedFacts(node, meta).map((fact) => judgeFact(fact, today, maxAge));
}

/** What `pathwise freshness` reports: the facts due for a check, grouped by node. */
export interface FreshnessReport {
  readonly today: string;
  readonly maxAge: MaxAge;
  readonly lastVerified: string;
  /** Facts due, in total. */
  readonly due: number;
  /** Nodes with at least one fact due, in map order. */
  readonly nodes: readonly { readonly id: string; readonly label: string; readonly facts: readonly JudgedFact[] }[];
}

/**
 * The facts of a map whose named dates have passed or whose last check is older than `maxAge`
 * (default: the map's own limit), grouped by node, each with the sources to check again.
 * @example freshnessReport(model, '2026-12-02').nodes.map((n) => n.id) // ['ms-102', 'az-500', …]
 */
export function freshnessReport(
  map: { readonly meta: GraphMeta; readonly nodes: readonly GraphNode[] },
  today: string,
  maxAge: MaxAge = staleAfter(map.meta),
): FreshnessReport {
  const nodes = map.nodes.flatMap((node) => {
    const facts = judgedFacts(node, map.meta, today, maxAge).filter((f) => f.stale || f.passed);
    return facts.length === 0 ? [] : [{ id: node.id, label: node.label, facts }];
  });
  return { today, maxAge, lastVerified: map.meta.lastVerified, due: nodes.reduce((n, node) => n + node.facts.length, 0), nodes };
}
