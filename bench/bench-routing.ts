import { join } from 'node:path';
import { findRoute, progressGraph, type PathwiseGraph, type RouteOptions } from '../src/core/index';
import { progressCsr } from '../src/core/routing/progress-csr';
import { runChild } from './child';
import type { CytoscapeInput, CytoscapeOutput } from './cytoscape-child';
import { figure, missing, type Figure } from './figures';
import { floorBfs, floorGraph, type FloorGraph } from './floor-bfs';
import { careerFile, modelOf, reachablePairs, withRequirements, type Pair } from './graphs';
import { mulberry32 } from '../tests/support/generate-career-graph';
import type { BenchOptions } from './options';
import { median, percentile, summarisePasses, timeMs } from './stats';

type Log = (line: string) => void;

/**
 * Route queries on generated maps: findRoute by steps and by months against a typed-array BFS (the
 * floor) and cytoscape.js's Dijkstra (the peer); k = 5 alternatives and prerequisite-complete plans.
 */
export async function benchRouting(options: BenchOptions, log: Log): Promise<Figure[]> {
  const figures: Figure[] = [];
  const sizes = [...new Set([...options.routeSizes, ...options.planSizes])].sort((a, b) => a - b);
  for (const n of sizes) {
    try {
      await benchSize(options, n, figures, log);
    } catch (error) {
      // Keep the figures of this size measured so far and go on with the next size.
      log(`routing: ${n} nodes failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      figures.push(missing(`route.${n}.error`, '', `failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return figures;
}

async function benchSize(options: BenchOptions, n: number, figures: Figure[], log: Log): Promise<void> {
  log(`routing: generating and loading ${n.toLocaleString('en-US')} nodes`);
  const file = careerFile(n);
  const model = modelOf(file);
  const floor = floorGraph(model);
  const pairs = reachablePairs(floor, Math.max(options.pairs, options.heavyPairs));
  const query = queryOf(model, floor);
  const [p0] = pairs;
  if (p0 !== undefined) figures.push(firstQuery(n, model, () => query(p0, { by: 'months' })));
  if (options.routeSizes.includes(n)) figures.push(...(await routeFigures(options, n, model, floor, pairs.slice(0, options.pairs), log)));
  if (options.routeSizes.includes(n) && n <= VIA_MAX_NODES) figures.push(...viaFigures(n, floor, pairs.slice(0, options.heavyPairs), query, log));
  if (!options.planSizes.includes(n)) return;
  figures.push(...heavyFigures(`route.k5.${n}`, pairs.slice(0, options.heavyPairs), (pair) => query(pair, { by: 'months', alternatives: 5 }), log));
  log(`routing: plans on ${n.toLocaleString('en-US')} nodes with requirement groups`);
  const planModel = modelOf(withRequirements(file));
  const planFloor = floorGraph(planModel);
  const targets = planModel.nodes.flatMap((node, i) => ((node.requires?.length ?? 0) > 0 ? [i] : []));
  const planPairs = reachablePairs(planFloor, options.heavyPairs, targets);
  const planQuery = queryOf(planModel, planFloor);
  // The warm-up pass (which also builds this model's progress graph) counts what the plans hold.
  let added = 0;
  let failed = 0;
  for (const pair of planPairs) {
    const result = planQuery(pair, { by: 'months' });
    if (!result.ok) failed++;
    else if (result.route.steps.some((s) => s.role === 'requirement')) added++;
  }
  const note = `${added} of ${planPairs.length} plans added requirement steps${failed > 0 ? `, ${failed} failed` : ''}`;
  figures.push(...summaryFigures(`plan.${n}`, planPairs.map((pair) => timeMs(() => planQuery(pair, { by: 'months' }))), note));
}

type Query = (pair: Pair, route: RouteOptions) => ReturnType<typeof findRoute>;

/** Via queries are measured up to this size (10,000 nodes: the size issue 17 asks about). */
const VIA_MAX_NODES = 10_000;

/**
 * Routes through one and two via nodes, against the same pairs without via (the baseline). The via
 * nodes are drawn at random (seeded) among the nodes the start reaches and that reach the
 * destination, so most are off the lightest path: the legs may use up each other's nodes, which is
 * where the search backtracks. The note counts routes found and proven "no route" answers.
 */
function viaFigures(n: number, floor: FloorGraph, pairs: readonly Pair[], query: Query, log: Log): Figure[] {
  const bfs = floorBfs(floor);
  const random = mulberry32(17);
  const between = (s: number, t: number): number | null => {
    for (let tries = 0; tries < 500; tries++) {
      const v = Math.floor(random() * floor.ids.length);
      if (v !== s && v !== t && bfs(s, v) > 0 && bfs(v, t) > 0) return v;
    }
    return null;
  };
  const cases = pairs.flatMap(([s, t]) => {
    const a = between(s, t);
    const b = a === null ? null : between(a, t);
    return a === null || b === null ? [] : [{ pair: [s, t] as Pair, two: [a, b] }];
  });
  log(`routing: via queries on ${cases.length} pairs of ${n.toLocaleString('en-US')} nodes`);
  const ids = (vs: readonly number[]) => vs.map((v) => floor.ids[v] as string);
  const plain = heavyTimes(cases.map((c) => () => query(c.pair, { by: 'months' })));
  const base = { name: 'route.via0', value: median(plain.times) };
  const out: Figure[] = [figure(`route.via0.${n}.median`, base.value, 'ms', null, `the same ${cases.length} pairs without via`)];
  for (const [name, count] of [['via1', 1], ['via2', 2]] as const) {
    const run = heavyTimes(cases.map((c) => () => query(c.pair, { by: 'months', via: ids(c.two.slice(0, count)) })));
    const note = `${run.found} of ${cases.length} routed, ${cases.length - run.found} proven "no route"`;
    out.push(figure(`route.${name}.${n}.median`, median(run.times), 'ms', base, note));
    out.push(figure(`route.${name}.${n}.p95`, percentile(run.times, 95), 'ms'));
    out.push(figure(`route.${name}.${n}.max`, Math.max(...run.times), 'ms'));
  }
  return out;
}

/** A warm-up pass, then one timed pass; counts the queries that found a route. */
function heavyTimes(runs: readonly (() => ReturnType<typeof findRoute>)[]): { times: number[]; found: number } {
  let found = 0;
  for (const run of runs) if (run().ok) found++;
  return { times: runs.map((run) => timeMs(run)), found };
}

/**
 * The first findRoute on a fresh model, in its parts: the progress steps (typed arrays of the
 * merged data edges), their compressed sparse rows, and the query itself. That is all a first route
 * builds: graphology's graphs (the model's and the progress graph's) wait until something reads
 * them, which a route does not (tests/core/routing/progress-csr.test.ts).
 */
function firstQuery(n: number, model: PathwiseGraph, run: () => unknown): Figure {
  const steps = timeMs(() => progressGraph(model));
  const arrays = timeMs(() => progressCsr(progressGraph(model)));
  const first = timeMs(run);
  const ms = (t: number) => `${Math.round(t)} ms`;
  const note = `progress steps ${ms(steps)}, typed arrays ${ms(arrays)}, the query ${ms(first)}`;
  return figure(`route.first.${n}`, steps + arrays + first, 'ms', null, note);
}

function queryOf(model: PathwiseGraph, floor: FloorGraph): Query {
  return ([s, t], route) => findRoute(model, floor.ids[s] as string, floor.ids[t] as string, route);
}

async function routeFigures(options: BenchOptions, n: number, model: PathwiseGraph, floor: FloorGraph, pairs: readonly Pair[], log: Log): Promise<Figure[]> {
  log(`routing: ${pairs.length} route queries × ${options.passes} passes on ${n.toLocaleString('en-US')} nodes`);
  const bfs = floorBfs(floor);
  const query = queryOf(model, floor);
  const methods = {
    floor: (pair: Pair) => bfs(pair[0], pair[1]),
    steps: (pair: Pair) => query(pair, { by: 'steps' }),
    months: (pair: Pair) => query(pair, { by: 'months' }),
  };
  // Warm-up pass, which also checks that fewest steps agrees with the BFS.
  let disagree = 0;
  const monthsWeight: number[] = [];
  for (const pair of pairs) {
    const hops = methods.floor(pair);
    const steps = methods.steps(pair);
    const months = methods.months(pair);
    if (!steps.ok || steps.route.totals.steps !== hops) disagree++;
    monthsWeight.push(months.ok ? months.route.weight : NaN);
  }
  const names = Object.keys(methods) as (keyof typeof methods)[];
  const passes: Record<keyof typeof methods, number[][]> = { floor: [], steps: [], months: [] };
  for (let p = 0; p < options.passes; p++) {
    // Rotate the order each pass so a burst of load on the shared machine does not hit one method only.
    for (let m = 0; m < names.length; m++) {
      const name = names[(m + p) % names.length] as keyof typeof methods;
      const run = methods[name];
      passes[name].push(pairs.map((pair) => timeMs(() => run(pair))));
    }
  }
  const floorSummary = summarisePasses(passes.floor);
  const floorMedian = { name: 'csr-bfs', value: floorSummary.median };
  const floorP95 = { name: 'csr-bfs', value: floorSummary.p95 };
  const check = disagree === 0 ? undefined : `${disagree} pairs where fewest steps ≠ BFS hops`;
  const figures: Figure[] = [];
  for (const by of ['steps', 'months'] as const) {
    const summary = summarisePasses(passes[by]);
    figures.push(figure(`route.${by}.${n}.median`, summary.median, 'ms', floorMedian, by === 'steps' ? check : undefined));
    figures.push(figure(`route.${by}.${n}.p95`, summary.p95, 'ms', floorP95));
  }
  figures.push(...(await cytoscapeFigures(options, n, model, floor, pairs, passes.months, monthsWeight, log)));
  return figures;
}

/** findRoute by months against cytoscape.js's Dijkstra on the same pairs (as many as its time budget allowed). */
async function cytoscapeFigures(
  options: BenchOptions,
  n: number,
  model: PathwiseGraph,
  floor: FloorGraph,
  pairs: readonly Pair[],
  monthsPasses: readonly (readonly number[])[],
  monthsWeight: readonly number[],
  log: Log,
): Promise<Figure[]> {
  const name = `route.months.${n}.median.vs-cytoscape`;
  if (n > options.cytoscapeMaxNodes) {
    return [missing(name, 'ms', `cytoscape.js not built above ${options.cytoscapeMaxNodes.toLocaleString('en-US')} nodes (about 50 s to build 100,000 in research/perf); --cytoscape-max ${n}`)];
  }
  log(`routing: cytoscape.js Dijkstra on ${n.toLocaleString('en-US')} nodes (own process, ${options.cytoscapeBudgetS} s budget)`);
  const input: CytoscapeInput = { nodes: floor.ids.length, edges: monthsEdges(model, floor), pairs, budgetMs: options.cytoscapeBudgetS * 1000 };
  const result = await runChild<CytoscapeOutput>(join(import.meta.dirname, 'cytoscape-child.ts'), input, options.cytoscapeBudgetS * 1000 + 180_000);
  if (!result.ok) return [missing(name, 'ms', `cytoscape.js: ${result.reason}`)];
  const { times, distances, buildMs } = result.value;
  const timed = times.length;
  // findRoute's time per pair: the median over passes, for the same pairs cytoscape timed.
  const ours = median(Array.from({ length: timed }, (_, i) => median(monthsPasses.map((pass) => pass[i] ?? NaN))));
  const wrong = distances.filter((d, i) => Math.abs(d - (monthsWeight[i] ?? NaN)) > 1e-6 * Math.max(1, d) || Number.isNaN(monthsWeight[i])).length;
  const note = `${timed} of ${pairs.length} pairs; cytoscape build ${Math.round(buildMs)} ms${wrong > 0 ? `; ${wrong} distances differ from findRoute` : '; same distances'}`;
  return [
    figure(name, ours, 'ms', { name: 'cytoscape-dijkstra', value: median(times) }, note),
    figure(`peer.cytoscape.${n}.p95`, percentile(times, 95), 'ms', null, `${timed} pairs`),
  ];
}

/** Each progress step with the search weight findRoute uses by months, computed here from the data alone. */
function monthsEdges(model: PathwiseGraph, floor: FloorGraph): [number, number, number][] {
  const steps: { from: number; to: number; months: number | null }[] = [];
  for (const edge of model.edges) {
    const [a, b] = edge.kind === 'requires' ? [edge.target, edge.source] : [edge.source, edge.target];
    const from = floor.index.get(a);
    const to = floor.index.get(b);
    if (from === undefined || to === undefined || from === to) continue;
    const node = model.byId.get(b);
    steps.push({ from, to, months: edge.months ?? (node?.kind === 'experience' ? (node.months ?? null) : null) });
  }
  const unknown = Math.max(0, ...steps.map((s) => s.months ?? 0));
  const best = new Map<string, [number, number, number]>();
  for (const s of steps) {
    const w = (s.months ?? unknown) + 1e-6;
    const key = `${s.from}>${s.to}`;
    const seen = best.get(key);
    if (seen === undefined || w < seen[2]) best.set(key, [s.from, s.to, w]);
  }
  return [...best.values()];
}

/**
 * One timed pass of a slow query kind after a warm-up pass over the same pairs (with fewer, the
 * JIT was still compiling during the timed pass and the max measured that): median, p95 and max.
 */
function heavyFigures(name: string, pairs: readonly Pair[], run: (pair: Pair) => unknown, log: Log, note?: string): Figure[] {
  log(`routing: ${name} on ${pairs.length} pairs`);
  for (const pair of pairs) run(pair);
  return summaryFigures(name, pairs.map((pair) => timeMs(() => run(pair))), note);
}

function summaryFigures(name: string, times: readonly number[], note?: string): Figure[] {
  return [
    figure(`${name}.median`, median(times), 'ms', null, note),
    figure(`${name}.p95`, percentile(times, 95), 'ms'),
    figure(`${name}.max`, Math.max(...times), 'ms'),
  ];
}
