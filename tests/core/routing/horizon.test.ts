import { describe, expect, it } from 'vitest';
import { bandLabels, bandOf, horizon, MONTH_BANDS, COST_BANDS, reachState } from '../../../src/core/index';
import { graphFromTable } from './route-fixture';

// a → b (2 months, 100 USD) → c (months unknown, 50 USD) → role-x (3 months, cost unknown);
// a → d (30 months); d is required by e (requires [[d]]); b → e (1 month, 10 USD).
const model = graphFromTable(
  [
    ['a', 'b', 'prerequisite', 2, 100],
    ['b', 'c', 'leads-to', null, 50],
    ['c', 'role-x', 'leads-to', 3, null],
    ['a', 'd', 'recommends', 30, 0],
    ['b', 'e', 'recommends', 1, 10],
  ],
  { requires: { e: [['d']] }, isolated: ['island'] },
);

describe('horizon', () => {
  it('gives each reachable node the totals of its plan, starts and unreachable nodes left out', () => {
    const h = horizon(model, ['a'], { by: 'months' });
    expect(h.reached.map((e) => e.id)).toEqual(['b', 'c', 'role-x', 'd', 'e']);
    expect(h.byId.get('b')).toMatchObject({ months: 2, unknownMonths: 0, cost: { USD: 100 }, unknownCost: 0, steps: 1, value: 2, unknown: false });
    expect(h.plan('b')).toEqual(['a', 'b']);
    expect(h.plan('island')).toEqual([]);
    expect(h.byId.has('a')).toBe(false);
    expect(h.byId.has('island')).toBe(false);
  });

  it('shows an unknown step as unknown, never as zero: the figure is what is known and flagged', () => {
    const h = horizon(model, ['a'], { by: 'months' });
    expect(h.byId.get('c')).toMatchObject({ months: 2, unknownMonths: 1, value: 2, unknown: true });
    expect(h.byId.get('role-x')).toMatchObject({ months: 5, unknownMonths: 1, cost: { USD: 150 }, unknownCost: 1, steps: 3 });
  });

  it('adds a missing requirement to the plan before the node that needs it, as routes do', () => {
    const h = horizon(model, ['a'], { by: 'months' });
    // e is one month from b, but it requires d (30 months from a): its plan is a → b → d → e or a → d → … .
    const e = h.byId.get('e');
    expect(h.plan('e')).toEqual(['a', 'b', 'd', 'e']);
    expect(e?.months).toBe(33);
    expect(e?.steps).toBe(3);
  });

  it('does not need a requirement that is held', () => {
    const h = horizon(model, ['a', 'd'], { by: 'months' });
    expect(h.byId.get('e')).toMatchObject({ months: 3, steps: 2 });
    expect(h.plan('e')).toEqual(['a', 'b', 'e']);
  });

  it('measures by cost when asked, counting a step without a cost as unknown', () => {
    const h = horizon(model, ['a'], { by: 'cost' });
    expect(h.byId.get('role-x')).toMatchObject({ value: 150, unknown: true });
    expect(h.byId.get('d')).toMatchObject({ value: 0, unknown: false });
  });

  it('throws on an unknown start and on no start', () => {
    expect(() => horizon(model, ['nope'])).toThrow('core/routing.horizon: unknown node "nope"');
    expect(() => horizon(model, [])).toThrow('core/routing.horizon: give at least one start');
  });
});

describe('horizon bands', () => {
  it('puts a figure in the first band it fits under: ≤ 3, ≤ 6, ≤ 12, ≤ 24 months, then beyond', () => {
    expect(MONTH_BANDS).toEqual([3, 6, 12, 24]);
    expect([0, 3, 3.5, 6, 12, 13, 24, 25].map((m) => bandOf(m, MONTH_BANDS))).toEqual([1, 1, 2, 2, 3, 4, 4, 5]);
    expect([99, 250, 251, 2500, 2501].map((c) => bandOf(c, COST_BANDS))).toEqual([1, 1, 2, 4, 5]);
  });

  it('labels the bands up to the limit', () => {
    expect(bandLabels('months', 12)).toEqual(['≤ 3 months', '≤ 6 months', '≤ 12 months']);
    expect(bandLabels('months', 100)).toEqual(['≤ 3 months', '≤ 6 months', '≤ 12 months', '≤ 24 months', '> 24 months']);
    expect(bandLabels('cost', 600)).toEqual(['≤ 250 USD', '≤ 500 USD', '≤ 1,000 USD']);
  });

  it('sorts nodes into start, in reach, unknown, beyond and unreachable under a limit', () => {
    const h = horizon(model, ['a'], { by: 'months' });
    expect(reachState(h, 'a', 12)).toEqual({ state: 'start' });
    expect(reachState(h, 'b', 12)).toMatchObject({ state: 'in-reach', band: 1 });
    // c: 2 known months and one unknown step: it may be within 12 months, or not.
    expect(reachState(h, 'c', 12)).toMatchObject({ state: 'unknown', band: 1 });
    expect(reachState(h, 'c', 1)).toMatchObject({ state: 'beyond' });
    expect(reachState(h, 'd', 12)).toMatchObject({ state: 'beyond' });
    expect(reachState(h, 'd', 30)).toMatchObject({ state: 'in-reach', band: 5 });
    expect(reachState(h, 'island', 12)).toEqual({ state: 'unreachable' });
  });
});
