import type { PathwiseGraph } from '../graph/build-graph';
import { buildRoute } from './build-route';
import { completePlan, type PlanContext, type PlanResult } from './complete-plan';
import { explainFailure, explainUnmet, failure, labels } from './explain-failure';
import { unobtainable } from './obtainable';
import { yenKShortest } from './k-shortest-paths';
import { pathThroughStops } from './path-through-stops';
import { pairKey, progressGraph, type ProgressGraph } from './progress-graph';
import type { Route, RouteMetric, RouteOptions, RouteResult } from './route-types';
import { edgeWeight, type FoundPath, type SearchLimits } from './shortest-path';

// Yen's paths start at this pseudo node, so that "which held node to start from" is just the first spur.
const START = '\u0000start';

/**
 * Finds the best route from `from` (or from the best of `options.have`) to `to`, in the direction
 * people progress (`progressDirection`: a `requires` edge is walked skill → role), and completes it
 * into a plan that meets every requirement (`node.requires`) on the way.
 *
 * - `by`: `steps` (fewest steps, BFS), `months` or `cost` (Dijkstra). A step's months and cost come
 *   from its edge, else from the node it reaches (experience months, exam fee); unknown values count 0
 *   in totals but are assumed as large as the largest known value while searching, and every step
 *   weighs a further 1e-6, so equal totals break toward fewer steps (see `progressGraph`).
 *   Costs of different currencies are totalled per currency and compared without conversion.
 * - `alternatives: k`: the k lightest loopless paths (Yen's algorithm over graphology's Dijkstra),
 *   each completed into a plan; plans are returned lightest first, the best being `route`.
 * - `avoid`: never passed through, nor used to meet a requirement.
 * - `via`: passed through in order; never a false "no route" (a search over the legs with
 *   backtracking, the lightest route on small maps, see `pathThroughStops`).
 * - `retired`: retired exams to leave out (e.g. those whose retirement date has passed), treated as
 *   avoided unless named as `from`, `to`, a via or held; a failure they cause says so (`blocked-by-retired`).
 * - `have`: held nodes; `from` may be null when `have` is given. The route starts from the best held
 *   node (or `from`), never enters another held node, and held nodes meet requirements.
 * - `requirements` (default true): missing requirements are added before the step that needs them,
 *   recursively, the cheapest option of each any-of group under `by` (a heuristic, see `completePlan`).
 *
 * Expected failures are values (`same-node`, `already-held`, `avoid-conflict`, `no-path`,
 * `via-unreachable`, `blocked-by-avoid`, `blocked-by-retired`, `requirement-unmet`), each with a
 * message for people naming the reason (see `explainFailure`). A node whose requirement cannot be
 * met (all options avoided, say) is left out of the search, so the route goes around it if it can.
 * Unknown ids and a missing start throw: resolve names first (`resolveNode`).
 * The progress graph is built once per model and cached; a query does not rebuild it.
 *
 * @example
 * const result = findRoute(model, 'role-m365-administrator', 'role-cloud-solutions-architect', { by: 'months' });
 * if (result.ok) result.route.steps.map((s) => s.id);
 * // ['role-m365-administrator', 'az-104', 'az-305', 'role-cloud-solutions-architect']
 * else console.log(result.message);
 */
