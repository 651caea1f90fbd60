// The previous completePlan (main before wt-horizon4), kept as a test reference: plans held in Sets of ids,
// each option reached by shortestPath from every held node. The new one must make the same plans where no
// two ways weigh the same (horizon.property.test.ts); only the choice among equally light ways may differ.

import type { RequirementGroup } from '../../../src/core/schema/graph-schema';
import { nodeValues, stepWeight, type ProgressChoice, type ProgressGraph, type StepValues } from '../../../src/core/routing/progress-graph';
import type { RequiredBy, RouteMetric, StepRole } from '../../../src/core/routing/route-types';
import { progressStep } from '../../../src/core/routing/progress-csr';
import { shortestPath } from '../../../src/core/routing/shortest-path';

/** One step of a plan before totals and wording are added. */
export interface PlanItem {
  readonly id: string;
  readonly role: StepRole;
  /** The data edge taken to get here; null for the start and for a requirement obtained directly. */
  readonly choice: ProgressChoice | null;
  readonly requiredBy: RequiredBy | null;
  readonly values: StepValues;
  readonly weight: number;
}

export interface Plan {
  readonly items: readonly PlanItem[];
  readonly weight: number;
}

/** A requirement group of `node` none of whose options can be obtained. */
export interface Unmet {
  readonly node: string;
  readonly group: RequirementGroup;
}

export type PlanResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly unmet: Unmet };

export interface PlanContext {
  readonly pg: ProgressGraph;
  readonly metric: RouteMetric;
  readonly avoid: ReadonlySet<string>;
  /** False: the plan is the path as it is, requirements are not added. */
  readonly requirements: boolean;
}

type Gathered = { ok: true; items: PlanItem[]; weight: number } | { ok: false; unmet: Unmet };

/**
 * Turns a path (its first node is the start) into a plan: before each node, the requirements it
 * declares (`node.requires`) that nothing held or earlier in the plan meets are added, recursively
 * (a requirement's own requirements come before it). For an any-of group every option that is not
 * avoided is tried and the one that adds the least weight under `metric` wins.
 *
 * An option is reached by the lightest path from anything held or already in the plan (a
 * multi-source Dijkstra), never through the nodes waiting for it; when no edge leads to it, it is
 * added as a step of its own with no edge ("obtain it directly": sit the exam, gather the
 * experience), valued by the node itself (experience months, exam fee).
 *
 * This is a greedy heuristic: the path is fixed first and requirements are met one at a time in
 * route order, each in the cheapest way given what came before. Choosing the cheapest complete plan
 * is NP-hard in general (it contains the group Steiner tree problem), so two requirements that could
 * share a step may be met separately, and a different path might have needed fewer additions
 * (`findRoute` softens this by completing every alternative and keeping the lightest plan).
 * When odd data makes the destination a requirement of a node on the way to it, the plan ends as
 * soon as the destination is in it.
 *
 * @example
 * // Edges a → b and a → r; b requires [{ anyOf: ['r'] }]:
 * const context = { pg: progressGraph(model), metric: 'months', avoid: new Set<string>(), requirements: true } as const;
 * completePlan(context, new Set(['a']), ['a', 'b'])
 * // { ok: true, plan: { items: [a (start), r (requirement, by the edge a → r), b (route)], weight } }
 */
