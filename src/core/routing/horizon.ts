import type { PathwiseGraph } from '../graph/build-graph';
import type { NodeKind } from '../schema/graph-schema';
import { completePlan, type PlanContext, type PlanItem } from './complete-plan';
import { progressCsr } from './progress-csr';
import { progressGraph, type ProgressGraph } from './progress-graph';
import { reachPath, reachSearch, type ReachSearch } from './reach-search';

/** What a horizon measures: time or money (a horizon by number of steps says little). */
export type HorizonMetric = 'months' | 'cost';

export const HORIZON_METRICS: readonly HorizonMetric[] = ['months', 'cost'];

/** One node the start set can reach by a complete plan, with the plan's totals. */
export interface HorizonNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** Known months of the plan (steps without months add nothing here: see `unknownMonths`). */
  readonly months: number;
  readonly unknownMonths: number;
  /** Known cost of the plan per currency, never converted. */
  readonly cost: Readonly<Record<string, number>>;
  readonly unknownCost: number;
  /** Steps of the plan, requirements included (the start is not a step). */
  readonly steps: number;
  /**
   * The figure under `by`: months, or the cost amounts added up (a warning says when currencies
   * are mixed). Only what is known: with `unknown` it is a lower bound, never the whole figure.
   */
  readonly value: number;
  /** True when some step's figure under `by` is unknown. */
  readonly unknown: boolean;
  /** The plan's search weight (unknown values assumed, see `progressGraph`): for ordering, not for showing. */
  readonly weight: number;
}

/** A node a path leads to but whose plan cannot be completed (a requirement none of whose options can be had). */
export interface HorizonUnmet {
  readonly id: string;
  /** The node whose requirement group cannot be met, and the group's options. */
  readonly requiredBy: string;
  readonly options: readonly string[];
}

export interface Horizon {
  readonly by: HorizonMetric;
  readonly starts: readonly string[];
  /** Every node reached by a complete plan, starts excluded, by `value` (known figures first on ties), then steps, then label. */
  readonly reached: readonly HorizonNode[];
  readonly byId: ReadonlyMap<string, HorizonNode>;
  /** Nodes a path reaches but no complete plan does: not counted as reachable. */
  readonly unmet: readonly HorizonUnmet[];
  /** Currencies met on the way; more than one means `value` by cost adds amounts of different currencies. */
  readonly currencies: readonly string[];
  /**
   * The plan's nodes for a reached node, the start first: the search's path, with requirements
   * added before the steps that need them (empty for a node not reached). Spelled out on request.
   */
  readonly plan: (id: string) => string[];
}

export interface HorizonOptions {
  /** Default `months`. */
  readonly by?: HorizonMetric;
  /** Complete plans with missing requirements, as routes do (default true). */
  readonly requirements?: boolean;
}

/**
 * Where a set of held nodes leads: every node reachable from them, with what its complete plan
 * takes (months, cost, steps), as routes count it. Ids must exist (resolve names first).
 *
 * The rule, the same as `findRoute` with `have`: one search (`reachSearch`) finds the lightest path
 * from anything held to every node under `by`; each path is then completed into a plan
 * (`completePlan`: requirement groups nothing held or earlier meets get their cheapest option added
 * before the step that needs them). A node counts as reachable only when its plan is complete;
 * its figures are the plan's totals, unknown months or costs counted apart, never as zero.
 * `completePlan` builds a path's plan in path order, so a node's plan is its parent's plan, then
 * the requirements it adds, then its own step: totals are summed down the search tree, and only
 * nodes with requirements run `completePlan` (on their last step, with the parent's plan held).
 *
 * @example
 * const h = horizon(model, ['role-m365-administrator'], { by: 'months' });
 * h.byId.get('az-305') // { months: 7, unknownMonths: 0, cost: { USD: 330 }, steps: 2, … }
 * h.plan('az-305') // ['role-m365-administrator', 'az-104', 'az-305']
 */
export function horizon(model: PathwiseGraph, starts: readonly string[], options: HorizonOptions = {}): Horizon {
  const by = options.by ?? 'months';
  if (starts.length === 0) throw new Error('core/routing.horizon: give at least one start');
  const pg = progressGraph(model);
  const csr = progressCsr(pg);
  const startIndexes = starts.map((id) => {
    const i = csr.index.get(id);
    if (i === undefined) throw new Error(`core/routing.horizon: unknown node "${id}"`);
    return i;
  });
  const found = reachSearch(csr, startIndexes, by);
  return completeHorizon(pg, found, new Set(starts), by, options.requirements ?? true);
}

