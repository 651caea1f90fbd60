import type { GraphFile, RouteMetric } from '../../../src/core/index';

/**
 * An independent reading of the routing rules, written from the data file alone, for checking
 * `findRoute` against: every simple path, weighed edge by edge.
 */
export interface BrutePath {
  readonly nodes: readonly string[];
  readonly weight: number;
}

const TIE_BREAK = 1e-6;

/** Weight of each progress step `from → to` under `metric`: the lightest of its parallel data edges. */
export function stepWeights(file: GraphFile, metric: RouteMetric): Map<string, Map<string, number>> {
  const byId = new Map(file.nodes.map((n) => [n.id, n]));
  const steps = file.edges.map((edge) => {
    const [from, to] = edge.kind === 'requires' ? [edge.target, edge.source] : [edge.source, edge.target];
    const node = byId.get(to);
    const months = edge.months ?? (node?.kind === 'experience' ? node.months : undefined);
    const cost = edge.cost?.amount ?? (node?.kind === 'certification' ? node.fee?.amount : undefined);
    return { from, to, months, cost };
  });
  // Unknown values are assumed to be the largest known value of the map.
  const maxMonths = Math.max(0, ...steps.map((s) => s.months ?? 0));
  const maxCost = Math.max(0, ...steps.map((s) => s.cost ?? 0));
  const weights = new Map<string, Map<string, number>>();
  for (const s of steps) {
    const w = metric === 'steps' ? 1 : metric === 'months' ? (s.months ?? maxMonths) + TIE_BREAK : (s.cost ?? maxCost) + TIE_BREAK;
    const out = weights.get(s.from) ?? new Map<string, number>();
    weights.set(s.from, out);
    out.set(s.to, Math.min(w, out.get(s.to) ?? Infinity));
  }
  return weights;
}

/**
 * Every simple path from one of `starts` to `to` that never enters a held node or an avoided one,
 * and passes the `via` nodes in order; lightest first.
 */
export function allRoutes(
  file: GraphFile,
  metric: RouteMetric,
  starts: readonly string[],
  to: string,
  options: { held?: readonly string[]; avoid?: readonly string[]; via?: readonly string[] } = {},
): BrutePath[] {
  const weights = stepWeights(file, metric);
  const closed = new Set([...(options.held ?? []), ...starts, ...(options.avoid ?? [])]);
  const via = options.via ?? [];
  const out: BrutePath[] = [];
  const walk = (path: string[], weight: number) => {
    const last = path[path.length - 1] as string;
    if (last === to) {
      if (passesInOrder(path, via)) out.push({ nodes: [...path], weight });
      return;
    }
    for (const [next, w] of weights.get(last) ?? []) {
      if (closed.has(next) || path.includes(next)) continue;
      path.push(next);
      walk(path, weight + w);
      path.pop();
    }
  };
  for (const start of starts) if (!(options.avoid ?? []).includes(start)) walk([start], 0);
  return out.sort((a, b) => a.weight - b.weight);
}

export function passesInOrder(path: readonly string[], via: readonly string[]): boolean {
  let next = 0;
  for (const id of path) if (id === via[next]) next++;
  return next === via.length;
}

/**
 * The nodes a plan may contain as far as requirements go, read from the file alone: held nodes, and
 * nodes not blocked all of whose requirement groups have a held or (recursively) obtainable option.
 * Computed as a fixed point (grow the set until nothing changes), not by recursion as core does.
 */
export function obtainableNodes(file: GraphFile, held: readonly string[], blocked: readonly string[]): Set<string> {
  const ok = new Set(held);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of file.nodes) {
      if (ok.has(node.id) || blocked.includes(node.id)) continue;
      if ((node.requires ?? []).every((group) => group.anyOf.some((id) => ok.has(id)))) {
        ok.add(node.id);
        grew = true;
      }
    }
  }
  return ok;
}

/** What a query may use, each constraint on or off, for proving why a route fails. */
export interface BruteQuery {
  readonly file: GraphFile;
  readonly metric: RouteMetric;
  readonly starts: readonly string[];
  readonly held: readonly string[];
  readonly to: string;
  readonly via: readonly string[];
  readonly avoid: readonly string[];
  readonly retired: readonly string[];
  /** Check requirements (every step obtainable); false when the query runs without them. */
  readonly requirements: boolean;
}

/** Every route of the query with the constraints named in `lift` ignored. */
export function routesWithout(q: BruteQuery, lift: { via?: boolean; avoid?: boolean; retired?: boolean; requirements?: boolean } = {}): BrutePath[] {
  const avoid = [...(lift.avoid === true ? [] : q.avoid), ...(lift.retired === true ? [] : q.retired)];
  const paths = allRoutes(q.file, q.metric, q.starts, q.to, { held: q.held, avoid, via: lift.via === true ? [] : q.via });
  if (!q.requirements || lift.requirements === true) return paths;
  const ok = obtainableNodes(q.file, q.held, [...q.avoid, ...q.retired]);
  return paths.filter((p) => p.nodes.every((id) => ok.has(id)));
}

/** The reason a failed query must give: the first constraint, in order, whose addition leaves no route. */
export function trueReason(q: BruteQuery): string | null {
  const all = { via: true, avoid: true, retired: true, requirements: true };
  if (routesWithout(q, all).length === 0) return 'no-path';
  if (q.via.length > 0 && routesWithout(q, { ...all, via: false }).length === 0) return 'via-unreachable';
  if (routesWithout(q, { avoid: false, retired: true, requirements: true }).length === 0) return 'blocked-by-avoid';
  if (routesWithout(q, { requirements: true }).length === 0) return 'blocked-by-retired';
  if (routesWithout(q).length === 0) return 'requirement-unmet';
  return null;
}
