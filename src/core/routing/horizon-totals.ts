import type { HorizonFigures } from './horizon-figures';
import type { StepValues } from './progress-graph';

/**
 * A plan's totals for every node of a search tree, in typed arrays, counted as `buildRoute` counts
 * a route's: the start is not a step, unknown months or costs are counted apart, never as zero.
 * Costs are kept per currency, with a mark for the currencies a plan met, so a node's cost record
 * is made once, for the result. Why typed arrays: a horizon extends thousands of plans by one step
 * each, and this keeps that step free of allocation.
 */
export class HorizonTotals {
  readonly months: Float64Array;
  readonly unknownMonths: Int32Array;
  readonly unknownCost: Int32Array;
  readonly steps: Int32Array;
  readonly weight: Float64Array;
  private readonly names: string[];
  private readonly amounts: Float64Array[] = [];
  private readonly met: Uint8Array[] = [];
  private readonly seen: boolean[] = [];

  constructor(
    private readonly n: number,
    private readonly figures: HorizonFigures,
  ) {
    this.months = new Float64Array(n);
    this.unknownMonths = new Int32Array(n);
    this.unknownCost = new Int32Array(n);
    this.steps = new Int32Array(n);
    this.weight = new Float64Array(n);
    // The edges' currencies keep their indexes, so an edge's currency needs no lookup.
    this.names = [];
    for (const name of figures.currencies) this.currency(name);
  }

  /** `v`'s totals: `from`'s plus progress edge `e` (weighing `weight`). */
  extendByEdge(v: number, from: number, e: number, weight: number): void {
    const months = this.figures.months[e] as number;
    this.add(v, from, Number.isNaN(months) ? null : months, this.figures.currency[e] as number, this.figures.amount[e] as number, weight);
  }

  /** `v`'s totals: `from`'s (which may be `v` itself) plus a plan step with these values. */
  extend(v: number, from: number, values: StepValues, weight: number): void {
    const k = values.cost === null ? -1 : this.currency(values.cost.currency);
    this.add(v, from, values.months, k, values.cost?.amount ?? 0, weight);
  }

  /** `v`'s totals set to `from`'s. */
  copy(v: number, from: number): void {
    this.months[v] = this.months[from] as number;
    this.unknownMonths[v] = this.unknownMonths[from] as number;
    this.unknownCost[v] = this.unknownCost[from] as number;
    this.steps[v] = this.steps[from] as number;
    this.weight[v] = this.weight[from] as number;
    for (let k = 0; k < this.names.length; k++) {
      (this.amounts[k] as Float64Array)[v] = (this.amounts[k] as Float64Array)[from] as number;
      (this.met[k] as Uint8Array)[v] = (this.met[k] as Uint8Array)[from] as number;
    }
  }

  /** `v`'s totals set to nothing (a plan of its start alone). */
  reset(v: number): void {
    this.months[v] = 0;
    this.unknownMonths[v] = 0;
    this.unknownCost[v] = 0;
    this.steps[v] = 0;
    this.weight[v] = 0;
    for (let k = 0; k < this.names.length; k++) {
      (this.amounts[k] as Float64Array)[v] = 0;
      (this.met[k] as Uint8Array)[v] = 0;
    }
  }

  /** The cost of `v`'s plan per currency it met, never converted. */
  costOf(v: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (let k = 0; k < this.names.length; k++) if ((this.met[k] as Uint8Array)[v] === 1) out[this.names[k] as string] = (this.amounts[k] as Float64Array)[v] as number;
    return out;
  }

  /** Every currency some plan step met, sorted. */
  currencies(): string[] {
    return this.names.filter((_, k) => this.seen[k] === true).sort();
  }

  private add(v: number, from: number, months: number | null, paid: number, amount: number, weight: number): void {
    if (months === null) {
      this.months[v] = this.months[from] as number;
      this.unknownMonths[v] = (this.unknownMonths[from] as number) + 1;
    } else {
      this.months[v] = (this.months[from] as number) + months;
      this.unknownMonths[v] = this.unknownMonths[from] as number;
    }
    this.unknownCost[v] = (this.unknownCost[from] as number) + (paid < 0 ? 1 : 0);
    this.steps[v] = (this.steps[from] as number) + 1;
    this.weight[v] = (this.weight[from] as number) + weight;
    if (paid >= 0) this.seen[paid] = true;
    for (let k = 0; k < this.names.length; k++) {
      const amounts = this.amounts[k] as Float64Array;
      const met = this.met[k] as Uint8Array;
      amounts[v] = (amounts[from] as number) + (k === paid ? amount : 0);
      met[v] = k === paid ? 1 : (met[from] as number);
    }
  }

  private currency(name: string): number {
    const k = this.names.indexOf(name);
    if (k >= 0) return k;
    this.names.push(name);
    this.amounts.push(new Float64Array(this.n));
    this.met.push(new Uint8Array(this.n));
    return this.names.length - 1;
  }
}
