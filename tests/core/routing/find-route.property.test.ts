import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoute, type PathwiseGraph, type Route, type RouteMetric } from '../../../src/core/index';
import { allRoutes, passesInOrder } from './brute-force';
import { graphFromTable, type EdgeRow } from './route-fixture';
import { edgeArb } from './edge-arbitrary';

/** A random small map (2–7 certifications, up to 14 edges of kinds that may loop) and a query on it. */
interface Case {
  readonly model: PathwiseGraph;
  readonly from: string;
  readonly to: string;
  readonly have: readonly string[];
  readonly avoid: readonly string[];
  readonly via: readonly string[];
  readonly by: RouteMetric;
  readonly k: number;
  /** How fast-check prints a counterexample: the table and the query, not the whole model. */
  readonly [fc.toStringMethod]: () => string;
}

const caseArb = (withRequirements: boolean): fc.Arbitrary<Case> =>
  fc.integer({ min: 2, max: 7 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const node = fc.nat(n - 1);
    const edge = edgeArb(node);
    const group = fc.uniqueArray(node, { minLength: 1, maxLength: 3 });
    return fc.record({
      edges: fc.array(edge, { maxLength: 14 }),
      fees: fc.array(fc.option(fc.integer({ min: 50, max: 300 }), { nil: null }), { minLength: n, maxLength: n }),
      requires: withRequirements
        ? fc.array(fc.array(group, { maxLength: 2 }), { minLength: n, maxLength: n })
        : fc.constant<number[][][]>([]),
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
      have: fc.subarray(ids, { maxLength: 2 }),
      avoid: fc.subarray(ids, { maxLength: 2 }),
      via: fc.shuffledSubarray(ids, { maxLength: 2 }),
      by: fc.constantFrom<RouteMetric>('steps', 'months', 'cost'),
      k: fc.integer({ min: 1, max: 5 }),
    }).map((raw): Case => {
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
      const nodes: Record<string, Record<string, unknown>> = {};
      raw.fees.forEach((fee, i) => {
        nodes[`n${i}`] = fee === null ? {} : { fee: { amount: fee, currency: 'USD', asOf: '2026-01-01' } };
      });
      const model = graphFromTable(rows, { requires, nodes });
      const query = { from: raw.from, to: raw.to, have: raw.have, avoid: raw.avoid, via: raw.via, by: raw.by, k: raw.k };
      return { model, ...query, [fc.toStringMethod]: () => JSON.stringify({ rows, requires, fees: raw.fees, ...query }) };
    });
  });

/** Cases whose endpoints are not trivially refused (same node, already held, avoided). */
function ordinary(c: Case): boolean {
  return c.from !== c.to && !c.have.includes(c.to) && !c.avoid.includes(c.from) && !c.avoid.includes(c.to);
}

