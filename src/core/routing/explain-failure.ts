import type { PathwiseGraph } from '../graph/build-graph';
import type { Unmet } from './complete-plan';
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

export interface LegFailure {
  readonly pg: ProgressGraph;
  readonly metric: RouteMetric;
  readonly held: ReadonlySet<string>;
  readonly avoid: ReadonlySet<string>;
  /** Where the failed leg starts (the held start nodes for the first leg, else the previous via). */
  readonly from: readonly string[];
  readonly to: string;
  /** True when the leg ends at a via node, false when it ends at the destination. */
  readonly toVia: boolean;
  /** True when the route has via nodes. */
  readonly hasVia: boolean;
}

/**
 * Says why a leg has no path: nothing leads there at all (`no-path`, or `via-unreachable` when via
 * nodes are involved), or only through avoided nodes (`blocked-by-avoid`, naming the avoided nodes
 * that block it: each one whose removal from the list alone opens a route, else those on the best
 * route that ignores the list).
 */
export function explainLeg(leg: LegFailure): RouteFailure {
  const { pg, metric, held, avoid, from, to } = leg;
  const model = pg.model;
  const empty = new Set<string>();
  const open = shortestPath(pg, from, to, metric, { blockedNodes: [held], blockedEdges: empty });
  const fromText = from.length === 1 ? labels(model, from) : `what you hold (${labels(model, from)})`;
  const detail = { from, to };
  if (open !== null && avoid.size > 0) {
    const withAvoid = shortestPath(pg, from, to, metric, { blockedNodes: [held, avoid], blockedEdges: empty });
    if (withAvoid === null) {
      const blocking = blockers(leg, open.nodes);
      return failure(
        'blocked-by-avoid',
        `Every route from ${fromText} to ${labels(model, [to])} passes through something you chose to avoid: ${labels(model, blocking)}.`,
        { ...detail, blocking },
      );
    }
  }
  if (!leg.hasVia) {
    return failure('no-path', `No route leads from ${fromText} to ${labels(model, [to])} in this map.`, detail);
  }
  const what = leg.toVia ? `The via node ${labels(model, [to])}` : `The destination ${labels(model, [to])}`;
  if (open === null) {
    return failure('via-unreachable', `${what} cannot be reached from ${fromText}.`, detail);
  }
  return failure(
    'via-unreachable',
    `${what} can be reached from ${fromText} only by going back through a step already on the route or a later via node.`,
    detail,
  );
}

function blockers(leg: LegFailure, openPath: readonly string[]): string[] {
  const { pg, metric, held, avoid, from, to } = leg;
  const alone = [...avoid].filter((id) => {
    const rest = new Set(avoid);
    rest.delete(id);
    return shortestPath(pg, from, to, metric, { blockedNodes: [held, rest], blockedEdges: new Set() }) !== null;
  });
  return alone.length > 0 ? alone : openPath.filter((id) => avoid.has(id));
}

/** The failure for a requirement group none of whose options can be obtained. */
export function explainUnmet(model: PathwiseGraph, unmet: Unmet, avoid: ReadonlySet<string>): RouteFailure {
  const options = unmet.group.anyOf;
  const avoided = options.filter((id) => avoid.has(id));
  const listed = labels(model, options);
  const group = unmet.group.label !== undefined ? `${unmet.group.label} (${listed})` : options.length === 1 ? listed : `one of ${listed}`;
  const because =
    avoided.length === options.length
      ? `you chose to avoid ${avoided.length === 1 ? 'it' : 'all of them'}`
      : avoided.length > 0
        ? `${labels(model, avoided)} ${avoided.length === 1 ? 'is' : 'are'} avoided and the others cannot be obtained`
        : 'none of them can be obtained';
  return failure(
    'requirement-unmet',
    `${labels(model, [unmet.node])} requires ${group}, and ${because}.`,
    { requiredBy: unmet.node, options, blocking: avoided },
  );
}
