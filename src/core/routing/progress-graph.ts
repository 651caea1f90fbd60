import { DirectedGraph } from 'graphology';
import type { PathwiseGraph } from '../graph/build-graph';
import { edgeKey } from '../graph/edge-key';
import type { GraphEdge, GraphNode, Money } from '../schema/graph-schema';
import { progressDirection } from '../schema/edge-rules';
import type { CostSource, MonthsSource, RouteMetric } from './route-types';

/**
 * Added to the weight of every step under `months` and `cost`, so that among routes of equal total
 * the one with fewer steps wins (a step with no months is not free). It only changes the choice
 * between routes whose totals differ by less than 1e-6 per step.
 */
export const STEP_TIE_BREAK = 1e-6;

/** What a step is worth in each unit, as far as the data says (null: unknown). */
export interface StepValues {
  readonly months: number | null;
  readonly monthsFrom: MonthsSource | null;
  readonly cost: Money | null;
  readonly costFrom: CostSource | null;
}

/** One data edge seen as a progress step `from → to`, with its values and search weights. */
export interface ProgressChoice extends StepValues {
  readonly key: string;
  readonly data: GraphEdge;
  readonly implied: boolean;
  readonly from: string;
  readonly to: string;
  readonly weight: Readonly<Record<RouteMetric, number>>;
}

/**
 * Attributes of an edge of the progress graph: the best data edge per metric. `best` is never null
 * in a graph `progressGraph` built (the search once added virtual start edges with `best: null`;
 * it no longer modifies the graph), but stays nullable for code written against that.
 */
export interface ProgressEdgeAttributes {
  readonly from: string;
  readonly to: string;
  readonly best: Readonly<Record<RouteMetric, ProgressChoice>> | null;
}

/**
 * The progress steps as numbers: step `i` goes from node `from[i]` to node `to[i]` (indexes in
 * `ids`, the model's node order) and its best data edge under each metric is `model.edges[best[metric][i]]`,
 * weighing `weight[metric][i]`. Steps are in the order their first data edge comes in `model.edges`.
 */
export interface StepTable {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly best: Readonly<Record<RouteMetric, Int32Array>>;
  readonly weight: Readonly<Record<RouteMetric, Float64Array>>;
  /** The same steps as compressed sparse rows (see `progressCsr`), made in the same pass. */
  readonly rows: StepRows;
}

/**
 * The out-rows of the steps: node `v`'s steps are slots `outStart[v] … outStart[v + 1] - 1`, in
 * step order, slot `k` going `edgeFrom[k] → outTarget[k]`, being step `stepOf[k]` of the table
 * and weighing `weight[metric][k]`.
 */
export interface StepRows {
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly stepOf: Int32Array;
  readonly weight: Readonly<Record<RouteMetric, Float64Array>>;
}

/** The graph routes are searched on, built once per model (see `progressGraph`). */
export interface ProgressGraph {
  readonly model: PathwiseGraph;
  /** What searches read (through `progressCsr`): the steps as typed arrays, built with the graph. */
  readonly table: StepTable;
  /**
   * Step `i` of `table` as an object naming its best data edge per metric, made on first request
   * and kept: a route reads only the steps it takes.
   */
  step(i: number): ProgressEdgeAttributes;
  /**
   * Every progress step once (parallel data edges merged), in the order first seen (`step(i)` for
   * every `i`). Made on first access: searches and plans do not need it.
   */
  readonly steps: readonly ProgressEdgeAttributes[];
  /**
   * One edge per ordered pair `from → to` in progress direction; the key is `from->to`. Built from
   * `steps` on first access: searches do not need it (they run on `progressCsr`).
   */
  readonly graph: DirectedGraph<Record<string, never>, ProgressEdgeAttributes>;
  /**
   * The weight assumed for a value the data does not give: the largest known value of that metric
   * (0 when none is known). Pessimistic on purpose, see `progressGraph`.
   */
  readonly unknown: Readonly<Record<RouteMetric, number>>;
}

const cache = new WeakMap<PathwiseGraph, ProgressGraph>();