/** Checks a plan: every step is reached by an edge from something held or earlier (or is a requirement taken directly). */
function expectValidPlan(c: Case, route: Route, held: ReadonlySet<string>): void {
  const [start, ...rest] = route.steps;
  expect(start?.role).toBe('start');
  expect(held.has(start?.id ?? '')).toBe(true);
  expect(route.steps[route.steps.length - 1]?.id).toBe(c.to);
  const earlier = new Set(held);
  for (const step of rest) {
    expect(earlier.has(step.id)).toBe(false); // loopless, never asks again for anything held
    expect(c.avoid).not.toContain(step.id);
    if (step.edge === null) {
      expect(step.role).toBe('requirement');
    } else {
      expect(earlier.has(step.edge.from)).toBe(true);
      const data = c.model.graph.getEdgeAttributes(step.edge.key).data;
      // In progress direction: a requires edge reads "step requires from".
      const [source, target] = data.kind === 'requires' ? [step.id, step.edge.from] : [step.edge.from, step.id];
      expect([data.source, data.target]).toEqual([source, target]);
    }
    for (const group of c.model.byId.get(step.id)?.requires ?? []) {
      expect(group.anyOf.some((id) => earlier.has(id))).toBe(true);
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

describe('findRoute › properties on random small maps', () => {
  it('finds an optimal route (against every simple path), and the k best as alternatives', () => {
    fc.assert(
      fc.property(caseArb(false), (c) => {
        fc.pre(ordinary(c));
        const held = new Set([c.from, ...c.have]);
        const starts = [...held].filter((id) => !c.avoid.includes(id));
        const expected = allRoutes(c.model.file, c.by, starts, c.to, { held: [...held], avoid: c.avoid });
        const result = findRoute(c.model, c.from, c.to, { by: c.by, have: c.have, avoid: c.avoid, alternatives: c.k, requirements: false });
        if (expected.length === 0) {
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const open = allRoutes(c.model.file, c.by, starts, c.to, { held: [...held] });
          expect(result.reason).toBe(open.length > 0 && c.avoid.length > 0 ? 'blocked-by-avoid' : 'no-path');
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.route.weight).toBeCloseTo(expected[0]?.weight ?? NaN, 9);
        expect(result.alternatives[0]).toBe(result.route);
        const best = expected.slice(0, c.k).map((p) => p.weight);
        const got = result.alternatives.map((r) => r.weight);
        expect(got).toHaveLength(best.length);
        got.forEach((w, i) => {
          expect(w).toBeCloseTo(best[i] ?? NaN, 9);
          if (i > 0) expect(w).toBeGreaterThanOrEqual(got[i - 1] ?? Infinity);
        });
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        for (const route of result.alternatives) {
          expectValidPlan(c, route, held);
          expect(route.steps.slice(1).every((s) => s.role === 'route')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('passes the via nodes in order, and fails with a reason when it cannot', () => {
    fc.assert(
      fc.property(caseArb(false), (c) => {
        fc.pre(ordinary(c) && c.via.every((id) => !c.avoid.includes(id)));
        const held = new Set([c.from, ...c.have]);
        const via = c.via.filter((id) => !held.has(id) && id !== c.to);
        const starts = [...held].filter((id) => !c.avoid.includes(id));
        const expected = allRoutes(c.model.file, c.by, starts, c.to, { held: [...held], avoid: c.avoid, via });
        const result = findRoute(c.model, c.from, c.to, { by: c.by, have: c.have, avoid: c.avoid, via: c.via, alternatives: c.k, requirements: false });
        if (!result.ok) {
          expect(['no-path', 'blocked-by-avoid', 'via-unreachable']).toContain(result.reason);
          return;
        }
        // A via route exists, so the brute force has one too; greedy legs may be heavier than the best.
        expect(expected.length).toBeGreaterThan(0);
        expect(result.route.weight).toBeGreaterThanOrEqual((expected[0]?.weight ?? Infinity) - 1e-9);
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        result.alternatives.forEach((route, i) => {
          expect(passesInOrder(route.steps.map((s) => s.id), via)).toBe(true);
          expectValidPlan(c, route, held);
          if (i > 0) expect(route.weight).toBeGreaterThanOrEqual(result.alternatives[i - 1]?.weight ?? Infinity);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('completes every route into a plan that meets every requirement, in a valid order', () => {
    fc.assert(
      fc.property(caseArb(true), (c) => {
        fc.pre(ordinary(c));
        const held = new Set([c.from, ...c.have]);
        const result = findRoute(c.model, c.from, c.to, { by: c.by, have: c.have, avoid: c.avoid, alternatives: c.k });
        if (!result.ok) {
          expect(['no-path', 'blocked-by-avoid', 'requirement-unmet']).toContain(result.reason);
          return;
        }
        expect(new Set(result.alternatives.map(pathKey)).size).toBe(result.alternatives.length);
        result.alternatives.forEach((route, i) => {
          expectValidPlan(c, route, held);
          if (i > 0) expect(route.weight).toBeGreaterThanOrEqual(result.alternatives[i - 1]?.weight ?? Infinity);
        });
      }),
      { numRuns: 300 },
    );
  });
});