export function findRoute(model: PathwiseGraph, from: string | null, to: string, options: RouteOptions = {}): RouteResult {
  const by: RouteMetric = options.by ?? 'months';
  const k = options.alternatives ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new Error(`core/routing.findRoute: alternatives must be a positive integer, got ${k}`);
  const have = options.have ?? [];
  const via = options.via ?? [];
  for (const id of [...(from === null ? [] : [from]), to, ...have, ...via, ...(options.avoid ?? []), ...(options.retired ?? [])]) {
    if (!model.byId.has(id)) throw new Error(`core/routing.findRoute: unknown node "${id}"`);
  }
  if (from === null && have.length === 0) throw new Error('core/routing.findRoute: give `from` or at least one `have` node');

  const pg = progressGraph(model);
  const avoid = new Set(options.avoid ?? []);
  const held = new Set([...(from === null ? [] : [from]), ...have]);
  const notes: string[] = [];
  const toText = labels(model, [to]);

  if (from === to) return failure('same-node', `${toText} is both the start and the destination.`, { from: [to], to });
  if (held.has(to)) return failure('already-held', `You already hold ${toText}.`, { from: [...held], to });
  const conflicts = [...(from === null ? [] : [from]), to, ...via].filter((id) => avoid.has(id));
  if (conflicts.length > 0) {
    return failure('avoid-conflict', `${labels(model, conflicts)} cannot be both avoided and on the route.`, { to, blocking: conflicts });
  }
  const starts = [...held].filter((id) => !avoid.has(id));
  if (starts.length === 0) {
    return failure('avoid-conflict', `Everything you hold is avoided, so the route has nowhere to start.`, { to, blocking: [...held] });
  }
  if (starts.length < held.size) notes.push(`Not starting from ${labels(model, [...held].filter((id) => avoid.has(id)))}: avoided.`);

  const stops = viaStops(model, via, held, to, notes);
  const named = new Set([...held, ...stops]);
  const retired = new Set((options.retired ?? []).filter((id) => !named.has(id) && !avoid.has(id)));
  const requirements = options.requirements ?? true;
  const unmeetable = requirements ? unobtainable(model, held, new Set([...avoid, ...retired])) : new Set<string>();
  const limits: SearchLimits = { blockedNodes: [avoid, retired, held, unmeetable], blockedEdges: new Set() };
  const first = pathThroughStops(pg, starts, stops, by, limits);
  if (!first.ok) {
    return explainFailure({ pg, metric: by, held, starts, stops, avoid, retired, unobtainable: unmeetable });
  }

  const paths = k === 1 ? [first.path] : alternatives(pg, k, first.path, starts, stops, by, limits);
  const left = new Set([...avoid, ...retired, ...unmeetable]);
  const context: PlanContext = { pg, metric: by, avoid: left, requirements };
  const plans: PlanResult[] = paths.map((path) => completePlan(context, held, path.nodes));
  const routes = distinctRoutes(plans.flatMap((plan) => (plan.ok ? [buildRoute(model, plan.plan, from)] : [])));
  const [best] = routes;
  if (best === undefined) {
    const unmet = plans.find((plan) => !plan.ok);
    if (unmet === undefined) throw new Error('core/routing.findRoute: no plan and no failure');
    return explainUnmet(model, unmet.unmet, avoid, retired);
  }
  return { ok: true, by, route: best, alternatives: routes, notes };
}

/** The via list as stops (the destination last), without held nodes, the destination or repeats. */
function viaStops(model: PathwiseGraph, via: readonly string[], held: ReadonlySet<string>, to: string, notes: string[]): string[] {
  const stops: string[] = [];
  for (const id of via) {
    if (held.has(id)) notes.push(`Via ${labels(model, [id])} skipped: already held.`);
    else if (id === to) notes.push(`Via ${labels(model, [id])} skipped: it is the destination.`);
    else if (stops.includes(id)) notes.push(`Via ${labels(model, [id])} given twice: passed once.`);
    else stops.push(id);
  }
  return [...stops, to];
}

/** The k lightest paths through the stops, by Yen's algorithm; each spur search goes on through the remaining stops. */
function alternatives(
  pg: ProgressGraph,
  k: number,
  first: FoundPath,
  starts: readonly string[],
  stops: readonly string[],
  by: RouteMetric,
  limits: SearchLimits,
): FoundPath[] {
  const spur = (root: readonly string[], blockedEdges: ReadonlySet<string>): FoundPath | null => {
    const spurNode = root[root.length - 1] as string;
    if (spurNode === START) {
      const sources = starts.filter((id) => !blockedEdges.has(pairKey(START, id)));
      const found = pathThroughStops(pg, sources, stops, by, limits);
      return found.ok ? { nodes: [START, ...found.path.nodes], weight: found.path.weight } : null;
    }
    const walked = root.slice(1);
    let passed = 0;
    for (const id of walked) if (id === stops[passed]) passed++;
    const found = pathThroughStops(pg, [spurNode], stops.slice(passed), by, {
      blockedNodes: [...limits.blockedNodes, new Set(walked.slice(0, -1))],
      blockedEdges: new Set([...limits.blockedEdges, ...blockedEdges]),
    });
    return found.ok ? found.path : null;
  };
  const weight = (a: string, b: string) => (a === START ? 0 : edgeWeight(pg, a, b, by));
  return yenKShortest(k, { nodes: [START, ...first.nodes], weight: first.weight }, spur, weight).map((path) => ({
    nodes: path.nodes.slice(1),
    weight: path.weight,
  }));
}

/**
 * Routes lightest first (stable), without repeats: two paths can complete into plans with the same
 * steps (perhaps by other edges), which people could not tell apart; the lighter one stays.
 */
function distinctRoutes(routes: Route[]): Route[] {
  const seen = new Set<string>();
  return [...routes]
    .sort((a, b) => a.weight - b.weight)
    .filter((route) => {
      const key = route.steps.map((s) => s.id).join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
