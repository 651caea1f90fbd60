import type { GraphNode, RequirementGroup } from '../schema/graph-schema';
import { nodeValues, stepWeight, type ProgressChoice, type ProgressGraph, type StepValues } from './progress-graph';
import type { RequiredBy, RouteMetric, StepRole } from './route-types';
import { edgeBetween, type ProgressCsr } from './progress-csr';
import { planMarks, type PlanMarks } from './plan-marks';

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

/** Steps gathered for a requirement, with their node indexes (`nodes[i]` is `items[i]`'s). */
type Gathered = { ok: true; items: PlanItem[]; nodes: number[]; weight: number } | { ok: false; unmet: Unmet };

/** One plan in progress: its context, the map's arrays and the marks of what it holds. */
interface Env {
  readonly context: PlanContext;
  readonly marks: PlanMarks;
  readonly csr: ProgressCsr;
}

/**
 * Turns a path (its first node is the start) into a plan: before each node, the requirements it
 * declares (`node.requires`) that nothing held or earlier in the plan meets are added, recursively
 * (a requirement's own requirements come before it). For an any-of group every option that is not
 * avoided is tried and the one that adds the least weight under `metric` wins.
 *
 * An option is reached by the lightest path from anything held or already in the plan (a Dijkstra
 * backwards from the option to the nearest such node, `PlanMarks.nearestHeld`), never through the
 * nodes waiting for it nor through another held node; among equally light paths the backward
 * search's first wins (ties go to the edge met first in the option's in-edges, nearest first),
 * so its choice may differ from `shortestPath`'s but never its weight; when no edge leads to it, it is
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
  const [start] = path;
  if (start === undefined) throw new Error('core/routing.completePlan: empty path');
  const env = envOf(context);
  const { marks, csr } = env;
  const nodes = path.map((id) => indexOf(csr, id));
  marks.begin(context.avoid);
  try {
    holdIds(env, held);
    marks.hold(nodes[0] as number);
    const items: PlanItem[] = [startItem(start)];
    const last = nodes[nodes.length - 1] as number;
    let weight = 0;
    for (let i = 1; i < nodes.length; i++) {
      const v = nodes[i] as number;
      // A requirement added earlier may already have brought this node in.
      if (marks.have[v] !== 0) continue;
      if (context.requirements) {
        const before = requirementsOf(env, v);
        if (!before.ok) return before;
        for (let k = 0; k < before.items.length; k++) {
          const item = before.items[k] as PlanItem;
          items.push(item);
          marks.hold(before.nodes[k] as number);
          weight += item.weight;
          // Odd data can make the destination a requirement of a node on the way to it: once it is
          // in the plan (its own requirements before it), the rest of the way is not needed.
          if (before.nodes[k] === last) return { ok: true, plan: { items, weight } };
        }
      }
      const item = routeItem(env, nodes[i - 1] as number, v);
      items.push(item);
      weight += item.weight;
      marks.hold(v);
    }
    return { ok: true, plan: { items, weight } };
  } finally {
    marks.undo(0);
  }
}

/** What `planLastStep` adds after the path's plan: the requirements, then the step itself. */
export type LastStep = { readonly ok: true; readonly items: readonly PlanItem[]; readonly nodes: readonly number[] } | { readonly ok: false; readonly unmet: Unmet };

/**
 * The last step of a path's plan when the plan before it is known: `completePlan`'s loop at node
 * `to` (a CSR index, reached by progress edge `edge` from the path's last node), with `held` (CSR
 * indexes: the held nodes and everything the plan so far holds) already had. Returns the
 * requirement steps it adds, then the step to `to`, with their node indexes. `to` must not be held.
 * Why: a horizon's plans share their parent's plan, so each node's plan is this one step more.
 *
 * @example
 * // Edges a → b and a → r; b requires [{ anyOf: ['r'] }]; with a held, the step a → b:
 * planLastStep(context, [i(a)], e(a → b)) // { ok: true, items: [r (requirement), b (route)], nodes: [i(r), i(b)] }
 */