export function completePlan(context: PlanContext, held: ReadonlySet<string>, path: readonly string[]): PlanResult {
  const { pg, metric } = context;
  const [start] = path;
  if (start === undefined) throw new Error('core/routing.completePlan: empty path');
  const items: PlanItem[] = [{ id: start, role: 'start', choice: null, requiredBy: null, values: EMPTY_VALUES, weight: 0 }];
  const satisfied = new Set(held);
  satisfied.add(start);
  let weight = 0;
  for (let i = 1; i < path.length; i++) {
    const id = path[i] as string;
    // A requirement added earlier may already have brought this node in.
    if (satisfied.has(id)) continue;
    if (context.requirements) {
      const before = ensureRequirements(context, id, new Set([id]), satisfied);
      if (!before.ok) return before;
      for (const item of before.items) {
        items.push(item);
        satisfied.add(item.id);
        weight += item.weight;
        // Odd data can make the destination a requirement of a node on the way to it: once it is
        // in the plan (its own requirements before it), the rest of the way is not needed.
        if (item.id === path[path.length - 1]) return { ok: true, plan: { items, weight } };
      }
    }
    const choice = bestChoice(pg, path[i - 1] as string, id, metric);
    items.push({ id, role: 'route', choice, requiredBy: null, values: choice, weight: choice.weight[metric] });
    weight += choice.weight[metric];
    satisfied.add(id);
  }
  return { ok: true, plan: { items, weight } };
}

const EMPTY_VALUES: StepValues = { months: null, monthsFrom: null, cost: null, costFrom: null };

/**
 * `completePlan`'s walk along a path, one node at a time, so that paths sharing a prefix (the
 * branches of a search tree) share its work: the state after a path's prefix, ignoring the early
 * end `completePlan` makes when a requirement brings the path's last node in (`walkResult` finds
 * that end afterwards). Each step returns a new state; the one it extends is left as it was.
 */
export interface PlanWalk {
  readonly items: readonly PlanItem[];
  readonly satisfied: ReadonlySet<string>;
  /** The requirement group the walk could not meet; the walk stops there. */
  readonly unmet: Unmet | null;
}

/** The walk at a path's start, with `held` already had. */
export function startWalk(held: ReadonlySet<string>, start: string): PlanWalk {
  const satisfied = new Set(held);
  satisfied.add(start);
  return { items: [{ id: start, role: 'start', choice: null, requiredBy: null, values: EMPTY_VALUES, weight: 0 }], satisfied, unmet: null };
}

/** The walk extended by the step `from → id`, as `completePlan`'s loop takes it. */
export function walkStep(context: PlanContext, walk: PlanWalk, from: string, id: string): PlanWalk {
  if (walk.unmet !== null || walk.satisfied.has(id)) return walk;
  const items = [...walk.items];
  const satisfied = new Set(walk.satisfied);
  if (context.requirements) {
    const before = ensureRequirements(context, id, new Set([id]), satisfied);
    if (!before.ok) return { items, satisfied, unmet: before.unmet };
    for (const item of before.items) {
      items.push(item);
      satisfied.add(item.id);
    }
  }
  const choice = bestChoice(context.pg, from, id, context.metric);
  items.push({ id, role: 'route', choice, requiredBy: null, values: choice, weight: choice.weight[context.metric] });
  satisfied.add(id);
  return { items, satisfied, unmet: null };
}

/**
 * What `completePlan` returns for the walked path ending at `destination`: the plan up to the first
 * requirement step that brought the destination in, else the failure, else the whole walk.
 */
export function walkResult(walk: PlanWalk, destination: string): PlanResult {
  const end = walk.items.findIndex((item, i) => i > 0 && item.role === 'requirement' && item.id === destination);
  if (end < 0 && walk.unmet !== null) return { ok: false, unmet: walk.unmet };
  const items = end < 0 ? [...walk.items] : walk.items.slice(0, end + 1);
  let weight = 0;
  for (const item of items) weight += item.weight;
  return { ok: true, plan: { items, weight } };
}

function bestChoice(pg: ProgressGraph, from: string, to: string, metric: RouteMetric): ProgressChoice {
  // The typed-array lookup: reading pg.graph would build graphology's progress graph on first use.
  const best = progressStep(pg, from, to)?.best ?? null;
  if (best === null) throw new Error(`core/routing.completePlan: no progress edge ${from} -> ${to}`);
  return best[metric];
}

