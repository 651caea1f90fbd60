import type { PathwiseGraph } from '../graph/build-graph';
import type { Unmet } from './complete-plan';
import { unmetGroup } from './obtainable';
import { pathThroughStops, type StopsResult } from './path-through-stops';
import { progressCsr } from './progress-csr';
import type { ProgressGraph } from './progress-graph';
import type { RouteFailure, RouteFailureDetail, RouteFailureReason, RouteMetric } from './route-types';
import { shortestPath } from './shortest-path';

/** Builds a failure value: the message names nodes by label, `detail` by id. */
export function failure(reason: RouteFailureReason, message: string, detail: RouteFailureDetail): RouteFailure {
  return { ok: false, reason, message, detail };
}

/** Labels of ids for messages: "AZ-104 Azure Administrator, SC-300 …". */
export function labels(model: PathwiseGraph, ids: Iterable<string>): string {
  return [...ids].map((id) => model.byId.get(id)?.label ?? id).join(', ');
}

/** A query that found no route, with everything that blocked it. */
export interface FailedQuery {
  readonly pg: ProgressGraph;
  readonly metric: RouteMetric;
  readonly held: ReadonlySet<string>;
  /** Where the route may start: the held nodes that are not avoided. */
  readonly starts: readonly string[];
  /** The via nodes in order, then the destination. */
  readonly stops: readonly string[];
  /** Nodes the person chose to avoid. */
  readonly avoid: ReadonlySet<string>;
  /** Retired exams left out (`RouteOptions.retired`, without the ones named as ends, via or held). */
  readonly retired: ReadonlySet<string>;
  /** Nodes a plan cannot contain because a requirement of theirs cannot be met (empty without requirements). */
  readonly unobtainable: ReadonlySet<string>;
}

interface Relaxed {
  readonly via: boolean;
  readonly avoid: boolean;
  readonly retired: boolean;
}

/**
 * Says why no route exists, in the first of these that is true, each proven by a search with the
 * later constraints lifted (so the reason is the one that decides):
 * 1. `no-path`: no route reaches the destination even ignoring the avoid list, retired exams and via
 *    nodes; the message says when nothing in the map leads to the destination at all, or nothing
 *    leads on from the start;
 * 2. `via-unreachable`: routes exist, but none passes the via nodes in order;
 * 3. `blocked-by-avoid`: routes exist only through avoided nodes (`detail.blocking`: each avoided node
 *    whose removal alone opens a route, else those on the best route that ignores the list);
 * 4. `blocked-by-retired`: routes exist only through retired exams left out (`detail.blocking`);
 * 5. `requirement-unmet`: every remaining route passes a node whose requirement cannot be met.
 *
 * @example
 * explainFailure(query).message
 * // 'Nothing in this map leads to AZ-500 Azure Security Engineer Associate, so no route can reach it.'
 */
export function explainFailure(q: FailedQuery): RouteFailure {
  const model = q.pg.model;
  const to = q.stops[q.stops.length - 1] as string;
  const detail = { from: q.starts, to };
  const fromText = q.starts.length === 1 ? labels(model, q.starts) : `what you hold (${labels(model, q.starts)})`;
  const search = (relaxed: Relaxed, extra: ReadonlySet<string> = new Set()) => searchWith(q, relaxed, extra);

  if (!search({ via: true, avoid: true, retired: true }).ok) return noPath(q, fromText, detail);
  const all = search({ via: false, avoid: true, retired: true });
  if (!all.ok) return viaUnreachable(q, all, fromText);
  const avoided = search({ via: false, avoid: false, retired: true });
  if (!avoided.ok) {
    const blocking = blockers(q, q.avoid, { via: false, avoid: false, retired: true }, all);
    return failure(
      'blocked-by-avoid',
      `Every route from ${fromText} to ${routeEnd(q)} passes through something you chose to avoid: ${labels(model, blocking)}.`,
      { ...detail, blocking },
    );
  }
  const retired = search({ via: false, avoid: false, retired: false });
  if (!retired.ok) {
    const blocking = blockers(q, q.retired, { via: false, avoid: false, retired: false }, avoided);
    return failure(
      'blocked-by-retired',
      `Every route from ${fromText} to ${routeEnd(q)} passes through a retired exam, which is left out: ${labels(model, blocking)}.`,
      { ...detail, blocking },
    );
  }
  // Routes exist but every one passes a node whose requirement cannot be met: name the first on the best of them.
  const path = retired.path.nodes;
  const node = path.slice(1).find((id) => q.unobtainable.has(id));
  const group = node === undefined ? undefined : unmetGroup(model, node, q.held, new Set([...q.avoid, ...q.retired]), q.unobtainable);
  if (node === undefined || group === undefined) throw new Error('core/routing.explainFailure: a route exists under every constraint');
  return explainUnmet(model, { node, group }, q.avoid, q.retired);
}

