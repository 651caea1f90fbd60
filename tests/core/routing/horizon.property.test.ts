import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completePlan, findRoute, horizon, progressGraph, reachPath, reachSearch, startWalk, walkResult, walkStep, type GraphFile, type HorizonMetric, type PathwiseGraph } from '../../../src/core/index';
import { progressCsr } from '../../../src/core/routing/progress-csr';
import { loadGraphValue } from '../../../src/core/index';
import { generateCareerGraph } from '../../support/generate-career-graph';
import { withRequirements } from '../../../bench/graphs';
import { allRoutes } from './brute-force';
import { completePlan as completePlanBefore } from './complete-plan-reference';
import { edgeArb } from './edge-arbitrary';
import { fileFromTable, graphFromTable, type EdgeRow } from './route-fixture';

interface Case {
  readonly model: PathwiseGraph;
  readonly file: GraphFile;
  readonly starts: readonly string[];
  readonly by: HorizonMetric;
  readonly [fc.toStringMethod]: () => string;
}

const caseArb = (withRequirements: boolean): fc.Arbitrary<Case> =>
  fc.integer({ min: 2, max: 7 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const node = fc.nat(n - 1);
    return fc
      .record({
        edges: fc.array(edgeArb(node), { maxLength: 14 }),
        starts: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
        by: fc.constantFrom<HorizonMetric>('months', 'cost'),
        requires: fc.array(fc.array(fc.array(node, { minLength: 1, maxLength: 2 }), { maxLength: withRequirements ? 2 : 0 }), { minLength: n, maxLength: n }),
      })
      .map((raw): Case => {
        const seen = new Set<string>();
        const rows: EdgeRow[] = [];
        for (const e of raw.edges) {
          const key = `${e.s}>${e.t}>${e.kind}`;
          if (e.s === e.t || seen.has(key)) continue;
          seen.add(key);
          rows.push([`n${e.s}`, `n${e.t}`, e.kind, e.months, e.cost]);
        }
        // Node i may only require nodes before it, so requirements cannot loop (the loader rejects loops).
        const requires: Record<string, string[][]> = {};
        raw.requires.forEach((groups, i) => {
          const kept = groups.map((g) => g.filter((j) => j < i).map((j) => `n${j}`)).filter((g) => g.length > 0);
          if (kept.length > 0) requires[`n${i}`] = kept;
        });
        const file = fileFromTable(rows, { requires, isolated: ids }) as GraphFile;
        const model = graphFromTable(rows, { requires, isolated: ids });
        return { model, file, starts: raw.starts, by: raw.by, [fc.toStringMethod]: () => JSON.stringify({ rows, requires, starts: raw.starts, by: raw.by }) };
      });
  });

/** The largest known value of the metric on any step, as the brute force reads the file (unknowns are assumed that large). */
function largestKnown(file: GraphFile, by: HorizonMetric): number {
  const byId = new Map(file.nodes.map((node) => [node.id, node]));
  let max = 0;
  for (const edge of file.edges) {
    const to = byId.get(edge.kind === 'requires' ? edge.source : edge.target);
    const value = by === 'months' ? (edge.months ?? (to?.kind === 'experience' ? to.months : undefined)) : (edge.cost?.amount ?? (to?.kind === 'certification' ? to.fee?.amount : undefined));
    if (value !== undefined && value > max) max = value;
  }
  return max;
}