/** The steps that meet every unmet requirement group of `id`; `waiting` holds `id` and the nodes waiting for it. */
function ensureRequirements(context: PlanContext, id: string, waiting: ReadonlySet<string>, satisfied: ReadonlySet<string>): Gathered {
  const node = context.pg.model.byId.get(id);
  const groups = node?.requires ?? [];
  if (node === undefined || groups.length === 0) return { ok: true, items: [], weight: 0 };
  const have = new Set(satisfied);
  const items: PlanItem[] = [];
  let weight = 0;
  for (const group of groups) {
    if (group.anyOf.some((option) => have.has(option))) continue;
    const requiredBy: Omit<RequiredBy, 'requirement'> = { id, label: node.label, group: groupLabel(context, group) };
    let best: Extract<Gathered, { ok: true }> | undefined;
    for (const option of group.anyOf) {
      if (context.avoid.has(option) || waiting.has(option)) continue;
      const got = acquire(context, option, { ...requiredBy, requirement: option }, waiting, have);
      if (got.ok && (best === undefined || got.weight < best.weight)) best = got;
    }
    if (best === undefined) return { ok: false, unmet: { node: id, group } };
    for (const item of best.items) {
      items.push(item);
      have.add(item.id);
    }
    weight += best.weight;
  }
  return { ok: true, items, weight };
}

/** The steps that obtain `option` (and its own requirements) from what is satisfied. */
function acquire(
  context: PlanContext,
  option: string,
  requiredBy: RequiredBy,
  waiting: ReadonlySet<string>,
  satisfied: ReadonlySet<string>,
): Gathered {
  const { pg, metric, avoid } = context;
  const have = new Set(satisfied);
  const items: PlanItem[] = [];
  let weight = 0;
  const add = (gathered: Extract<Gathered, { ok: true }>) => {
    for (const item of gathered.items) {
      items.push(item);
      have.add(item.id);
    }
    weight += gathered.weight;
  };
  const path = shortestPath(pg, [...have], option, metric, { blockedNodes: [avoid, have, waiting], blockedEdges: new Set() });
  if (path !== null) {
    for (let i = 1; i < path.nodes.length; i++) {
      const id = path.nodes[i] as string;
      if (have.has(id)) continue;
      const own = ensureRequirements(context, id, new Set([...waiting, id]), have);
      // A node on the way needs what only a waiting node gives: obtain the option directly instead.
      if (!own.ok) return obtainDirectly(context, option, requiredBy, waiting, satisfied);
      add(own);
      const choice = bestChoice(pg, path.nodes[i - 1] as string, id, metric);
      add({ ok: true, items: [{ id, role: 'requirement', choice, requiredBy, values: choice, weight: choice.weight[metric] }], weight: choice.weight[metric] });
    }
    return { ok: true, items, weight };
  }
  return obtainDirectly(context, option, requiredBy, waiting, satisfied);
}

/** `option` as a step of its own with no edge, after its own requirements. */
function obtainDirectly(
  context: PlanContext,
  option: string,
  requiredBy: RequiredBy,
  waiting: ReadonlySet<string>,
  satisfied: ReadonlySet<string>,
): Gathered {
  const { pg, metric } = context;
  const own = ensureRequirements(context, option, new Set([...waiting, option]), satisfied);
  if (!own.ok) return own;
  const node = pg.model.byId.get(option);
  if (node === undefined) throw new Error(`core/routing.completePlan: unknown node "${option}"`);
  const values = nodeValues(node);
  const w = stepWeight(values, metric, pg.unknown);
  const item: PlanItem = { id: option, role: 'requirement', choice: null, requiredBy, values, weight: w };
  return { ok: true, items: [...own.items, item], weight: own.weight + w };
}

function groupLabel(context: PlanContext, group: RequirementGroup): string {
  if (group.label !== undefined) return group.label;
  return group.anyOf.map((id) => context.pg.model.byId.get(id)?.label ?? id).join(' or ');
}