/** Searches, requirements aside, with some constraints lifted (true: lifted) and `extra` nodes unblocked. */
function searchWith(q: FailedQuery, relaxed: Relaxed, extra: ReadonlySet<string>): StopsResult {
  const keep = (set: ReadonlySet<string>) => (extra.size === 0 ? set : new Set([...set].filter((id) => !extra.has(id))));
  const blockedNodes = [
    q.held,
    ...(relaxed.avoid ? [] : [keep(q.avoid)]),
    ...(relaxed.retired ? [] : [keep(q.retired)]),
  ];
  const stops = relaxed.via ? q.stops.slice(-1) : q.stops;
  return pathThroughStops(q.pg, q.starts, stops, q.metric, { blockedNodes, blockedEdges: new Set() });
}

function routeEnd(q: FailedQuery): string {
  const model = q.pg.model;
  const to = labels(model, q.stops.slice(-1));
  return q.stops.length > 1 ? `${to} via ${labels(model, q.stops.slice(0, -1))}` : to;
}

function noPath(q: FailedQuery, fromText: string, detail: RouteFailureDetail): RouteFailure {
  const model = q.pg.model;
  const csr = progressCsr(q.pg);
  const to = q.stops[q.stops.length - 1] as string;
  if (!hasWayIn(q.pg, to)) {
    return failure('no-path', `Nothing in this map leads to ${labels(model, [to])}, so no route can reach it.`, detail);
  }
  const out = (id: string) => {
    const w = csr.index.get(id) as number;
    return (csr.outStart[w + 1] as number) - (csr.outStart[w] as number);
  };
  if (q.starts.every((id) => out(id) === 0)) {
    return failure('no-path', `Nothing in this map leads on from ${fromText}, so no route can start there.`, detail);
  }
  return failure(
    'no-path',
    `No route leads from ${fromText} to ${labels(model, [to])} in this map: nothing that can be reached from there leads to it.`,
    detail,
  );
}

/** True when some step of the map leads into `id`. */
function hasWayIn(pg: ProgressGraph, id: string): boolean {
  const csr = progressCsr(pg);
  const v = csr.index.get(id) as number;
  return (csr.inStart[v + 1] as number) > (csr.inStart[v] as number);
}

function viaUnreachable(q: FailedQuery, result: Extract<StopsResult, { ok: false }>, fromText: string): RouteFailure {
  const model = q.pg.model;
  const { leg } = result;
  const stops = q.stops;
  const detail = { from: result.from, to: result.to };
  if (leg === null) {
    return failure(
      'via-unreachable',
      `No route from ${fromText} passes ${labels(model, stops)} in this order without going back through a step already on the route.`,
      { from: q.starts, to: stops[stops.length - 1] as string },
    );
  }
  const what = leg < stops.length - 1 ? `the via node ${labels(model, [result.to])}` : `the destination ${labels(model, [result.to])}`;
  if (!hasWayIn(q.pg, result.to)) {
    return failure('via-unreachable', `Nothing in this map leads to ${what}, so no route can pass it.`, detail);
  }
  const where = leg === 0 ? fromText : labels(model, result.from);
  const open = shortestPath(q.pg, result.from, result.to, q.metric, { blockedNodes: [q.held], blockedEdges: new Set() });
  const how = open === null ? '' : ' without passing another via node (or the destination) out of order';
  return failure('via-unreachable', `${what.charAt(0).toUpperCase()}${what.slice(1)} cannot be reached from ${where}${how}.`, detail);
}

/**
 * The nodes of `set` that block every route: each one whose removal alone (from `set`) opens a
 * route, else those on the route found without `set` at all.
 */
function blockers(q: FailedQuery, set: ReadonlySet<string>, relaxed: Relaxed, open: StopsResult): string[] {
  const alone = [...set].filter((id) => searchWith(q, relaxed, new Set([id])).ok);
  if (alone.length > 0) return alone;
  return open.ok ? open.path.nodes.filter((id) => set.has(id)) : [...set];
}

/** The failure for a requirement group none of whose options can be obtained. */
export function explainUnmet(model: PathwiseGraph, unmet: Unmet, avoid: ReadonlySet<string>, retired: ReadonlySet<string> = new Set()): RouteFailure {
  const options = unmet.group.anyOf;
  const avoided = options.filter((id) => avoid.has(id));
  const left = options.filter((id) => retired.has(id));
  const listed = labels(model, options);
  const group = unmet.group.label !== undefined ? `${unmet.group.label} (${listed})` : options.length === 1 ? listed : `one of ${listed}`;
  const reasons = [
    ...(avoided.length > 0 ? [`you chose to avoid ${avoided.length === options.length ? (avoided.length === 1 ? 'it' : 'all of them') : labels(model, avoided)}`] : []),
    ...(left.length > 0 ? [`${labels(model, left)} ${left.length === 1 ? 'is a retired exam' : 'are retired exams'}, left out`] : []),
  ];
  const because =
    avoided.length + left.length === options.length
      ? reasons.join(' and ')
      : reasons.length > 0
        ? `${reasons.join(' and ')}, and the ${options.length - avoided.length - left.length === 1 ? 'other cannot' : 'others cannot'} be obtained`
        : `${options.length === 1 ? 'it cannot' : 'none of them can'} be obtained (a requirement of ${options.length === 1 ? 'its' : 'their'} own cannot be met)`;
  return failure(
    'requirement-unmet',
    `${labels(model, [unmet.node])} requires ${group}, and ${because}.`,
    { requiredBy: unmet.node, options, blocking: [...avoided, ...left] },
  );
}
