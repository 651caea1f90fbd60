import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findRoute, type PathwiseGraph, type Route, type RouteMetric, type RouteResult } from '../../../src/core/index';
import { obtainableNodes, passesInOrder, routesWithout, trueReason, type BruteQuery } from './brute-force';
import { graphFromTable, type EdgeRow } from './route-fixture';
import { edgeArb } from './edge-arbitrary';

/** A random small map (3–8 certifications, up to 14 random edges that may loop) and a query on it. */
interface Case {
  readonly model: PathwiseGraph;
  readonly from: string;
  readonly to: string;
  readonly have: readonly string[];
  readonly avoid: readonly string[];
  readonly retired: readonly string[];
  readonly via: readonly string[];
  readonly by: RouteMetric;
  readonly k: number;
  /** How fast-check prints a counterexample: the table and the query, not the whole model. */
  readonly [fc.toStringMethod]: () => string;
}

interface CaseShape {
  readonly via: boolean;
  readonly requirements: boolean;
}

/**
 * Cases where the interesting answers are common: half of the maps get a planted chain from the
 * start through the via nodes to the destination (random edges may still cut or shortcut it), and
 * with requirements every node requires one or two earlier nodes (by index, so requirements never
 * loop) and the destination is the highest-numbered end.
 */
const caseArb = (shape: CaseShape): fc.Arbitrary<Case> =>
  fc.integer({ min: 3, max: 8 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const node = fc.nat(n - 1);
    const group = fc.uniqueArray(node, { minLength: 1, maxLength: 2 });
    return fc
      .record({
        edges: fc.array(edgeArb(node), { maxLength: 14 }),
        // Planted in half of the cases, three in four with requirements (fewer maps without any route).
        plant: shape.requirements ? fc.nat(3).map((x) => x > 0) : fc.boolean(),
        // With requirements, half of the destinations also require a node of their own that nothing else touches.
        plantRequirement: fc.boolean(),
        plantMonths: fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), { minLength: 4, maxLength: 4 }),
        fees: fc.array(fc.option(fc.integer({ min: 50, max: 300 }), { nil: null }), { minLength: n, maxLength: n }),
        requires: shape.requirements
          ? fc.array(fc.array(group, { minLength: 1, maxLength: 2 }), { minLength: n, maxLength: n })
          : fc.constant<number[][][]>([]),
        ends: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: shape.via ? 4 : 2 }),
        have: fc.subarray(ids, { maxLength: 2 }),
        avoid: fc.subarray(ids, { maxLength: 1 }),
        retired: fc.subarray(ids, { maxLength: 1 }),
        by: fc.constantFrom<RouteMetric>('steps', 'months', 'cost'),
        k: fc.integer({ min: 1, max: 4 }),
      })
      .map((raw): Case => {
        // With requirements the destination is the highest of the ends, so that it has earlier nodes to require.
        const ends = [...raw.ends];
        if (shape.requirements) {
          const highest = ends.reduce((best, id, i) => (Number(id.slice(1)) > Number((ends[best] as string).slice(1)) ? i : best), 0);
          ends.push(...ends.splice(highest, 1));
        }
        const [from, ...rest] = ends as [string, ...string[]];
        const to = rest[rest.length - 1] as string;
        const via = rest.slice(0, -1);
        const seen = new Set<string>();
        const rows: EdgeRow[] = [];
        const add = (row: EdgeRow) => {
          const key = `${row[0]}>${row[1]}>${row[2]}`;
          if (row[0] === row[1] || seen.has(key)) return;
          seen.add(key);
          rows.push(row);
        };
        if (raw.plant) [from, ...via, to].slice(1).forEach((id, i) => { add([ends[i] as string, id, 'leads-to', raw.plantMonths[i] ?? null]); });
        for (const e of raw.edges) add([`n${e.s}`, `n${e.t}`, e.kind, e.months, e.cost]);
        const requires: Record<string, string[][]> = {};
        raw.requires.forEach((groups, i) => {
          const kept = groups.map((g) => g.filter((j) => j < i).map((j) => `n${j}`)).filter((g) => g.length > 0);
          if (kept.length > 0) requires[`n${i}`] = kept;
        });
        if (shape.requirements && raw.plantRequirement) requires[to] = [...(requires[to] ?? []), [`n${n}`]];
        const nodes: Record<string, Record<string, unknown>> = {};
        raw.fees.forEach((fee, i) => {
          nodes[`n${i}`] = fee === null ? {} : { fee: { amount: fee, currency: 'USD', asOf: '2026-01-01' } };
        });
        const model = graphFromTable(rows, { requires, nodes, isolated: [...ids, ...(raw.plantRequirement && shape.requirements ? [`n${n}`] : [])] });
        const query = { from, to, via, have: raw.have, avoid: raw.avoid, retired: raw.retired, by: raw.by, k: raw.k };
        return { model, ...query, [fc.toStringMethod]: () => JSON.stringify({ rows, requires, fees: raw.fees, ...query }) };
      });
  });

