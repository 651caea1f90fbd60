import type { EdgeKind, Money, NodeKind } from '../schema/graph-schema';

/** What a route minimises: `steps` (fewest steps), `months` (least time) or `cost` (least money). */
export type RouteMetric = 'steps' | 'months' | 'cost';

export const ROUTE_METRICS: readonly RouteMetric[] = ['steps', 'months', 'cost'];

/** Options of `findRoute`; every list holds node ids (resolve names first, e.g. with `resolveNode`). */
export interface RouteOptions {
  /** What to minimise. Default `months`. */
  readonly by?: RouteMetric;
  /** How many routes to return in `alternatives` (the best first). Default 1. */
  readonly alternatives?: number;
  /** Nodes the route must never pass through (nor use to meet a requirement). */
  readonly avoid?: readonly string[];
  /**
   * Retired exams to leave out, e.g. those whose retirement date has passed: never passed through
   * nor used to meet a requirement, unless also named as the start, destination, a via or held.
   * Kept apart from `avoid` so that a failure says "a retired exam is left out" (`blocked-by-retired`).
   */
  readonly retired?: readonly string[];
  /** Nodes the route must pass through, in this order. */
  readonly via?: readonly string[];
  /** Nodes the person already holds: the route starts from the best of them and never asks for them again. */
  readonly have?: readonly string[];
  /**
   * Add the missing requirements (`node.requires`) of every step as steps of their own,
   * so the result is a complete plan. Default true.
   */
  readonly requirements?: boolean;
}

/** Where a step's months came from: the edge, or the experience node it reaches (`experience.months`). */
export type MonthsSource = 'edge' | 'experience';
/** Where a step's cost came from: the edge, or the exam fee of the certification it reaches. */
export type CostSource = 'edge' | 'fee';

/** Why a step is in the plan. */
export type StepRole =
  /** Where the route starts: `from`, or the held node it is best to start from. */
  | 'start'
  /** A step of the route itself. */
  | 'route'
  /** A step added so that a later step's requirement is met (the requirement or the way to it). */
  | 'requirement';

/** The data edge that leads to a step: its `key` is `edgeKey(edge)` of the graph model. */
export interface RouteEdge {
  readonly key: string;
  readonly kind: EdgeKind;
  /** The node the step is taken from (in progress direction; for `requires` this is the data edge's target). */
  readonly from: string;
  readonly note: string | null;
  /** True when the edge was implied by a certification's `status.replacement`. */
  readonly implied: boolean;
}

/** The requirement a `requirement` step serves. */
export interface RequiredBy {
  /** The node that declares the requirement. */
  readonly id: string;
  readonly label: string;
  /** The group's label, or its options joined with " or " when it has none. */
  readonly group: string;
  /** The requirement node this step leads to (equals the step's id for the requirement itself). */
  readonly requirement: string;
}

/** Running totals after a step. `cost` is per currency: currencies are never converted. */
export interface RunningTotal {
  readonly steps: number;
  readonly months: number;
  readonly cost: Readonly<Record<string, number>>;
}

export interface RouteStep {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly role: StepRole;
  /** The edge that leads here; null for the start and for a requirement taken directly (no edge reaches it). */
  readonly edge: RouteEdge | null;
  readonly requiredBy: RequiredBy | null;
  /** One sentence for people: the edge's meaning and note, or the requirement it meets. */
  readonly why: string;
  /** Months of this step; null when the data does not say. */
  readonly months: number | null;
  readonly monthsFrom: MonthsSource | null;
  readonly cost: Money | null;
  readonly costFrom: CostSource | null;
  /** Totals up to and including this step (the start counts as zero). */
  readonly total: RunningTotal;
}

export interface RouteTotals extends RunningTotal {
  /** Steps whose months the data does not give (counted as 0 in `months`). */
  readonly unknownMonths: number;
  /** Steps whose cost the data does not give (counted as 0 in `cost`). */
  readonly unknownCost: number;
}

export type RouteWarning =
  | { readonly kind: 'retired' | 'retiring'; readonly id: string; readonly date: string; readonly replacement: string | null; readonly message: string }
  | { readonly kind: 'mixed-currency'; readonly currencies: readonly string[]; readonly message: string }
  /** Added by `findRouteToday` (core/time): a step whose retirement or expected release date has passed. */
  | {
      readonly kind: 'retirement-passed' | 'release-passed';
      readonly id: string;
      readonly date: string;
      /** When the status was last checked. */
      readonly checked: string;
      readonly replacement: string | null;
      readonly message: string;
    };

export interface Route {
  readonly steps: readonly RouteStep[];
  readonly totals: RouteTotals;
  /**
   * The value the search minimised (unknown values assumed, plus a tiny tie-break per step);
   * for ordering and comparing routes, not for showing: show `totals`.
   */
  readonly weight: number;
  readonly warnings: readonly RouteWarning[];
}

export interface RouteFound {
  readonly ok: true;
  readonly by: RouteMetric;
  /** The best route: equal to `alternatives[0]`. */
  readonly route: Route;
  /** Up to `options.alternatives` distinct routes, best first, in non-decreasing `weight`. */
  readonly alternatives: readonly Route[];
  /** Things the caller may want to tell people, e.g. a `via` node that is already held and was skipped. */
  readonly notes: readonly string[];
}

/** Why no route can exist. */
export type RouteFailureReason =
  /** `from` and `to` are the same node. */
  | 'same-node'
  /** `to` is already held. */
  | 'already-held'
  /** No route leads from the start to `to`, whatever is avoided (the message says when nothing leads to `to` or on from the start). */
  | 'no-path'
  /** A route exists, but only through avoided nodes (`detail.blocking`). */
  | 'blocked-by-avoid'
  /** A route exists, but only through retired exams left out (`RouteOptions.retired`, `detail.blocking`). */
  | 'blocked-by-retired'
  /** An endpoint or a via node is also in `avoid`. */
  | 'avoid-conflict'
  /** Routes to `to` exist, but none passes the via nodes in order (`detail.from`, `detail.to`: a leg with no path, when one is to blame). */
  | 'via-unreachable'
  /** Every route passes a node needing a requirement none of whose options can be obtained (avoided, retired, or unobtainable). */
  | 'requirement-unmet';

export interface RouteFailure {
  readonly ok: false;
  readonly reason: RouteFailureReason;
  /** A sentence for people, naming nodes by label. */
  readonly message: string;
  /** Ids involved, for UIs that highlight them. */
  readonly detail: RouteFailureDetail;
}

export interface RouteFailureDetail {
  readonly from?: readonly string[];
  readonly to?: string;
  /** Avoided (or retired) nodes that block every route (`blocked-by-avoid`, `blocked-by-retired`) or conflict with an endpoint (`avoid-conflict`). */
  readonly blocking?: readonly string[];
  /** For `requirement-unmet`: the node whose requirement cannot be met, and the group's options. */
  readonly requiredBy?: string;
  readonly options?: readonly string[];
}

export type RouteResult = RouteFound | RouteFailure;