/**
 * The progress graph of a model, built on first use and cached per model (a WeakMap, so it goes
 * with the model). Every data edge becomes a step in the direction people progress
 * (`progressDirection`: `requires` is walked skill → role); parallel steps between the same two
 * nodes are merged into one edge that remembers, per metric, the best data edge.
 *
 * Values a step takes: its months are the edge's `months`, else the `months` of the experience node
 * it reaches; its cost is the edge's `cost`, else the exam fee of the certification it reaches.
 * Anything else is unknown. Unknown values count as 0 in totals (which say how many steps were
 * unknown), but the search assumes the largest known value of the map: an undocumented step is
 * never cheaper than a documented one, so a route does not "save" a year by hopping across
 * undocumented teaches/requires edges (associate certification → skill → architect role) instead
 * of the documented path through the expert certification. Each step also weighs `STEP_TIE_BREAK` more.
 *
 * Treat the result as read-only: it is shared by every query on the model.
 *
 * @example
 * // The data edge { source: 'role-x', target: 'skill-y', kind: 'requires' } is walked skill → role:
 * const pg = progressGraph(model);
 * pg.graph.hasEdge('skill-y->role-x') // true
 * pg.graph.getEdgeAttributes('skill-y->role-x').best?.months.key // "role-x->skill-y:requires"
 */
export function progressGraph(model: PathwiseGraph): ProgressGraph {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const built = buildProgressGraph(model);
  cache.set(model, built);
  return built;
}

