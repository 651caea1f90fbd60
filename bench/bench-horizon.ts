import { horizon, progressGraph, reachState, type Horizon, type PathwiseGraph } from '../src/core/index';
import { horizonFigures } from '../src/core/routing/horizon-figures';
import { progressCsr } from '../src/core/routing/progress-csr';
import { reachSearch } from '../src/core/routing/reach-search';
import { figure, missing, type Figure } from './figures';
import { floorGraph, type FloorGraph } from './floor-bfs';
import { careerFile, modelOf, reachablePairs, withRequirements } from './graphs';
import type { BenchOptions } from './options';
import { median, percentile, timeMs } from './stats';

type Log = (line: string) => void;

/** Sizes the horizon is measured on; the target (≤ 5 ms median) is set at 10,000 nodes. */
const SIZES = [1000, 10_000] as const;

/**
 * The career horizon on generated maps: from one start, everything reachable with its totals.
 * Figures: the one single-source search on the typed arrays (`reachSearch`), the whole horizon
 * (search + totals + plans for paths with requirements, what the app and `pathwise reach` run),
 * and the same on a map with requirement groups, each against the floor of a single-source
 * traversal: a plain BFS over every reachable node of the same map, from the same starts.
 */
export function benchHorizon(options: BenchOptions, log: Log): Promise<Figure[]> {
  const figures: Figure[] = [];
  const runs = options.quick ? 10 : 60;
  // Plans through requirement groups cost a completePlan per node with requirements: fewer starts.
  const planRuns = options.quick ? 3 : 10;
  for (const n of SIZES) {
    try {
      log(`horizon: generating and loading ${n.toLocaleString('en-US')} nodes`);
      const file = careerFile(n);
      const model = modelOf(file);
      const floor = floorGraph(model);
      const starts = reachablePairs(floor, runs).map(([s]) => floor.ids[s] as string);
      const bfs = fullBfs(floor);
      const floorTimes = starts.map((id) => timeMs(() => bfs(floor.index.get(id) as number)));
      const base = { name: `horizon.floor-bfs.${n}.median`, value: median(floorTimes) };
      figures.push(figure(base.name, base.value, 'ms', null, 'plain BFS over every node reachable from the start (typed arrays, no weights)'));
      figures.push(...timed(`horizon.search.${n}`, model, starts, (m, id) => searchFrom(m, id), base, 'reachSearch: Dijkstra by months from one start over every reachable node'));
      figures.push(...timed(`horizon.full.${n}`, model, starts, (m, id) => horizon(m, [id], { by: 'months' }), base, `horizon(): the search, then totals for every reached node (what a new start costs; target at 10,000 nodes: ≤ 5 ms median)`));
      figures.push(...timed(`horizon.list.${n}`, model, starts, (m, id) => horizon(m, [id], { by: 'months' }).reached.length, base, 'horizon() and its ranked list: an entry object per reached node, sorted'));
      const made = new Map(starts.map((id) => [id, horizon(model, [id], { by: 'months' })]));
      let within = 0;
      figures.push(
        ...timed(`horizon.recolour.${n}`, model, starts, (m, id) => recolour(m, made.get(id) as Horizon, (within = (within % 24) + 1)), base,
          'what a slider move costs: the state of every node of the map under a new limit (reachState), on a horizon already made'),
      );
      const planModel = modelOf(withRequirements(file));
      const planned = horizon(planModel, [starts[0] as string], { by: 'months' });
      figures.push(
        ...timed(`horizon.requirements.${n}`, planModel, starts.slice(0, planRuns), (m, id) => horizon(m, [id], { by: 'months' }), base,
          `horizon() on the same map with requirement groups: paths through them completed into plans, the searches for requirement options kept from the warm-up pass (from the first start: ${String(planned.reached.length)} reached, ${String(planned.unmet.length)} without a complete plan)`),
      );
      // The first horizon on a map keeps nothing yet: a fresh model per start, its arrays built before the clock starts.
      const fresh = starts.slice(0, planRuns).map((id) => {
        const m = modelOf(withRequirements(file));
        horizonFigures(progressGraph(m), 'months');
        return timeMs(() => horizon(m, [id], { by: 'months' }));
      });
      figures.push(
        figure(`horizon.requirements-first.${n}.median`, median(fresh), 'ms', base, `the same, as the first horizon on a freshly loaded map (nothing kept yet; progress graph and figures built beforehand); ${String(fresh.length)} starts`),
        figure(`horizon.requirements-first.${n}.max`, Math.max(...fresh), 'ms'),
      );
    } catch (error) {
      log(`horizon: ${n} nodes failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      figures.push(missing(`horizon.${n}.error`, '', `failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return Promise.resolve(figures);
}

/** The app's marks at a limit: how many nodes are in reach (the count keeps the work from being optimised away). */
function recolour(model: PathwiseGraph, h: Horizon, within: number): number {
  let inReach = 0;
  for (const node of model.nodes) if (reachState(h, node.id, within).state === 'in-reach') inReach++;
  return inReach;
}

function searchFrom(model: PathwiseGraph, id: string): unknown {
  const csr = progressCsr(progressGraph(model));
  return reachSearch(csr, [csr.index.get(id) as number], 'months');
}

/** A warm-up pass (which also builds the map's progress graph), then one timed pass over the starts. */
function timed(name: string, model: PathwiseGraph, starts: readonly string[], run: (model: PathwiseGraph, id: string) => unknown, base: { name: string; value: number }, note: string): Figure[] {
  for (const id of starts) run(model, id);
  const times = starts.map((id) => timeMs(() => run(model, id)));
  return [
    figure(`${name}.median`, median(times), 'ms', base, `${note}; ${String(starts.length)} starts`),
    figure(`${name}.p95`, percentile(times, 95), 'ms'),
    figure(`${name}.max`, Math.max(...times), 'ms'),
  ];
}

/** Every node reachable from `source`, by a BFS over the floor's arrays; returns how many. */
function fullBfs(g: FloorGraph): (source: number) => number {
  const n = g.ids.length;
  const seen = new Uint32Array(n);
  const queue = new Int32Array(n);
  let stamp = 0;
  return (source) => {
    stamp++;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    seen[source] = stamp;
    while (head < tail) {
      const v = queue[head++] as number;
      const end = g.offsets[v + 1] as number;
      for (let e = g.offsets[v] as number; e < end; e++) {
        const w = g.targets[e] as number;
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        queue[tail++] = w;
      }
    }
    return tail;
  };
}