/** Cases whose endpoints are not trivially refused (already held, avoided). */
function ordinary(c: Case): boolean {
  return !c.have.includes(c.to) && ![c.from, c.to, ...c.via].some((id) => c.avoid.includes(id));
}

/** The query as the brute force reads it, with findRoute's own rules for what is skipped or kept. */
function bruteQuery(c: Case, requirements: boolean): BruteQuery {
  const held = [...new Set([c.from, ...c.have])];
  const via = c.via.filter((id) => !held.includes(id) && id !== c.to);
  // A retired exam named as an end, a via or held is kept; one also avoided is simply avoided.
  const retired = c.retired.filter((id) => !held.includes(id) && id !== c.to && !via.includes(id) && !c.avoid.includes(id));
  const starts = held.filter((id) => !c.avoid.includes(id));
  return { file: c.model.file, metric: c.by, starts, held, to: c.to, via, avoid: c.avoid, retired, requirements };
}

function run(c: Case, requirements: boolean): RouteResult {
  return findRoute(c.model, c.from, c.to, {
    by: c.by,
    have: c.have,
    avoid: c.avoid,
    retired: c.retired,
    via: c.via,
    alternatives: c.k,
    requirements,
  });
}

/** Checks a plan: every step is reached by an edge from something held or earlier (or is a requirement taken directly). */
function expectValidPlan(c: Case, q: BruteQuery, route: Route): void {
  const [start, ...rest] = route.steps;
  expect(start?.role).toBe('start');
  expect(q.starts).toContain(start?.id);
  expect(route.steps[route.steps.length - 1]?.id).toBe(c.to);
  // Odd data can make the destination a requirement of a node before it: the plan then ends as soon
  // as the destination is in it (documented in completePlan), possibly before a via node. Otherwise
  // every via node is in the plan, in order, unless a requirement brought it in earlier.
  const endedEarly = route.steps[route.steps.length - 1]?.role === 'requirement';
  if (!endedEarly) {
    const planned = route.steps.map((s) => s.id);
    expect(q.via.filter((id) => !planned.includes(id))).toEqual([]);
    const onRoute = new Set(route.steps.filter((s) => s.role !== 'requirement').map((s) => s.id));
    expect(passesInOrder([...onRoute], q.via.filter((id) => onRoute.has(id)))).toBe(true);
  }
  const earlier = new Set(q.held);
  for (const step of rest) {
    expect(earlier.has(step.id)).toBe(false); // loopless, never asks again for anything held
    expect(q.avoid).not.toContain(step.id);
    expect(q.retired).not.toContain(step.id);
    if (step.edge === null) {
      expect(step.role).toBe('requirement');
    } else {
      expect(earlier.has(step.edge.from)).toBe(true);
      const data = c.model.graph.getEdgeAttributes(step.edge.key).data;
      // In progress direction: a requires edge reads "step requires from".
      const [source, target] = data.kind === 'requires' ? [step.id, step.edge.from] : [step.edge.from, step.id];
      expect([data.source, data.target]).toEqual([source, target]);
    }
    if (q.requirements) {
      for (const group of c.model.byId.get(step.id)?.requires ?? []) {
        expect(group.anyOf.some((id) => earlier.has(id))).toBe(true);
      }
    }
    earlier.add(step.id);
  }
  expectTotalsAddUp(route);
}

function expectTotalsAddUp(route: Route): void {
  const steps = route.steps.slice(1);
  const months = steps.reduce((sum, s) => sum + (s.months ?? 0), 0);
  const cost: Record<string, number> = {};
  for (const s of steps) if (s.cost !== null) cost[s.cost.currency] = (cost[s.cost.currency] ?? 0) + s.cost.amount;
  expect(route.totals).toEqual({
    steps: steps.length,
    months,
    cost,
    unknownMonths: steps.filter((s) => s.months === null).length,
    unknownCost: steps.filter((s) => s.cost === null).length,
  });
  expect(route.steps[route.steps.length - 1]?.total).toEqual({ steps: steps.length, months, cost });
}

