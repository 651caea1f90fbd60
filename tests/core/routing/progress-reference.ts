import type { PathwiseGraph } from '../../../src/core/graph/build-graph';
import type { GraphEdge, GraphNode } from '../../../src/core/schema/graph-schema';
import { progressDirection } from '../../../src/core/schema/edge-rules';
import { STEP_TIE_BREAK, type StepTable } from '../../../src/core/routing/progress-graph';

/*
 * The progress steps and their rows as built before they were made in one pass (kept as the
 * reference the one-pass build is checked against): data edges merged per pair with a separate
 * search for each edge's first parallel edge, then the rows by a second counting sort.
 */

export function referenceTable(model: PathwiseGraph): Omit<StepTable, 'rows'> {
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

  // Then one step per ordered pair, merging parallel data edges as they come (file order).
  const firstOfPair = firstEdgeOfPair(from, to, ids.length);
  const stepOfEdge = new Int32Array(m).fill(-1);
  // At most one step per data edge: filled up to `count`, then cut to length.
  const stepFrom = new Int32Array(m);
  const stepTo = new Int32Array(m);
  const bestSteps = new Int32Array(m);
  const bestMonths = new Int32Array(m);
  const bestCost = new Int32Array(m);
  const weightMonths = (e: number) => weightOf(months[e] as number, unknown.months);
  const weightCost = (e: number) => weightOf(cost[e] as number, unknown.cost);
  const implied = (e: number) => e >= model.writtenEdges;
  // The better of two parallel data edges under a metric; ties go to a written edge, then to the first.
  const better = (a: number, b: number, weigh: ((e: number) => number) | null) => {
    if (weigh !== null && weigh(b) !== weigh(a)) return weigh(b) < weigh(a) ? b : a;
    // Under `steps` every edge weighs 1: fewer months decide.
    if (weigh === null && weightMonths(b) !== weightMonths(a)) return weightMonths(b) < weightMonths(a) ? b : a;
    return implied(a) && !implied(b) ? b : a;
  };
  let count = 0;
  for (let e = 0; e < m; e++) {
    if ((from[e] as number) < 0) continue;
    const first = firstOfPair[e] as number;
    if (first < 0) {
      stepOfEdge[e] = count;
      stepFrom[count] = from[e] as number;
      stepTo[count] = to[e] as number;
      bestSteps[count] = e;
      bestMonths[count] = e;
      bestCost[count] = e;
      count += 1;
      continue;
    }
    const s = stepOfEdge[first] as number;
    stepOfEdge[e] = s;
    bestSteps[s] = better(bestSteps[s] as number, e, null);
    bestMonths[s] = better(bestMonths[s] as number, e, weightMonths);
    bestCost[s] = better(bestCost[s] as number, e, weightCost);
  }
  const best = { steps: bestSteps.slice(0, count), months: bestMonths.slice(0, count), cost: bestCost.slice(0, count) };
  const weight = { steps: new Float64Array(count).fill(1), months: new Float64Array(count), cost: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    weight.months[i] = weightMonths(best.months[i] as number);
    weight.cost[i] = weightCost(best.cost[i] as number);
  }
  const table: Omit<StepTable, 'rows'> = { ids, index, from: stepFrom.slice(0, count), to: stepTo.slice(0, count), best, weight };

  return table;
}

/** A value plus the tie-break, or the assumed `unknown` one when the value is unknown (NaN). */
function weightOf(value: number, unknown: number): number {
  return (Number.isNaN(value) ? unknown : value) + STEP_TIE_BREAK;
}

/**
 * For each edge `e` (with `from[e] >= 0`), the first earlier edge with the same ends, or -1.
 * Edges are grouped by their start with a counting sort and compared within the group, so no
 * key is made per edge.
 */
function firstEdgeOfPair(from: Int32Array, to: Int32Array, n: number): Int32Array {
  const m = from.length;
  const first = new Int32Array(m).fill(-1);
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const v = from[e] as number;
    if (v >= 0) start[v + 1] = (start[v + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const order = new Int32Array(start[n] as number);
  for (let e = 0; e < m; e++) {
    const v = from[e] as number;
    if (v < 0) continue;
    order[fill[v] as number] = e;
    fill[v] = (fill[v] as number) + 1;
  }
  for (let v = 0; v < n; v++) {
    const a = start[v] as number;
    const b = start[v + 1] as number;
    if (b - a > 16) {
      const seen = new Map<number, number>();
      for (let i = a; i < b; i++) {
        const e = order[i] as number;
        const d = seen.get(to[e] as number);
        if (d === undefined) seen.set(to[e] as number, e);
        else first[e] = d;
      }
      continue;
    }
    // Within a group edges are in order, so the first match is the earliest such edge.
    for (let i = a + 1; i < b; i++) {
      const e = order[i] as number;
      for (let j = a; j < i; j++) {
        const d = order[j] as number;
        if (to[d] === to[e]) {
          first[e] = d;
          break;
        }
      }
    }
  }
  return first;
}

/** The compressed sparse rows of a step table, as `progressCsr` built them in two more passes. */
export function referenceCsr(table: Omit<StepTable, 'rows'>) {
  const { ids, from, to, weight: stepWeight } = table;
  const n = ids.length;
  const m = from.length;

  // Rows by a counting sort on the source; within a row, steps keep their order in `pg.steps`
  // (which is also graphology's neighbour order), so searches visit neighbours as before.
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const v = from[i] as number;
    const w = to[i] as number;
    outStart[v + 1] = (outStart[v + 1] as number) + 1;
    inStart[w + 1] = (inStart[w + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
    inStart[v + 1] = (inStart[v + 1] as number) + (inStart[v] as number);
  }

  const outTarget = new Int32Array(m);
  const edgeFrom = new Int32Array(m);
  const stepOf = new Int32Array(m);
  const slotOf = new Int32Array(m);
  const weight = { steps: new Float64Array(m), months: new Float64Array(m), cost: new Float64Array(m) };
  const outFill = outStart.slice(0, n);
  for (let i = 0; i < m; i++) {
    const v = from[i] as number;
    const e = outFill[v] as number;
    outFill[v] = e + 1;
    slotOf[i] = e;
    stepOf[e] = i;
    edgeFrom[e] = v;
    outTarget[e] = to[i] as number;
    weight.steps[e] = stepWeight.steps[i] as number;
    weight.months[e] = stepWeight.months[i] as number;
    weight.cost[e] = stepWeight.cost[i] as number;
  }

  const inFill = inStart.slice(0, n);
  const inSource = new Int32Array(m);
  const inEdge = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const w = to[i] as number;
    const at = inFill[w] as number;
    inFill[w] = at + 1;
    inSource[at] = from[i] as number;
    inEdge[at] = slotOf[i] as number;
  }
  return { outStart, outTarget, edgeFrom, stepOf, inStart, inSource, inEdge, weight };
}