describe('horizon › properties on random small maps', () => {
  it('reaches exactly what some simple path reaches, each at the lightest path weight, with totals that make up that weight', () => {
    fc.assert(
      fc.property(caseArb(false), (c) => {
        const h = horizon(c.model, c.starts, { by: c.by });
        const unknown = largestKnown(c.file, c.by);
        for (const node of c.model.nodes) {
          if (c.starts.includes(node.id)) {
            expect(h.byId.has(node.id)).toBe(false);
            continue;
          }
          const best = allRoutes(c.file, c.by, c.starts, node.id, { held: c.starts })[0];
          const entry = h.byId.get(node.id);
          if (best === undefined) {
            expect(entry).toBeUndefined();
            continue;
          }
          expect(entry).toBeDefined();
          if (entry === undefined) continue;
          expect(entry.weight).toBeCloseTo(best.weight, 9);
          // The shown figures plus the assumed value of each unknown step are the weight searched on.
          const known = c.by === 'months' ? entry.months : Object.values(entry.cost).reduce((a, b) => a + b, 0);
          const unknowns = c.by === 'months' ? entry.unknownMonths : entry.unknownCost;
          expect(known + unknowns * unknown + entry.steps * 1e-6).toBeCloseTo(best.weight, 9);
          expect(entry.value).toBe(known);
          expect(entry.unknown).toBe(unknowns > 0);
          const plan = h.plan(node.id);
          expect(plan[0] !== undefined && c.starts.includes(plan[0])).toBe(true);
          expect(plan.at(-1)).toBe(node.id);
          expect(entry.steps).toBe(plan.length - 1);
        }
        // Sorted by the figure, known before unknown on ties.
        for (let i = 1; i < h.reached.length; i++) {
          const [a, b] = [h.reached[i - 1], h.reached[i]];
          if (a === undefined || b === undefined) continue;
          expect(a.value <= b.value).toBe(true);
          if (a.value === b.value) expect(Number(a.unknown) <= Number(b.unknown)).toBe(true);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });

  it('counts a node as reachable only by a complete plan, and the route planner reaches it too, with a plan no heavier', () => {
    fc.assert(
      fc.property(caseArb(true), (c) => {
        const h = horizon(c.model, c.starts, { by: c.by });
        const pg = progressGraph(c.model);
        const csr = progressCsr(pg);
        const found = reachSearch(csr, c.starts.map((id) => csr.index.get(id) as number), c.by);
        for (const entry of h.reached) {
          const plan = h.plan(entry.id);
          // Built down the search tree, it is the plan completePlan makes of the search's whole path.
          const whole = completePlan({ pg, metric: c.by, avoid: new Set(), requirements: true }, new Set(c.starts), reachPath(found, csr.index.get(entry.id) as number).map((i) => csr.ids[i] as string));
          expect(whole.ok).toBe(true);
          if (whole.ok) {
            const items = whole.plan.items.slice(1);
            expect(plan).toEqual(whole.plan.items.map((item) => item.id));
            expect(entry.steps).toBe(items.length);
            expect(entry.months).toBe(items.reduce((sum, item) => sum + (item.values.months ?? 0), 0));
            expect(entry.unknownMonths).toBe(items.filter((item) => item.values.months === null).length);
            expect(entry.unknownCost).toBe(items.filter((item) => item.values.cost === null).length);
            expect(entry.cost).toEqual(costOf(items));
            expect(entry.weight).toBeCloseTo(whole.plan.weight, 9);
          }
          const earlier = new Set(c.starts);
          expect(c.starts).toContain(plan[0]);
          for (const id of plan.slice(1)) {
            expect(earlier.has(id)).toBe(false);
            for (const group of c.model.byId.get(id)?.requires ?? []) expect(group.anyOf.some((o) => earlier.has(o))).toBe(true);
            earlier.add(id);
          }
          expect(plan.at(-1)).toBe(entry.id);
          // The route planner, asked for this node from the same held set, finds a plan no heavier
          // (it compares paths of equal weight that complete differently) and with the same reach.
          const route = findRoute(c.model, null, entry.id, { have: [...c.starts], by: c.by });
          expect(route.ok).toBe(true);
          if (route.ok) expect(route.route.weight).toBeLessThanOrEqual(entry.weight + 1e-9);
        }
        // Every node a path reaches is either reached by a complete plan or reported unmet.
        for (const node of c.model.nodes) {
          if (c.starts.includes(node.id)) continue;
          const path = allRoutes(c.file, c.by, c.starts, node.id, { held: c.starts })[0];
          const counted = h.byId.has(node.id) || h.unmet.some((u) => u.id === node.id);
          expect(counted).toBe(path !== undefined);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });
});

/** A plan's cost per currency, as routes total it. */
function costOf(items: readonly { readonly values: { readonly cost: { readonly amount: number; readonly currency: string } | null } }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) if (item.values.cost !== null) out[item.values.cost.currency] = (out[item.values.cost.currency] ?? 0) + item.values.cost.amount;
  return out;
}

describe('horizon › generated career maps with requirement groups', () => {
  it('gives every reached node the figures and plan completePlan gives its search path planned from scratch, and fails exactly the plans it fails', () => {
    let planned = 0;
    let withExtras = 0;
    for (const [seed, nodes] of [[1, 300], [2, 500], [3, 800], [4, 400]] as const) {
      const loaded = loadGraphValue(withRequirements(generateCareerGraph({ nodes, seed })));
      if (!loaded.ok) throw new Error('generated map does not load');
      const model = loaded.graph;
      const pg = progressGraph(model);
      const csr = progressCsr(pg);
      for (const by of ['months', 'cost'] as const) {
        for (const start of [model.nodes[3], model.nodes[Math.floor(nodes / 3)], model.nodes[Math.floor(nodes / 2)]]) {
          if (start === undefined) continue;
          const h = horizon(model, [start.id], { by });
          const found = reachSearch(csr, [csr.index.get(start.id) as number], by);
          const context = { pg, metric: by, avoid: new Set<string>(), requirements: true };
          for (let k = 1; k < found.count; k++) {
            const v = found.order[k] as number;
            const id = csr.ids[v] as string;
            const whole = completePlan(context, new Set([start.id]), reachPath(found, v).map((i) => csr.ids[i] as string));
            const entry = h.byId.get(id);
            expect(entry !== undefined).toBe(whole.ok);
            expect(h.unmet.some((u) => u.id === id)).toBe(!whole.ok);
            if (!whole.ok || entry === undefined) continue;
            planned++;
            const items = whole.plan.items.slice(1);
            if (items.some((item) => item.role === 'requirement')) withExtras++;
            expect(h.plan(id)).toEqual(whole.plan.items.map((item) => item.id));
            expect(entry.steps).toBe(items.length);
            expect(entry.months).toBe(items.reduce((sum, item) => sum + (item.values.months ?? 0), 0));
            expect(entry.unknownMonths).toBe(items.filter((item) => item.values.months === null).length);
            expect(entry.cost).toEqual(costOf(items));
            expect(entry.unknownCost).toBe(items.filter((item) => item.values.cost === null).length);
            expect(entry.weight).toBeCloseTo(whole.plan.weight, 6);
          }
        }
      }
    }
    // Plans through requirement groups must be common, or the comparison says little.
    expect(planned).toBeGreaterThan(2000);
    expect(withExtras).toBeGreaterThan(200);
  });
});

describe('completePlan against its previous implementation (Sets of ids, shortestPath per option)', () => {
  it('makes the same plans on maps without equally light ways (every step costed in cents, by cost)', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb(true), fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 14, maxLength: 14 }), (c, cents) => {
        // The same map with every edge costed apart (random cents), so no two ways weigh the same.
        const file = c.file;
        const costed = { ...file, edges: file.edges.map((edge, i) => ({ ...edge, cost: { amount: (cents[i % cents.length] as number) / 100 + i / 1e4, currency: 'USD' } })) };
        const loaded = loadGraphValue(costed);
        if (!loaded.ok) return;
        const pg = progressGraph(loaded.graph);
        const csr = progressCsr(pg);
        const held = new Set(c.starts);
        const found = reachSearch(csr, c.starts.map((id) => csr.index.get(id) as number), 'cost');
        const avoid = new Set(csr.ids.filter((_, i) => i % 4 === 3 && !held.has(csr.ids[i] as string)));
        for (const context of [{ pg, metric: 'cost' as const, avoid: new Set<string>(), requirements: true }, { pg, metric: 'cost' as const, avoid, requirements: true }]) {
          for (let v = 0; v < csr.ids.length; v++) {
            const path = reachPath(found, v).map((i) => csr.ids[i] as string);
            if (path.length < 2) continue;
            const now = completePlan(context, held, path);
            const before = completePlanBefore(context, held, path);
            compared++;
            expect(now.ok).toBe(before.ok);
            if (now.ok && before.ok) {
              expect(now.plan.items).toEqual(before.plan.items);
              expect(now.plan.weight).toBe(before.plan.weight);
            } else if (!now.ok && !before.ok) {
              expect(now.unmet).toEqual(before.unmet);
            }
          }
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
    expect(compared).toBeGreaterThan(200);
  });
});

describe('completePlan walked one step at a time (startWalk, walkStep, walkResult)', () => {
  it('gives completePlan\'s result for every search path, failures and early ends included', () => {
    let failures = 0;
    fc.assert(
      fc.property(caseArb(true), (c) => {
        const pg = progressGraph(c.model);
        const csr = progressCsr(pg);
        const found = reachSearch(csr, c.starts.map((id) => csr.index.get(id) as number), c.by);
        const held = new Set(c.starts);
        // Avoiding every third node leaves some requirement groups with no option: plans that fail.
        const avoid = new Set(csr.ids.filter((_, i) => i % 3 === 1));
        for (const context of [{ pg, metric: c.by, avoid: new Set<string>(), requirements: true }, { pg, metric: c.by, avoid, requirements: true }])
        for (let v = 0; v < csr.ids.length; v++) {
          const path = reachPath(found, v).map((i) => csr.ids[i] as string);
          if (path.length < 2) continue;
          let walk = startWalk(held, path[0] as string);
          for (let i = 1; i < path.length; i++) walk = walkStep(context, walk, path[i - 1] as string, path[i] as string);
          const walked = walkResult(walk, path.at(-1) as string);
          const whole = completePlan(context, held, path);
          if (!whole.ok) failures++;
          expect(walked.ok).toBe(whole.ok);
          if (walked.ok && whole.ok) {
            expect(walked.plan.items).toEqual(whole.plan.items);
            expect(walked.plan.weight).toBe(whole.plan.weight);
          } else if (!walked.ok && !whole.ok) {
            expect(walked.unmet).toEqual(whole.unmet);
          }
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
    // The maps must include plans that cannot be completed, or the failure side is untested.
    expect(failures).toBeGreaterThan(0);
  });
});
