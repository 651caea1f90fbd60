import { DirectedGraph } from 'graphology';
import type { PathwiseGraph } from '../graph/build-graph';
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

/** The graph routes are searched on, built once per model (see `progressGraph`). */
export interface ProgressGraph {
  readonly model: PathwiseGraph;
  /**
   * Every progress step once (parallel data edges merged), in the order first seen: the list the
   * search's typed arrays (`progressCsr`) and `graph` are both made from.
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

/** A progress step while the graph is built: `best` is replaced as parallel data edges come. */
interface Step {
  readonly from: string;
  readonly to: string;
  best: Record<RouteMetric, ProgressChoice>;
}

function buildProgressGraph(model: PathwiseGraph): ProgressGraph {
  // First the largest known values (an unknown one is assumed that large), by a loop: spreading
  // hundreds of thousands of values into Math.max overflows the stack (it did at 100,000 nodes).
  let maxMonths = 0;
  let maxCost = 0;
  model.graph.forEachEdge((_key, attributes) => {
    const ends = progressEnds(model, attributes.data);
    if (ends === null) return;
    const node = nodeValues(ends.target);
    const months = attributes.data.months ?? node.months;
    const cost = attributes.data.cost?.amount ?? node.cost?.amount;
    if (months !== null && months > maxMonths) maxMonths = months;
    if (cost !== undefined && cost > maxCost) maxCost = cost;
  });
  const unknown = { steps: 1, months: maxMonths, cost: maxCost };

  // Then one choice per data edge, merged per ordered pair as they come.
  const steps: Step[] = [];
  const stepOf = new Map<string, Step>();
  model.graph.forEachEdge((key, attributes) => {
    const data = attributes.data;
    const ends = progressEnds(model, data);
    if (ends === null) return;
    const { from, to } = ends;
    const values = edgeValues(data, ends.target);
    const choice: ProgressChoice = { key, data, implied: attributes.implied, from, to, ...values, weight: choiceWeights(values, unknown) };
    const pair = pairKey(from, to);
    const existing = stepOf.get(pair);
    if (existing === undefined) {
      const step: Step = { from, to, best: { steps: choice, months: choice, cost: choice } };
      stepOf.set(pair, step);
      steps.push(step);
      return;
    }
    existing.best = {
      steps: better(existing.best.steps, choice, 'steps'),
      months: better(existing.best.months, choice, 'months'),
      cost: better(existing.best.cost, choice, 'cost'),
    };
  });

  let graph: DirectedGraph<Record<string, never>, ProgressEdgeAttributes> | undefined;
  return {
    model,
    steps,
    unknown,
    // graphology's graph costs more to build than everything else here (an object per edge, keyed
    // adjacency), and only lookups by key need it, so it waits until something asks.
    get graph() {
      graph ??= graphOf(model, steps);
      return graph;
    },
  };
}

/** A data edge's ends in progress direction, and the node it reaches; null for a loop or a dangling end. */
function progressEnds(model: PathwiseGraph, data: GraphEdge): { from: string; to: string; target: GraphNode } | null {
  const forward = progressDirection(data.kind) === 'forward';
  const from = forward ? data.source : data.target;
  const to = forward ? data.target : data.source;
  if (from === to) return null;
  const target = model.byId.get(to);
  return target === undefined ? null : { from, to, target };
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

/** The better of two parallel steps under `metric`; ties go to a written edge, then to the first. */
function better(a: ProgressChoice, b: ProgressChoice, metric: RouteMetric): ProgressChoice {
  if (b.weight[metric] !== a.weight[metric]) return b.weight[metric] < a.weight[metric] ? b : a;
  if (metric === 'steps' && b.weight.months !== a.weight.months) return b.weight.months < a.weight.months ? b : a;
  return a.implied && !b.implied ? b : a;
}