function pathKey(route: Route): string {
  return route.steps.map((s) => s.id).join(' ');
}

/** A failure is proven: the brute force finds no route under the constraints, and the reason is the first that leaves none. */
function expectProvenFailure(q: BruteQuery, result: Extract<RouteResult, { ok: false }>): void {
  expect(routesWithout(q)).toEqual([]);
  expect(result.reason).toBe(trueReason(q));
  if (result.reason === 'requirement-unmet') {
    const node = result.detail.requiredBy ?? '';
    expect(obtainableNodes(q.file, q.held, [...q.avoid, ...q.retired]).has(node)).toBe(false);
  }
}

/** How many of the generated cases were interesting, printed and asserted after each property. */
const shares = { via: { cases: 0, throughVia: 0 }, requirements: { cases: 0, added: 0 } };

afterAll(() => {
  console.log(
    `property cases: ${shares.via.throughVia}/${shares.via.cases} via cases routed through a via node; ` +
      `${shares.requirements.added}/${shares.requirements.cases} requirement cases added requirement steps`,
  );
});

describe('findRoute › properties on random small maps (against every simple path)', () => {
  it('finds the lightest route and the k best as alternatives, or proves why there is none', () => {
    fc.assert(
      fc.property(caseArb({ via: false, requirements: false }), (c) => {
        fc.pre(ordinary(c));
        const q = bruteQuery(c, false);
        const expected = routesWithout(q);
        const result = run(c, false);
        if (!result.ok) {
          expectProvenFailure(q, result);
          return;
        }
        expect(expected.length).toBeGreaterThan(0);
        expect(result.route.weight).toBeCloseTo(expected[0]?.weight ?? NaN, 9);
        expect(result.alternatives[0]).toBe(result.route);
        const best = expected.slice(0, c.k).map((p) => p.weight);
        const got = result.alternatives.map((r) => r.weight);
        expect(got).toHaveLength(best.length);
        got.forEach((w, i) => { expect(w).toBeCloseTo(best[i] ?? NaN, 9); });
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        for (const route of result.alternatives) {
          expectValidPlan(c, q, route);
          expect(route.steps.slice(1).every((s) => s.role === 'route')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('passes the via nodes in order on the lightest route (and the k best), or proves why none can', () => {
    fc.assert(
      fc.property(caseArb({ via: true, requirements: false }), (c) => {
        const q = bruteQuery(c, false);
        fc.pre(ordinary(c) && q.via.length > 0);
        const expected = routesWithout(q);
        const result = run(c, false);
        shares.via.cases++;
        if (!result.ok) {
          expectProvenFailure(q, result);
          return;
        }
        shares.via.throughVia++;
        const best = expected.slice(0, c.k).map((p) => p.weight);
        const got = result.alternatives.map((r) => r.weight);
        expect(got).toHaveLength(best.length);
        got.forEach((w, i) => { expect(w).toBeCloseTo(best[i] ?? NaN, 9); });
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        for (const route of result.alternatives) expectValidPlan(c, q, route);
      }),
      { numRuns: 400 },
    );
    expect(shares.via.throughVia / shares.via.cases).toBeGreaterThanOrEqual(1 / 3);
  });

  it('completes every route into a plan that meets every requirement, and fails only when no plan exists', () => {
    fc.assert(
      fc.property(caseArb({ via: true, requirements: true }), (c) => {
        fc.pre(ordinary(c));
        const q = bruteQuery(c, true);
        const result = run(c, true);
        shares.requirements.cases++;
        if (!result.ok) {
          expectProvenFailure(q, result);
          return;
        }
        expect(routesWithout(q).length).toBeGreaterThan(0);
        if (result.route.steps.some((s) => s.role === 'requirement')) shares.requirements.added++;
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        result.alternatives.forEach((route, i) => {
          expectValidPlan(c, q, route);
          if (i > 0) expect(route.weight).toBeGreaterThanOrEqual(result.alternatives[i - 1]?.weight ?? Infinity);
        });
      }),
      { numRuns: 400 },
    );
    expect(shares.requirements.added / shares.requirements.cases).toBeGreaterThanOrEqual(1 / 3);
  });
});