/** Per node of the search tree: the steps its plan adds before it (requirements), when any. */
type Extras = (readonly PlanItem[] | undefined)[];

function completeHorizon(pg: ProgressGraph, found: ReachSearch, held: ReadonlySet<string>, by: HorizonMetric, requirements: boolean): Horizon {
  const { csr } = found;
  const { model } = pg;
  const n = csr.ids.length;
  const context: PlanContext = { pg, metric: by, avoid: new Set(), requirements };
  // Totals along the search tree, in typed arrays: a node's plan is its parent's plan, then the
  // requirements it adds (`extras`), then the step to it, as `completePlan` builds a path's plan
  // in path order. Only nodes with requirements run `completePlan`, on that last step alone.
  const months = new Float64Array(n);
  const unknownMonths = new Int32Array(n);
  const unknownCost = new Int32Array(n);
  const steps = new Int32Array(n);
  const weight = new Float64Array(n);
  const cost: Readonly<Record<string, number>>[] = new Array<Readonly<Record<string, number>>>(n);
  // Nodes whose plan, or a plan above them, failed or was cut short: below them, plans are made whole.
  const careful = new Uint8Array(n);
  const extras: Extras = new Array<readonly PlanItem[] | undefined>(n);
  // Ids some plan added as a requirement: reaching one of them again needs the careful path.
  const required = new Set<string>();
  const fullPlans = new Map<number, readonly PlanItem[]>();
  const reached: HorizonNode[] = [];
  const unmet: HorizonUnmet[] = [];
  const currencies = new Set<string>();
  const EMPTY: Readonly<Record<string, number>> = {};
  for (let k = 0; k < found.count; k++) {
    const v = found.order[k] as number;
    const id = csr.ids[v] as string;
    const e = found.via[v] as number;
    if (e < 0) {
      cost[v] = EMPTY;
      continue;
    }
    const parent = csr.edgeFrom[e] as number;
    const node = model.byId.get(id);
    if (node === undefined) throw new Error(`core/routing.horizon: unknown node "${id}"`);
    const hasRequirements = requirements && (node.requires?.length ?? 0) > 0;
    let added: readonly PlanItem[];
    if (careful[parent] === 1) {
      // Below a failed or cut-short plan a path's plan is not its parent's plus a step: when an
      // earlier requirement brings the destination in, completePlan stops there. Plan it whole.
      careful[v] = 1;
      const result = completePlan(context, held, reachPath(found, v).map((i) => csr.ids[i] as string));
      if (!result.ok) {
        unmet.push({ id, requiredBy: result.unmet.node, options: result.unmet.group.anyOf });
        continue;
      }
      fullPlans.set(v, result.plan.items);
      added = [];
    } else if (!hasRequirements && !required.has(id)) {
      const step = pg.steps[csr.stepOf[e] as number]?.best?.[by];
      if (step === undefined) throw new Error(`core/routing.horizon: no progress step for edge ${String(e)}`);
      added = [{ id, role: 'route', choice: step, requiredBy: null, values: step, weight: step.weight[by] }];
    } else {
      const satisfied = planIds(found, extras, held, parent);
      const result = satisfied.has(id)
        ? // Odd data: an earlier requirement brought this node in; plan the whole path as a route would.
          completePlan(context, held, reachPath(found, v).map((i) => csr.ids[i] as string))
        : completePlan(context, satisfied, [csr.ids[parent] as string, id]);
      if (!result.ok) {
        careful[v] = 1;
        unmet.push({ id, requiredBy: result.unmet.node, options: result.unmet.group.anyOf });
        continue;
      }
      if (satisfied.has(id)) {
        careful[v] = 1;
        fullPlans.set(v, result.plan.items);
        added = [];
      } else {
        added = result.plan.items.slice(1);
        if (added.length > 1) extras[v] = added.slice(0, -1);
        for (const item of added) if (item.role === 'requirement') required.add(item.id);
      }
    }
    const full = fullPlans.get(v);
    if (full !== undefined) {
      const totals = planTotals(full);
      months[v] = totals.months;
      unknownMonths[v] = totals.unknownMonths;
      unknownCost[v] = totals.unknownCost;
      steps[v] = totals.steps;
      weight[v] = totals.weight;
      cost[v] = totals.cost;
    } else {
      let m = months[parent] as number;
      let um = unknownMonths[parent] as number;
      let uc = unknownCost[parent] as number;
      let w = weight[parent] as number;
      let c = cost[parent] ?? EMPTY;
      for (const item of added) {
        const values = item.values;
        if (values.months === null) um++;
        else m += values.months;
        if (values.cost === null) uc++;
        else c = { ...c, [values.cost.currency]: (c[values.cost.currency] ?? 0) + values.cost.amount };
        w += item.weight;
      }
      months[v] = m;
      unknownMonths[v] = um;
      unknownCost[v] = uc;
      weight[v] = w;
      cost[v] = c;
      steps[v] = (steps[parent] as number) + added.length;
    }
    const c = cost[v] ?? EMPTY;
    if (c !== cost[parent]) for (const currency in c) currencies.add(currency);
    reached.push({
      id,
      label: node.label,
      kind: node.kind,
      months: months[v],
      unknownMonths: unknownMonths[v],
      cost: c,
      unknownCost: unknownCost[v],
      steps: steps[v],
      value: by === 'months' ? (months[v]) : sumCost(c),
      unknown: by === 'months' ? unknownMonths[v] !== 0 : unknownCost[v] !== 0,
      weight: weight[v],
    });
  }
  reached.sort(compareReach);
  const byId = new Map<string, HorizonNode>();
  for (const entry of reached) byId.set(entry.id, entry);
  return {
    by,
    starts: [...held],
    reached,
    byId,
    unmet,
    currencies: [...currencies].sort(),
    plan: (id) => {
      const v = csr.index.get(id);
      if (v === undefined || !byId.has(id)) return [];
      const full = fullPlans.get(v);
      if (full !== undefined) return full.map((item) => item.id);
      // Up the tree, each node after the requirements it added (a node planned in full ends the walk).
      const out: string[] = [];
      let at = v;
      for (;;) {
        out.push(csr.ids[at] as string);
        const before = extras[at];
        if (before !== undefined) for (let i = before.length - 1; i >= 0; i--) out.push((before[i] as PlanItem).id);
        const e = found.via[at] as number;
        if (e < 0) break;
        at = csr.edgeFrom[e] as number;
        const whole = fullPlans.get(at);
        if (whole !== undefined) {
          for (let i = whole.length - 1; i >= 0; i--) out.push((whole[i] as PlanItem).id);
          break;
        }
      }
      return out.reverse();
    },
  };
}

