import { legPaths } from './leg-paths';
import { progressCsr } from './progress-csr';
import type { ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';
import { shortestPath, type FoundPath, type SearchLimits } from './shortest-path';

export type StopsResult =
  | { readonly ok: true; readonly path: FoundPath }
  /**
   * No loopless path passes the stops in order. `leg` (0-based; the last leg ends at the
   * destination) is a leg that has no path even on its own, from `from` to `to`; null when every
   * leg has one on its own but no choice of them fits together (a leg always needs a node that
   * another leg has to use).
   */
  | { readonly ok: false; readonly leg: number | null; readonly from: readonly string[]; readonly to: string };

/** Maps with at most this many nodes are searched to the end: the route is the lightest there is. */
export const EXACT_STOPS_NODES = 64;
/** On bigger maps, how many more leg paths are tried once a route is in hand, looking for a lighter one. */
export const STOPS_BUDGET = 24;

/**
 * The path from any of `sources` through every stop in order (the last stop is the destination),
 * loopless, never entering a blocked node. Never answers "no path" while one exists.
 *
 * The search is over the legs (start → stop 1 → … → destination): each leg's paths are taken
 * lightest first (`legPaths`, Yen's algorithm), and a leg's path is kept only while the later legs
 * can still be walked without its nodes. When a leg uses up a node a later leg needs, the search
 * backtracks: it learns the smallest set of the leg's nodes that cut the later leg off (a single
 * node is then blocked for the leg and its paths are listed again without it), and jumps straight
 * back to an earlier leg when the cut does not involve this one. Branch and bound keeps the
 * lightest route: a leg's paths stop being tried as soon as they, plus the lightest possible rest
 * (each later leg on its own), cannot beat the route in hand.
 *
 * Cost: without via stops this is one `shortestPath`. With them, the first route found is the
 * greedy one (every leg lightest) unless a leg cuts off a later one; maps of up to
 * `EXACT_STOPS_NODES` nodes are then searched to the end (the lightest route), bigger maps try at
 * most `STOPS_BUDGET` further leg paths for a lighter one. Until a route is found, no candidate is
 * skipped unless it is proven useless, so the answer "none" is always true; in the worst case that
 * proof takes time exponential in the map (a loopless path through a given node is NP-complete on
 * directed graphs), which a via list of a handful of nodes on a real map does not come near.
 *
 * @example
 * pathThroughStops(pg, ['role-m365-administrator'], ['sc-300', 'role-cybersecurity-architect'], 'months', NO_LIMITS)
 * // { ok: true, path: { nodes: ['role-m365-administrator', 'sc-300', 'sc-100', 'role-cybersecurity-architect'], weight: … } }
 */
export function pathThroughStops(
  pg: ProgressGraph,
  sources: readonly string[],
  stops: readonly string[],
  metric: RouteMetric,
  limits: SearchLimits,
): StopsResult {
  const last = stops[stops.length - 1];
  if (last === undefined) throw new Error('core/routing.pathThroughStops: no stops');
  if (stops.length === 1) {
    const found = shortestPath(pg, sources, last, metric, limits);
    return found === null ? { ok: false, leg: 0, from: sources, to: last } : { ok: true, path: found };
  }
  const search = new StopsSearch(pg, sources, stops, metric, limits);
  const alone = search.legsAlone();
  if (!alone.ok) return alone;
  const best = search.run(alone.bounds);
  return best === null ? { ok: false, leg: null, from: sources, to: last } : { ok: true, path: best };
}

type Outcome = { readonly found: true } | { readonly found: false; readonly conflict: ReadonlySet<string> };

const EPSILON = 1e-9;

class StopsSearch {
  private best: FoundPath | null = null;
  private tried = 0;
  private readonly budget: number;
  /** Lightest possible weight of legs i… (each leg on its own). */
  private bounds: readonly number[] = [];

  constructor(
    private readonly pg: ProgressGraph,
    private readonly sources: readonly string[],
    private readonly stops: readonly string[],
    private readonly metric: RouteMetric,
    private readonly limits: SearchLimits,
  ) {
    this.budget = progressCsr(pg).ids.length <= EXACT_STOPS_NODES ? Infinity : STOPS_BUDGET;
  }

  /** Each leg on its own (the other stops blocked): proves "none" when one has no path, else gives bounds. */
  legsAlone(): { ok: true; bounds: number[] } | Extract<StopsResult, { ok: false }> {
    const weights: number[] = [];
    for (let leg = 0; leg < this.stops.length; leg++) {
      const from = this.legSources(leg);
      const found = shortestPath(this.pg, from, this.stops[leg] as string, this.metric, this.legLimits(leg, new Set(), new Set(this.stops.filter((id) => id !== this.stops[leg]))));
      if (found === null) return { ok: false, leg, from, to: this.stops[leg] as string };
      weights.push(found.weight);
    }
    const bounds = weights.map((_, i) => weights.slice(i).reduce((a, b) => a + b, 0));
    return { ok: true, bounds: [...bounds, 0] };
  }

  run(bounds: readonly number[]): FoundPath | null {
    this.bounds = bounds;
    this.leg(0, [], new Set(), 0);
    return this.best;
  }

  private legSources(leg: number): readonly string[] {
    return leg === 0 ? this.sources : [this.stops[leg - 1] as string];
  }

  /** What leg `leg` may not enter: the caller's limits, nodes already used, and the other stops. */
  private legLimits(leg: number, used: ReadonlySet<string>, blocked: ReadonlySet<string>): SearchLimits {
    const target = this.stops[leg] as string;
    const stops = new Set(this.stops.slice(leg + 1).filter((id) => id !== target));
    return { blockedNodes: [...this.limits.blockedNodes, used, stops, blocked], blockedEdges: this.limits.blockedEdges };
  }

  /** Tries every path of leg `leg` after `prefix` (weight `weight`, nodes `used`); says whether a route was found, else why not. */
  private leg(leg: number, prefix: readonly string[], used: ReadonlySet<string>, weight: number): Outcome {
    if (leg === this.stops.length) {
      if (this.best === null || weight < this.best.weight - EPSILON) this.best = { nodes: prefix, weight };
      return { found: true };
    }
    const blocked = new Set<string>();
    const nogoods: ReadonlySet<string>[] = [];
    const seen = new Set<string>();
    let found = false;
    for (;;) {
      const sources = this.legSources(leg).filter((id) => !blocked.has(id));
      let restart = false;
      for (const path of legPaths(this.pg, sources, this.stops[leg] as string, this.metric, this.legLimits(leg, used, blocked))) {
        if (this.best !== null && (weight + path.weight + (this.bounds[leg + 1] as number) >= this.best.weight - EPSILON || this.tried >= this.budget)) {
          return { found: true };
        }
        const key = path.nodes.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        const fresh = path.nodes.filter((id) => !used.has(id));
        if (nogoods.some((set) => [...set].every((id) => fresh.includes(id)))) continue;
        this.tried++;
        const next = new Set([...used, ...fresh]);
        const cut = this.laterLegCut(leg, next);
        const outcome: Outcome =
          cut ?? this.leg(leg + 1, prefix.length === 0 ? path.nodes : [...prefix, ...path.nodes.slice(1)], next, weight + path.weight);
        if (outcome.found) {
          found = true;
          continue;
        }
        const mine = [...outcome.conflict].filter((id) => fresh.includes(id));
        // The later legs fail whatever this leg does: back to an earlier leg.
        if (mine.length === 0 && !found) return outcome;
        if (mine.length === 1) {
          blocked.add(mine[0] as string);
          restart = true;
          break;
        }
        nogoods.push(new Set(mine));
      }
      if (!restart) break;
    }
    // Every path of this leg was tried: without a finer proof, everything used so far is the reason.
    return found ? { found: true } : { found: false, conflict: used };
  }

  /**
   * The first later leg that has no path on its own once `used` is taken, as a conflict: a smallest
   * subset of `used` (each node needed) that alone cuts it off. Null when every later leg has a path.
   */
  private laterLegCut(leg: number, used: ReadonlySet<string>): Outcome | null {
    for (let later = leg + 1; later < this.stops.length; later++) {
      const from = [this.stops[later - 1] as string];
      const to = this.stops[later] as string;
      const reach = (set: ReadonlySet<string>) =>
        shortestPath(this.pg, from, to, this.metric, this.legLimits(later, set, new Set())) !== null;
      if (reach(used)) continue;
      // A leg's own start never blocks it (a search may start from a blocked node).
      const conflict = new Set([...used].filter((id) => id !== from[0]));
      for (const id of [...conflict]) {
        conflict.delete(id);
        if (reach(conflict)) conflict.add(id);
      }
      return { found: false, conflict };
    }
    return null;
  }
}