function buildProgressGraph(model: PathwiseGraph): ProgressGraph {
  // Everything per data edge goes into typed arrays: objects and string keys per edge made this
  // build most of a first route's time (about 150 ms of CPU at 10,000 nodes, 2.4 s at 100,000).
  const ids = model.nodes.map((node) => node.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const edges = model.edges;
  const m = edges.length;
  const from = new Int32Array(m).fill(-1);
  const to = new Int32Array(m).fill(-1);
  const months = new Float64Array(m).fill(NaN);
  const cost = new Float64Array(m).fill(NaN);
  // First the largest known values (an unknown one is assumed that large), by a loop: spreading
  // hundreds of thousands of values into Math.max overflows the stack (it did at 100,000 nodes).
  let maxMonths = 0;
  let maxCost = 0;
  for (let e = 0; e < m; e++) {
    const data = edges[e] as GraphEdge;
    const forward = progressDirection(data.kind) === 'forward';
    const v = index.get(forward ? data.source : data.target);
    const w = index.get(forward ? data.target : data.source);
    if (v === undefined || w === undefined || v === w) continue;
    from[e] = v;
    to[e] = w;
    const target = model.nodes[w] as GraphNode;
    const mo = data.months ?? (target.kind === 'experience' ? target.months : undefined);
    const co = data.cost?.amount ?? (target.kind === 'certification' ? target.fee?.amount : undefined);
    if (mo !== undefined) {
      months[e] = mo;
      if (mo > maxMonths) maxMonths = mo;
    }
    if (co !== undefined) {
      cost[e] = co;
      if (co > maxCost) maxCost = co;
    }
  }
  const unknown = { steps: 1, months: maxMonths, cost: maxCost };

  // Then one step per ordered pair, merging parallel data edges as they come (file order). Data
  // edges are grouped by their start (a stable counting sort), so a row's steps come out in the
  // order of the compressed sparse rows searches read: slot `k` of the rows is made here, and the
  // step number (order of first data edge in the file) is given after.
  const n = ids.length;
  const outStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const v = from[e] as number;
    if (v >= 0) outStart[v + 1] = (outStart[v + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
  const fill = outStart.slice(0, n);
  const byStart = new Int32Array(outStart[n] as number);
  for (let e = 0; e < m; e++) {
    const v = from[e] as number;
    if (v < 0) continue;
    byStart[fill[v] as number] = e;
    fill[v] = (fill[v] as number) + 1;
  }
  const implied = (e: number) => e >= model.writtenEdges;
  const weightMonths = (e: number) => weightOf(months[e] as number, unknown.months);
  const weightCost = (e: number) => weightOf(cost[e] as number, unknown.cost);
  // The better of two parallel data edges under a metric; ties go to a written edge, then to the first.
  const better = (a: number, b: number, weigh: ((e: number) => number) | null) => {
    if (weigh !== null && weigh(b) !== weigh(a)) return weigh(b) < weigh(a) ? b : a;
    // Under `steps` every edge weighs 1: fewer months decide.
    if (weigh === null && weightMonths(b) !== weightMonths(a)) return weightMonths(b) < weightMonths(a) ? b : a;
    return implied(a) && !implied(b) ? b : a;
  };
  // At most one slot per data edge: filled up to `slots`, then cut to length.
  const firstEdge = new Int32Array(byStart.length);
  const slotTarget = new Int32Array(byStart.length);
  const bestSteps = new Int32Array(byStart.length);
  const bestMonths = new Int32Array(byStart.length);
  const bestCost = new Int32Array(byStart.length);
  // The slot of the pair (row, w) while row `row` is read: `slotOf[w]`, valid when `rowOf[w] === row + 1`.
  const rowOf = new Int32Array(n);
  const slotOf = new Int32Array(n);
  let slots = 0;
  for (let v = 0; v < n; v++) {
    const rowFirst = slots;
    for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
      const e = byStart[i] as number;
      const w = to[e] as number;
      if (rowOf[w] !== v + 1) {
        rowOf[w] = v + 1;
        slotOf[w] = slots;
        firstEdge[slots] = e;
        slotTarget[slots] = w;
        bestSteps[slots] = e;
        bestMonths[slots] = e;
        bestCost[slots] = e;
        slots += 1;
        continue;
      }
      const k = slotOf[w] as number;
      bestSteps[k] = better(bestSteps[k] as number, e, null);
      bestMonths[k] = better(bestMonths[k] as number, e, weightMonths);
      bestCost[k] = better(bestCost[k] as number, e, weightCost);
    }
    // Row v now holds its slots; `outStart` turns from data-edge counts into slot counts below.
    outStart[v] = rowFirst;
  }
  outStart[n] = slots;

  // Steps are numbered by their first data edge in the file, as `pg.steps` lists them.
  const slotOfEdge = new Int32Array(m).fill(-1);
  for (let k = 0; k < slots; k++) slotOfEdge[firstEdge[k] as number] = k;
  const count = slots;
  const stepOf = new Int32Array(count);
  const slotOfStep = new Int32Array(count);
  for (let e = 0, i = 0; e < m; e++) {
    const k = slotOfEdge[e] as number;
    if (k < 0) continue;
    stepOf[k] = i;
    slotOfStep[i] = k;
    i += 1;
  }
  const edgeFrom = new Int32Array(count);
  for (let v = 0; v < n; v++) edgeFrom.fill(v, outStart[v], outStart[v + 1]);
  const slotWeight = { steps: new Float64Array(count).fill(1), months: new Float64Array(count), cost: new Float64Array(count) };
  for (let k = 0; k < count; k++) {
    slotWeight.months[k] = weightMonths(bestMonths[k] as number);
    slotWeight.cost[k] = weightCost(bestCost[k] as number);
  }
  const byStep = (slotValues: Int32Array) => {
    const out = new Int32Array(count);
    for (let i = 0; i < count; i++) out[i] = slotValues[slotOfStep[i] as number] as number;
    return out;
  };
  const best = { steps: byStep(bestSteps), months: byStep(bestMonths), cost: byStep(bestCost) };
  const weight = { steps: new Float64Array(count).fill(1), months: new Float64Array(count), cost: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    weight.months[i] = slotWeight.months[slotOfStep[i] as number] as number;
    weight.cost[i] = slotWeight.cost[slotOfStep[i] as number] as number;
  }
  const rows: StepRows = { outStart, outTarget: slotTarget.slice(0, count), edgeFrom, stepOf, weight: slotWeight };
  const table: StepTable = { ids, index, from: byStep(edgeFrom), to: byStep(rows.outTarget), best, weight, rows };

  const choices = new Map<number, ProgressChoice>();
  const choice = (e: number): ProgressChoice => {
    let made = choices.get(e);
    if (made === undefined) {
      const data = edges[e] as GraphEdge;
      const values = edgeValues(data, model.nodes[to[e] as number] as GraphNode);
      made = { key: edgeKey(data), data, implied: implied(e), from: ids[from[e] as number] as string, to: ids[to[e] as number] as string, ...values, weight: choiceWeights(values, unknown) };
      choices.set(e, made);
    }
    return made;
  };
  const made: ProgressEdgeAttributes[] = [];
  const step = (i: number): ProgressEdgeAttributes => {
    let attributes = made[i];
    if (attributes === undefined) {
      attributes = {
        from: ids[table.from[i] as number] as string,
        to: ids[table.to[i] as number] as string,
        best: { steps: choice(best.steps[i] as number), months: choice(best.months[i] as number), cost: choice(best.cost[i] as number) },
      };
      made[i] = attributes;
    }
    return attributes;
  };
  let steps: ProgressEdgeAttributes[] | undefined;
  let graph: DirectedGraph<Record<string, never>, ProgressEdgeAttributes> | undefined;
  return {
    model,
    table,
    step,
    unknown,
    get steps() {
      steps ??= Array.from({ length: count }, (_, i) => step(i));
      return steps;
    },
    // graphology's graph costs more to build than everything else here (an object per edge, keyed
    // adjacency), and only lookups by key need it, so it waits until something asks.
    get graph() {
      graph ??= graphOf(model, this.steps);
      return graph;
    },
  };
}

/** A value plus the tie-break, or the assumed `unknown` one when the value is unknown (NaN). */
function weightOf(value: number, unknown: number): number {
  return (Number.isNaN(value) ? unknown : value) + STEP_TIE_BREAK;
}

function graphOf(model: PathwiseGraph, steps: readonly ProgressEdgeAttributes[]): DirectedGraph<Record<string, never>, ProgressEdgeAttributes> {
  const graph = new DirectedGraph<Record<string, never>, ProgressEdgeAttributes>({ allowSelfLoops: false });
  for (const node of model.nodes) graph.addNode(node.id);
  for (const step of steps) graph.addDirectedEdgeWithKey(pairKey(step.from, step.to), step.from, step.to, step);
  return graph;
}

/**
 * Key of the progress edge `from → to`.
 * @example pairKey('skill-y', 'role-x') // "skill-y->role-x"
 */
export function pairKey(from: string, to: string): string {
  return `${from}->${to}`;
}

/** Months and cost of stepping along `edge` into `target`, with where each came from. */
function edgeValues(edge: GraphEdge, target: GraphNode): StepValues {
  const node = nodeValues(target);
  const months = edge.months ?? node.months;
  const cost = edge.cost ?? node.cost;
  return {
    months,
    monthsFrom: edge.months !== undefined ? 'edge' : node.monthsFrom,
    cost,
    costFrom: edge.cost !== undefined ? 'edge' : node.costFrom,
  };
}

/**
 * What obtaining a node costs by itself, without an edge: an experience node's months, a
 * certification's exam fee. Used for requirements no edge reaches.
 * @example nodeValues(model.byId.get('ms-102')!).cost // { amount: 165, currency: 'USD' }, costFrom 'fee'
 */
export function nodeValues(node: GraphNode): StepValues {
  const months = node.kind === 'experience' ? (node.months ?? null) : null;
  const fee = node.kind === 'certification' ? node.fee : undefined;
  return {
    months,
    monthsFrom: months === null ? null : 'experience',
    cost: fee === undefined ? null : { amount: fee.amount, currency: fee.currency },
    costFrom: fee === undefined ? null : 'fee',
  };
}

/**
 * The search weight of a step with these values under `metric`: 1 per step for `steps`; else the
 * value (or the assumed `unknown` one) plus `STEP_TIE_BREAK`.
 * @example stepWeight({ months: 3, monthsFrom: 'edge', cost: null, costFrom: null }, 'months', pg.unknown) // 3.000001
 */
export function stepWeight(values: StepValues, metric: RouteMetric, unknown: Readonly<Record<RouteMetric, number>>): number {
  switch (metric) {
    case 'steps':
      return 1;
    case 'months':
      return (values.months ?? unknown.months) + STEP_TIE_BREAK;
    case 'cost':
      // Amounts of different currencies are added as they are: no rates are stored to convert them.
      return (values.cost?.amount ?? unknown.cost) + STEP_TIE_BREAK;
  }
}

function choiceWeights(values: StepValues, unknown: Readonly<Record<RouteMetric, number>>): Record<RouteMetric, number> {
  return {
    steps: stepWeight(values, 'steps', unknown),
    months: stepWeight(values, 'months', unknown),
    cost: stepWeight(values, 'cost', unknown),
  };
}