/** What is held once the plan to `v` is done: the held nodes, `v`'s tree path and the requirements added on it. */
function planIds(found: ReachSearch, extras: Extras, held: ReadonlySet<string>, v: number): Set<string> {
  const out = new Set(held);
  for (let at = v; ; ) {
    out.add(found.csr.ids[at] as string);
    for (const item of extras[at] ?? []) out.add(item.id);
    const e = found.via[at] as number;
    if (e < 0) return out;
    at = found.csr.edgeFrom[e] as number;
  }
}

/** Totals of a plan, counted as `buildRoute` counts a route's: the start is not a step; unknown figures are counted apart. */
function planTotals(items: readonly PlanItem[]): { months: number; unknownMonths: number; cost: Record<string, number>; unknownCost: number; steps: number; weight: number } {
  const totals = { months: 0, unknownMonths: 0, cost: {} as Record<string, number>, unknownCost: 0, steps: 0, weight: 0 };
  for (const item of items) {
    if (item.role === 'start') continue;
    totals.steps++;
    totals.weight += item.weight;
    if (item.values.months === null) totals.unknownMonths++;
    else totals.months += item.values.months;
    if (item.values.cost === null) totals.unknownCost++;
    else totals.cost[item.values.cost.currency] = (totals.cost[item.values.cost.currency] ?? 0) + item.values.cost.amount;
  }
  return totals;
}

function sumCost(cost: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const amount of Object.values(cost)) sum += amount;
  return sum;
}

/** By the figure, known before unknown on ties (an unknown figure is at least its known part), then fewer steps, then id. */
export function compareReach(a: HorizonNode, b: HorizonNode): number {
  return a.value - b.value || Number(a.unknown) - Number(b.unknown) || a.steps - b.steps || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
