import type { GraphNode } from '../schema/graph-schema';
import { progressCsr, type ProgressCsr } from './progress-csr';
import type { ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';

/**
 * What a horizon reads of every progress edge and node, as typed arrays indexed like the CSR:
 * the figures of each edge's best data edge under one metric, and which nodes declare requirements.
 * Why: a horizon sums figures over thousands of nodes while a slider moves; reading them from the
 * step objects costs a hash lookup and a pointer chase per node, these cost a load.
 */
export interface HorizonFigures {
  /** Months of edge `e`'s best data edge, NaN when unknown. */
  readonly months: Float64Array;
  /** Cost amount of edge `e`, and its currency as an index in `currencies` (-1: unknown cost). */
  readonly amount: Float64Array;
  readonly currency: Int32Array;
  readonly currencies: readonly string[];
  /** 1 where node `v` (a CSR index) declares requirement groups. */
  readonly requires: Uint8Array;
  /** Node `v` of the model (the CSR keeps the model's node order). */
  readonly nodes: readonly GraphNode[];
}

const cache = new WeakMap<ProgressCsr, Partial<Record<RouteMetric, HorizonFigures>>>();

/**
 * The figures of a progress graph under `metric`, built on first use and cached with its CSR.
 * @example
 * const figures = horizonFigures(progressGraph(model), 'months');
 * figures.months[e] // 3 for the edge az-104 → az-305 with `months: 3`
 */
export function horizonFigures(pg: ProgressGraph, metric: RouteMetric): HorizonFigures {
  const csr = progressCsr(pg);
  let byMetric = cache.get(csr);
  if (byMetric === undefined) {
    byMetric = {};
    cache.set(csr, byMetric);
  }
  const cached = byMetric[metric];
  if (cached !== undefined) return cached;
  const built = buildFigures(pg, csr, metric);
  byMetric[metric] = built;
  return built;
}

function buildFigures(pg: ProgressGraph, csr: ProgressCsr, metric: RouteMetric): HorizonFigures {
  const n = csr.ids.length;
  const m = csr.outTarget.length;
  const nodes = pg.model.nodes;
  const requires = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const node = nodes[v];
    if (node === undefined || node.id !== csr.ids[v]) throw new Error(`core/routing.horizonFigures: node ${String(v)} is not in the model's order`);
    if ((node.requires?.length ?? 0) > 0) requires[v] = 1;
  }
  const months = new Float64Array(m);
  const amount = new Float64Array(m);
  const currency = new Int32Array(m);
  const currencies: string[] = [];
  for (let e = 0; e < m; e++) {
    const best = pg.step(csr.stepOf[e] as number).best?.[metric];
    if (best === undefined) throw new Error(`core/routing.horizonFigures: no progress step for edge ${String(e)}`);
    months[e] = best.months ?? NaN;
    if (best.cost === null) {
      currency[e] = -1;
      continue;
    }
    let k = currencies.indexOf(best.cost.currency);
    if (k < 0) k = currencies.push(best.cost.currency) - 1;
    currency[e] = k;
    amount[e] = best.cost.amount;
  }
  return { months, amount, currency, currencies, requires, nodes };
}