export function planLastStep(context: PlanContext, held: readonly number[], edge: number): LastStep {
  const env = envOf(context);
  const { marks, csr } = env;
  const to = csr.outTarget[edge] as number;
  marks.begin(context.avoid);
  try {
    for (const v of held) marks.hold(v);
    const items: PlanItem[] = [];
    const nodes: number[] = [];
    if (context.requirements) {
      const before = requirementsOf(env, to);
      if (!before.ok) return before;
      items.push(...before.items);
      nodes.push(...before.nodes);
    }
    items.push(edgeItem(env, edge, 'route', null));
    nodes.push(to);
    return { ok: true, items, nodes };
  } finally {
    marks.undo(0);
  }
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
  return { items: [startItem(start)], satisfied, unmet: null };
}

/** The walk extended by the step `from → id`, as `completePlan`'s loop takes it. */
export function walkStep(context: PlanContext, walk: PlanWalk, from: string, id: string): PlanWalk {
  if (walk.unmet !== null || walk.satisfied.has(id)) return walk;
  const env = envOf(context);
  const { marks, csr } = env;
  const v = indexOf(csr, id);
  const items = [...walk.items];
  const satisfied = new Set(walk.satisfied);
  marks.begin(context.avoid);
  try {
    holdIds(env, walk.satisfied);
    if (context.requirements) {
      const before = requirementsOf(env, v);
      if (!before.ok) return { items, satisfied, unmet: before.unmet };
      for (const item of before.items) {
        items.push(item);
        satisfied.add(item.id);
      }
    }
    items.push(routeItem(env, indexOf(csr, from), v));
    satisfied.add(id);
    return { items, satisfied, unmet: null };
  } finally {
    marks.undo(0);
  }
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

function envOf(context: PlanContext): Env {
  const marks = planMarks(context.pg);
  return { context, marks, csr: marks.csr };
}

function indexOf(csr: ProgressCsr, id: string): number {
  const v = csr.index.get(id);
  if (v === undefined) throw new Error(`core/routing.completePlan: unknown node "${id}"`);
  return v;
}

/** Marks held ids; an id the map lacks meets nothing and starts nothing, so it is passed over. */
function holdIds(env: Env, ids: Iterable<string>): void {
  for (const id of ids) {
    const v = env.csr.index.get(id);
    if (v !== undefined) env.marks.hold(v);
  }
}

function startItem(id: string): PlanItem {
  return { id, role: 'start', choice: null, requiredBy: null, values: EMPTY_VALUES, weight: 0 };
}

/** The route step `from → to` (node indexes), by the progress edge between them. */
function routeItem(env: Env, from: number, to: number): PlanItem {
  const e = edgeBetween(env.csr, from, to);
  if (e < 0) throw new Error(`core/routing.completePlan: no progress edge ${env.csr.ids[from] as string} -> ${env.csr.ids[to] as string}`);
  return edgeItem(env, e, 'route', null);
}

/** A step along progress edge `e`, valued by its best data edge under the metric. */
function edgeItem(env: Env, e: number, role: StepRole, requiredBy: RequiredBy | null): PlanItem {
  const { pg, metric } = env.context;
  const choice = pg.step(env.csr.stepOf[e] as number).best?.[metric];
  if (choice === undefined) throw new Error(`core/routing.completePlan: no data edge for progress edge ${String(e)}`);
  return { id: env.csr.ids[env.csr.outTarget[e] as number] as string, role, choice, requiredBy, values: choice, weight: choice.weight[metric] };
}

const NOTHING: Gathered = { ok: true, items: [], nodes: [], weight: 0 };

/**
 * The steps that meet every requirement group of node `v` that nothing held meets, `v` waiting for
 * them (with the nodes already waiting). Leaves the marks as it found them.
 */
function requirementsOf(env: Env, v: number): Gathered {
  const { marks } = env;
  marks.wait(v);
  try {
    return ensureRequirements(env, v);
  } finally {
    marks.unwait();
  }
}

/** The steps that meet every unmet requirement group of `v`; `marks.waiting` holds `v` and the nodes waiting for it. */
function ensureRequirements(env: Env, v: number): Gathered {
  const { marks, csr, context } = env;
  const groups = marks.groupsOf(v);
  if (groups.length === 0) return NOTHING;
  const { have, waiting } = marks;
  const node = context.pg.model.byId.get(csr.ids[v] as string) as GraphNode;
  const mark = marks.mark;
  const items: PlanItem[] = [];
  const nodes: number[] = [];
  let weight = 0;
  for (const { group, options } of groups) {
    if (options.some((o) => o >= 0 && have[o] !== 0)) continue;
    const label = groupLabel(context, group);
    let best: Extract<Gathered, { ok: true }> | undefined;
    for (let k = 0; k < options.length; k++) {
      const option = options[k] as number;
      if (option < 0) throw new Error(`core/routing.completePlan: unknown node "${group.anyOf[k] as string}"`);
      if (marks.isAvoided(option) || waiting[option] !== 0) continue;
      const got = acquire(env, option, { id: node.id, label: node.label, group: label, requirement: csr.ids[option] as string });
      if (got.ok && (best === undefined || got.weight < best.weight)) best = got;
    }
    if (best === undefined) {
      marks.undo(mark);
      return { ok: false, unmet: { node: node.id, group } };
    }
    for (let k = 0; k < best.items.length; k++) {
      items.push(best.items[k] as PlanItem);
      nodes.push(best.nodes[k] as number);
      marks.hold(best.nodes[k] as number);
    }
    weight += best.weight;
  }
  marks.undo(mark);
  return { ok: true, items, nodes, weight };
}

/** The steps that obtain `option` (and its own requirements) from what is held. Leaves the marks as it found them. */
function acquire(env: Env, option: number, requiredBy: RequiredBy): Gathered {
  const { marks, csr } = env;
  const from = marks.nearestHeld(option, env.context.metric);
  if (from < 0) return obtainDirectly(env, option, requiredBy);
  // The way is copied out first: the searches for requirements on it reuse `marks.next`.
  const way: number[] = [];
  for (let at = from; at !== option; ) {
    const e = marks.next[at] as number;
    way.push(e);
    at = csr.outTarget[e] as number;
  }
  const mark = marks.mark;
  const items: PlanItem[] = [];
  const nodes: number[] = [];
  let weight = 0;
  for (const e of way) {
    const v = csr.outTarget[e] as number;
    if (marks.have[v] !== 0) continue;
    const own = requirementsOf(env, v);
    if (!own.ok) {
      // A node on the way needs what only a waiting node gives: obtain the option directly instead.
      marks.undo(mark);
      return obtainDirectly(env, option, requiredBy);
    }
    for (let k = 0; k < own.items.length; k++) {
      items.push(own.items[k] as PlanItem);
      nodes.push(own.nodes[k] as number);
      marks.hold(own.nodes[k] as number);
    }
    weight += own.weight;
    const step = edgeItem(env, e, 'requirement', requiredBy);
    items.push(step);
    nodes.push(v);
    marks.hold(v);
    weight += step.weight;
  }
  marks.undo(mark);
  return { ok: true, items, nodes, weight };
}

/** `option` as a step of its own with no edge, after its own requirements. */
function obtainDirectly(env: Env, option: number, requiredBy: RequiredBy): Gathered {
  const { pg, metric } = env.context;
  const own = requirementsOf(env, option);
  if (!own.ok) return own;
  const node = pg.model.byId.get(env.csr.ids[option] as string);
  if (node === undefined) throw new Error(`core/routing.completePlan: unknown node "${env.csr.ids[option] as string}"`);
  const values = nodeValues(node);
  const w = stepWeight(values, metric, pg.unknown);
  const item: PlanItem = { id: node.id, role: 'requirement', choice: null, requiredBy, values, weight: w };
  return { ok: true, items: [...own.items, item], nodes: [...own.nodes, option], weight: own.weight + w };
}

function groupLabel(context: PlanContext, group: RequirementGroup): string {
  if (group.label !== undefined) return group.label;
  return group.anyOf.map((id) => context.pg.model.byId.get(id)?.label ?? id).join(' or ');
}
