import type { PathwiseGraph } from '../graph/build-graph';
import type { GraphNode, NodeKind } from '../schema/graph-schema';
import { completePlan, planLastStep, startWalk, walkResult, walkStep, type PlanContext, type PlanItem, type PlanWalk } from './complete-plan';
import { progressCsr } from './progress-csr';
import { horizonFigures } from './horizon-figures';
import { HorizonTotals } from './horizon-totals';
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
 * nodes with requirements plan anything more (`planLastStep`: `completePlan`'s last step, with the parent's plan held).
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
  return completeHorizon(pg, found, new Set(starts), startIndexes, by, options.requirements ?? true);
}

/** Per node of the search tree: the steps its plan adds before it (requirements), when any. */
type Extras = (readonly PlanItem[] | undefined)[];
/** The same steps' node indexes. */
type ExtraNodes = (readonly number[] | undefined)[];

function completeHorizon(pg: ProgressGraph, found: ReachSearch, held: ReadonlySet<string>, heldNodes: readonly number[], by: HorizonMetric, requirements: boolean): Horizon {
  const { csr } = found;
  const n = csr.ids.length;
  const weights = csr.weight[by];
  const context: PlanContext = { pg, metric: by, avoid: new Set(), requirements };
  // Totals along the search tree, in typed arrays: a node's plan is its parent's plan, then the
  // requirements it adds (`extras`), then the step to it, as `completePlan` builds a path's plan
  // in path order. Only nodes with requirements plan their last step (`planLastStep`), on the parent's plan.
  const figures = horizonFigures(pg, by);
  const totals = new HorizonTotals(n, figures);
  // Nodes whose plan, or a plan above them, failed or was cut short: below them, plans are made whole.
  const careful = new Uint8Array(n);
  const extras: Extras = new Array<readonly PlanItem[] | undefined>(n);
  const extraNodes: ExtraNodes = new Array<readonly number[] | undefined>(n);
  // Nodes some plan added as a requirement: reaching one of them again needs the careful path.
  const required = new Uint8Array(n);
  let anyRequired = false;
  const fullPlans = new Map<number, readonly PlanItem[]>();
  const reachedAt: number[] = [];
  const unmet: HorizonUnmet[] = [];
  // completePlan's walk along the tree path to a node, kept per node once made: below a failed or
  // cut-short plan every node needs its whole path planned, and siblings share all but the last
  // step (planning each path from its start took seconds on a 10,000-node map).
  const walks = new Map<number, PlanWalk>();
  const walkTo = (v: number): PlanWalk => {
    const down: number[] = [];
    let at = v;
    let walk = walks.get(at);
    while (walk === undefined) {
      const e = found.via[at] as number;
      if (e < 0) {
        walk = startWalk(held, csr.ids[at] as string);
        walks.set(at, walk);
        break;
      }
      down.push(at);
      at = csr.edgeFrom[e] as number;
      walk = walks.get(at);
    }
    for (let i = down.length - 1; i >= 0; i--) {
      const w = down[i] as number;
      walk = walkStep(context, walk, csr.ids[csr.edgeFrom[found.via[w] as number] as number] as string, csr.ids[w] as string);
      walks.set(w, walk);
    }
    return walk;
  };
  for (let k = 0; k < found.count; k++) {
    const v = found.order[k] as number;
    const id = csr.ids[v] as string;
    const e = found.via[v] as number;
    if (e < 0) continue;
    const parent = csr.edgeFrom[e] as number;
    if (careful[parent] === 0 && !(requirements && figures.requires[v] === 1) && (!anyRequired || required[v] === 0)) {
      // The common case, kept free of allocation: the parent's totals and one step.
      totals.extendByEdge(v, parent, e, weights[e] as number);
      reachedAt.push(v);
      continue;
    }
    let added: readonly PlanItem[];
    if (careful[parent] === 1) {
      // Below a failed or cut-short plan a path's plan is not its parent's plus a step: when an
      // earlier requirement brings the destination in, completePlan stops there. Plan it whole.
      careful[v] = 1;
      const result = walkResult(walkTo(v), id);
      if (!result.ok) {
        unmet.push({ id, requiredBy: result.unmet.node, options: result.unmet.group.anyOf });
        continue;
      }
      fullPlans.set(v, result.plan.items);
      added = [];
    } else {
      // What the parent's plan holds, as completePlan would hold it on reaching this step.
      const holding = planNodes(found, extraNodes, heldNodes, parent);
      if (holding.includes(v)) {
        // Odd data: an earlier requirement brought this node in; plan the whole path as a route would.
        careful[v] = 1;
        const result = completePlan(context, held, reachPath(found, v).map((i) => csr.ids[i] as string));
        if (!result.ok) {
          unmet.push({ id, requiredBy: result.unmet.node, options: result.unmet.group.anyOf });
          continue;
        }
        fullPlans.set(v, result.plan.items);
        added = [];
      } else {
        const result = planLastStep(context, holding, e);
        if (!result.ok) {
          careful[v] = 1;
          unmet.push({ id, requiredBy: result.unmet.node, options: result.unmet.group.anyOf });
          continue;
        }
        added = result.items;
        if (added.length > 1) {
          extras[v] = added.slice(0, -1);
          extraNodes[v] = result.nodes.slice(0, -1);
        }
        for (let k = 0; k < added.length; k++) {
          if ((added[k] as PlanItem).role !== 'requirement') continue;
          required[result.nodes[k] as number] = 1;
          anyRequired = true;
        }
      }
    }
    const full = fullPlans.get(v);
    if (full !== undefined) {
      totals.reset(v);
      for (const item of full) if (item.role !== 'start') totals.extend(v, v, item.values, item.weight);
    } else {
      totals.copy(v, parent);
      for (const item of added) totals.extend(v, v, item.values, item.weight);
    }
    reachedAt.push(v);
  }
  const entryOf = (v: number): HorizonNode => {
    const node = figures.nodes[v] as GraphNode;
    const cost = totals.costOf(v);
    const months = totals.months[v] as number;
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      months,
      unknownMonths: totals.unknownMonths[v] as number,
      cost,
      unknownCost: totals.unknownCost[v] as number,
      steps: totals.steps[v] as number,
      value: by === 'months' ? months : sumCost(cost),
      unknown: by === 'months' ? totals.unknownMonths[v] !== 0 : totals.unknownCost[v] !== 0,
      weight: totals.weight[v] as number,
    };
  };
  const isReached = new Uint8Array(n);
  for (const v of reachedAt) isReached[v] = 1;
  // The entries are objects made on first request: recolouring needs the typed arrays alone, and
  // a slider moving over a 10,000-node horizon should not wait for 7,000 objects and a sort.
  let reached: HorizonNode[] | undefined;
  let byId: Map<string, HorizonNode> | undefined;
  const currencies = totals.currencies();
  return {
    by,
    starts: [...held],
    get reached() {
      reached ??= reachedAt.map(entryOf).sort(compareReach);
      return reached;
    },
    get byId() {
      if (byId === undefined) {
        byId = new Map<string, HorizonNode>();
        for (const entry of this.reached) byId.set(entry.id, entry);
      }
      return byId;
    },
    unmet,
    currencies,
    plan: (id) => {
      const v = csr.index.get(id);
      if (v === undefined || isReached[v] !== 1) return [];
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
function planNodes(found: ReachSearch, extraNodes: ExtraNodes, held: readonly number[], v: number): number[] {
  const out = [...held];
  for (let at = v; ; ) {
    out.push(at);
    for (const w of extraNodes[at] ?? []) out.push(w);
    const e = found.via[at] as number;
    if (e < 0) return out;
    at = found.csr.edgeFrom[e] as number;
  }
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
