import { describe, expect, it } from 'vitest';
import { findRoute, progressGraph, type RouteResult } from '../../../src/core/index';
import { graphFromTable } from './route-fixture';

/** The node ids of the best route, or the failure reason. */
function ids(result: RouteResult): string[] | string {
  return result.ok ? result.route.steps.map((s) => s.id) : result.reason;
}

function ok(result: RouteResult) {
  if (!result.ok) throw new Error(`expected a route, got ${result.reason}: ${result.message}`);
  return result;
}

// Three ways from a to d: direct (1 step, slow, dear), fast but dear, slow but cheap.
const diamond = graphFromTable([
  ['a', 'd', 'recommends', 20, 1000],
  ['a', 'b', 'prerequisite', 1, 300],
  ['b', 'd', 'prerequisite', 1, 300],
  ['a', 'c', 'recommends', 5, 10],
  ['c', 'd', 'recommends', 5, 10],
]);

describe('findRoute › by', () => {
  it('takes the fewest steps by steps', () => {
    expect(ids(findRoute(diamond, 'a', 'd', { by: 'steps' }))).toEqual(['a', 'd']);
  });

  it('takes the least time by months', () => {
    expect(ids(findRoute(diamond, 'a', 'd', { by: 'months' }))).toEqual(['a', 'b', 'd']);
  });

  it('takes the least money by cost', () => {
    expect(ids(findRoute(diamond, 'a', 'd', { by: 'cost' }))).toEqual(['a', 'c', 'd']);
  });

  it('defaults to months', () => {
    expect(ids(findRoute(diamond, 'a', 'd'))).toEqual(['a', 'b', 'd']);
  });

  it('says for every step the edge that leads there, its months and cost, and running totals', () => {
    const { route } = ok(findRoute(diamond, 'a', 'd', { by: 'cost' }));
    expect(route.steps.map((s) => [s.id, s.edge?.key ?? null, s.months, s.cost?.amount ?? null, s.total.months, s.total.cost])).toEqual([
      ['a', null, null, null, 0, {}],
      ['c', 'a->c:recommends', 5, 10, 5, { USD: 10 }],
      ['d', 'c->d:recommends', 5, 10, 10, { USD: 20 }],
    ]);
    expect(route.totals).toEqual({ steps: 2, months: 10, cost: { USD: 20 }, unknownMonths: 0, unknownCost: 0 });
  });

  it('explains each step with the edge kind and its note', () => {
    const model = graphFromTable([['a', 'b', 'prerequisite', 1]]);
    const [, step] = ok(findRoute(model, 'a', 'b')).route.steps;
    expect(step?.why).toBe('A is an official prerequisite of B');
  });
});

describe('findRoute › progress direction', () => {
  it('walks a requires edge from the skill to the role, never the other way', () => {
    const model = graphFromTable([['role-x', 'skill-y', 'requires', 6]]);
    const route = ok(findRoute(model, 'skill-y', 'role-x')).route;
    expect(route.steps.map((s) => s.id)).toEqual(['skill-y', 'role-x']);
    expect(route.steps[1]?.edge).toMatchObject({ key: 'role-x->skill-y:requires', kind: 'requires', from: 'skill-y' });
    expect(route.steps[1]?.why).toBe('ROLE-X requires SKILL-Y');
    expect(findRoute(model, 'role-x', 'skill-y').ok).toBe(false);
  });

  it('never walks an edge backward', () => {
    const model = graphFromTable([['a', 'b', 'prerequisite', 1]]);
    expect(findRoute(model, 'b', 'a')).toMatchObject({ ok: false, reason: 'no-path' });
  });

  it('keeps the best of parallel edges for the metric and names the data edge it took', () => {
    const model = graphFromTable([
      ['a', 'b', 'recommends', 5, 10],
      ['a', 'b', 'prerequisite', 2, 400],
    ]);
    expect(ok(findRoute(model, 'a', 'b', { by: 'months' })).route.steps[1]?.edge?.key).toBe('a->b:prerequisite');
    expect(ok(findRoute(model, 'a', 'b', { by: 'cost' })).route.steps[1]?.edge?.key).toBe('a->b:recommends');
  });

  it('builds the progress graph once per model', () => {
    expect(progressGraph(diamond)).toBe(progressGraph(diamond));
  });
});

describe('findRoute › values the data does not give', () => {
  it('counts unknown months as 0 in totals and says how many steps were unknown', () => {
    const model = graphFromTable([
      ['a', 'b', 'recommends', 3],
      ['b', 'c', 'recommends'],
    ]);
    expect(ok(findRoute(model, 'a', 'c')).route.totals).toMatchObject({ months: 3, unknownMonths: 1 });
  });

  it('assumes an undocumented step is as long as the longest documented one, so it is not a shortcut', () => {
    // Through x: 2 documented steps of 4 months. Through s: 1 + two undocumented steps.
    const model = graphFromTable([
      ['a', 'x', 'recommends', 4],
      ['x', 'd', 'recommends', 4],
      ['a', 's', 'recommends', 1],
      ['s', 'skill-t', 'teaches'],
      ['skill-t', 'd', 'recommends'],
    ]);
    expect(ids(findRoute(model, 'a', 'd', { by: 'months' }))).toEqual(['a', 'x', 'd']);
  });

  it('breaks ties toward fewer steps when steps have no months at all', () => {
    const model = graphFromTable([
      ['a', 'b', 'recommends'],
      ['b', 'c', 'recommends'],
      ['c', 'd', 'recommends'],
      ['a', 'd', 'leads-to'],
    ]);
    expect(ids(findRoute(model, 'a', 'd', { by: 'months' }))).toEqual(['a', 'd']);
  });

  it('takes the exam fee of a certification and the months of an experience when the edge is silent', () => {
    const model = graphFromTable(
      [
        ['a', 'exp-e', 'recommends'],
        ['exp-e', 'b', 'prerequisite'],
      ],
      { nodes: { b: { fee: { amount: 165, currency: 'USD', asOf: '2026-01-01' } }, 'exp-e': { months: 24 } } },
    );
    const steps = ok(findRoute(model, 'a', 'b')).route.steps;
    expect(steps.map((s) => [s.id, s.months, s.monthsFrom, s.cost?.amount ?? null, s.costFrom])).toEqual([
      ['a', null, null, null, null],
      ['exp-e', 24, 'experience', null, null],
      ['b', null, null, 165, 'fee'],
    ]);
  });

  it('totals each currency apart and warns when a route mixes them', () => {
    const model = graphFromTable([
      ['a', 'b', 'recommends', 1, 100, 'USD'],
      ['b', 'c', 'recommends', 1, 90, 'EUR'],
    ]);
    const { route } = ok(findRoute(model, 'a', 'c'));
    expect(route.totals.cost).toEqual({ USD: 100, EUR: 90 });
    expect(route.warnings).toEqual([expect.objectContaining({ kind: 'mixed-currency', currencies: ['USD', 'EUR'] })]);
  });

  it('warns about a retired certification on the route', () => {
    const model = graphFromTable([['old', 'new', 'replaced-by']], {
      nodes: { old: { status: { state: 'retired', date: '2026-03-31', replacement: 'new' } } },
    });
    const { route } = ok(findRoute(model, 'old', 'new'));
    expect(route.warnings).toEqual([
      { kind: 'retired', id: 'old', date: '2026-03-31', replacement: 'new', message: 'OLD was retired on 2026-03-31; its replacement is NEW' },
    ]);
  });
});

describe('findRoute › alternatives', () => {
  it('returns the k best distinct routes, best first, the first being the route', () => {
    const result = ok(findRoute(diamond, 'a', 'd', { by: 'months', alternatives: 5 }));
    expect(result.alternatives.map((r) => r.steps.map((s) => s.id).join(''))).toEqual(['abd', 'acd', 'ad']);
    expect(result.alternatives.map((r) => r.totals.months)).toEqual([2, 10, 20]);
    expect(result.alternatives[0]).toBe(result.route);
  });

  it('returns only the best route by default', () => {
    expect(ok(findRoute(diamond, 'a', 'd')).alternatives).toHaveLength(1);
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => findRoute(diamond, 'a', 'd', { alternatives: 0 })).toThrow(/core\/routing\.findRoute/);
  });
});

describe('findRoute › avoid', () => {
  it('never passes through an avoided node', () => {
    expect(ids(findRoute(diamond, 'a', 'd', { by: 'months', avoid: ['b'] }))).toEqual(['a', 'c', 'd']);
  });

  it('says which avoided nodes block every route', () => {
    const chain = graphFromTable([
      ['a', 'b', 'recommends'],
      ['b', 'c', 'recommends'],
      ['a', 'x', 'recommends'],
    ]);
    expect(findRoute(chain, 'a', 'c', { avoid: ['b', 'x'] })).toEqual({
      ok: false,
      reason: 'blocked-by-avoid',
      message: 'Every route from A to C passes through something you chose to avoid: B.',
      detail: { from: ['a'], to: 'c', blocking: ['b'] },
    });
  });

  it('says when every route passes a retired exam left out, apart from the avoid list', () => {
    const chain = graphFromTable([
      ['a', 'b', 'recommends'],
      ['b', 'c', 'recommends'],
      ['a', 'x', 'recommends'],
      ['x', 'c', 'recommends'],
    ]);
    expect(findRoute(chain, 'a', 'c', { avoid: ['x'], retired: ['b'] })).toEqual({
      ok: false,
      reason: 'blocked-by-retired',
      message: 'Every route from A to C passes through a retired exam, which is left out: B.',
      detail: { from: ['a'], to: 'c', blocking: ['b'] },
    });
    // The avoid list is named first when lifting it alone would open a route.
    expect(findRoute(chain, 'a', 'c', { avoid: ['x', 'b'], retired: ['b'] })).toMatchObject({ reason: 'blocked-by-avoid', detail: { blocking: ['x', 'b'] } });
    expect(ids(findRoute(chain, 'a', 'c', { retired: ['b'] }))).toEqual(['a', 'x', 'c']);
    // A retired exam named as the destination or a via node is kept: people asked for it.
    expect(ids(findRoute(chain, 'a', 'c', { via: ['b'], retired: ['b'] }))).toEqual(['a', 'b', 'c']);
  });

  it('refuses to avoid an endpoint', () => {
    expect(findRoute(diamond, 'a', 'd', { avoid: ['d'] })).toMatchObject({ ok: false, reason: 'avoid-conflict', detail: { blocking: ['d'] } });
  });
});

describe('findRoute › via', () => {
  it('passes through the via nodes in order', () => {
    expect(ids(findRoute(diamond, 'a', 'd', { by: 'steps', via: ['c'] }))).toEqual(['a', 'c', 'd']);
  });

  it('says which via node cannot be reached from where', () => {
    const model = graphFromTable([
      ['a', 'b', 'recommends'],
      ['a', 'c', 'recommends'],
      ['b', 'd', 'recommends'],
      ['c', 'd', 'recommends'],
    ]);
    expect(findRoute(model, 'a', 'd', { via: ['b', 'c'] })).toEqual({
      ok: false,
      reason: 'via-unreachable',
      message: 'The via node C cannot be reached from B.',
      detail: { from: ['b'], to: 'c' },
    });
  });

  // Issue 17: the first leg went greedily from the best held node (n4) to n2 through n0, which the
  // last leg needs, and the answer was a false "via-unreachable".
  it('finds the route through a via node when the lightest first leg uses up a node a later leg needs', () => {
    const model = graphFromTable([
      ['n2', 'n0', 'recommends', 9],
      ['n1', 'n2', 'requires', 10],
      ['n1', 'n0', 'recommends', 11],
      ['n4', 'n0', 'recommends', 0],
      ['n0', 'n3', 'recommends', 8],
      ['n1', 'n2', 'recommends', 7],
      ['n0', 'n2', 'leads-to', 0],
      ['n3', 'n0', 'requires', 11],
    ]);
    const withHave = ok(findRoute(model, 'n1', 'n3', { have: ['n4'], via: ['n2'], requirements: false, by: 'months' }));
    expect(withHave.route.steps.map((s) => s.id)).toEqual(['n1', 'n2', 'n0', 'n3']);
    expect(withHave.route.totals.months).toBe(24);
    expect(ids(findRoute(model, 'n1', 'n3', { via: ['n2'], requirements: false, by: 'months' }))).toEqual(['n1', 'n2', 'n0', 'n3']);
  });

  it('finds the lightest route through a via node when the greedy legs would be heavier', () => {
    // Greedy: a → m → v (2), then v → d without m (100). The lightest: a → v (5), v → m → d (2).
    const model = graphFromTable([
      ['a', 'm', 'recommends', 1],
      ['m', 'v', 'recommends', 1],
      ['a', 'v', 'recommends', 5],
      ['v', 'm', 'recommends', 1],
      ['m', 'd', 'recommends', 1],
      ['v', 'd', 'recommends', 100],
    ]);
    const result = ok(findRoute(model, 'a', 'd', { via: ['v'], requirements: false }));
    expect(result.route.steps.map((s) => s.id)).toEqual(['a', 'v', 'm', 'd']);
    expect(result.route.totals.months).toBe(7);
    expect(findRoute(model, 'a', 'm', { via: ['d'], requirements: false })).toMatchObject({
      ok: false,
      reason: 'via-unreachable',
      message: 'The destination M cannot be reached from D.',
    });
  });

  it('says when the via nodes cannot all be passed in order without going back', () => {
    // a → v → m → d is the only way to d through v, and w is only reached from m: v, w in order would need m twice.
    const model = graphFromTable([
      ['a', 'v', 'recommends', 1],
      ['v', 'm', 'recommends', 1],
      ['m', 'w', 'recommends', 1],
      ['w', 'm2', 'recommends', 1],
      ['m', 'd', 'recommends', 1],
      ['m2', 'm', 'recommends', 1],
    ]);
    expect(findRoute(model, 'a', 'd', { via: ['v', 'w'], requirements: false })).toEqual({
      ok: false,
      reason: 'via-unreachable',
      message: 'No route from A passes V, W, D in this order without going back through a step already on the route.',
      detail: { from: ['a'], to: 'd' },
    });
  });

  it('skips a via node that is already held, with a note', () => {
    const result = ok(findRoute(diamond, 'a', 'd', { via: ['a'] }));
    expect(result.notes).toEqual(['Via A skipped: already held.']);
  });
});

describe('findRoute › have', () => {
  const model = graphFromTable([
    ['a', 'b', 'recommends', 1],
    ['b', 'c', 'recommends', 1],
    ['c', 'd', 'recommends', 1],
    ['x', 'd', 'recommends', 5],
  ]);

  it('starts from the best held node when from is omitted', () => {
    expect(ids(findRoute(model, null, 'd', { have: ['a', 'x'] }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(findRoute(model, null, 'd', { have: ['a', 'x'], by: 'steps' }))).toEqual(['x', 'd']);
  });

  it('never asks again for something held', () => {
    expect(ids(findRoute(model, 'a', 'd', { have: ['c'] }))).toEqual(['c', 'd']);
  });

  it('says when the destination is already held', () => {
    expect(findRoute(model, 'a', 'c', { have: ['c'] })).toMatchObject({ ok: false, reason: 'already-held' });
  });

  it('needs a start: from or have', () => {
    expect(() => findRoute(model, null, 'd')).toThrow('core/routing.findRoute: give `from` or at least one `have` node');
  });
});

describe('findRoute › failures', () => {
  it('refuses a route from a node to itself', () => {
    expect(findRoute(diamond, 'a', 'a')).toMatchObject({ ok: false, reason: 'same-node' });
  });

  it('says when nothing leads there', () => {
    expect(findRoute(diamond, 'd', 'a')).toEqual({
      ok: false,
      reason: 'no-path',
      message: 'Nothing in this map leads to A, so no route can reach it.',
      detail: { from: ['d'], to: 'a' },
    });
  });

  it('says when nothing leads on from the start', () => {
    expect(findRoute(diamond, 'd', 'b')).toMatchObject({
      ok: false,
      reason: 'no-path',
      message: 'Nothing in this map leads on from D, so no route can start there.',
    });
  });

  it('says when what the start reaches never leads to the destination', () => {
    expect(findRoute(diamond, 'b', 'c')).toMatchObject({
      ok: false,
      reason: 'no-path',
      message: 'No route leads from B to C in this map: nothing that can be reached from there leads to it.',
    });
  });

  it('throws on an unknown id: callers resolve names first', () => {
    expect(() => findRoute(diamond, 'a', 'nope')).toThrow('core/routing.findRoute: unknown node "nope"');
  });
});

describe('findRoute › requirements', () => {
  it('adds a missing requirement before the step that needs it, with why', () => {
    const model = graphFromTable(
      [
        ['a', 'b', 'recommends', 1],
        ['a', 'r', 'recommends', 2],
      ],
      { requires: { b: [['r']] } },
    );
    const { route } = ok(findRoute(model, 'a', 'b'));
    expect(route.steps.map((s) => [s.id, s.role])).toEqual([
      ['a', 'start'],
      ['r', 'requirement'],
      ['b', 'route'],
    ]);
    expect(route.steps[1]?.why).toBe('required by B: R; A is a recommended step before R');
    expect(route.totals.months).toBe(3);
  });

  it('picks the cheapest option of an any-of group under the metric', () => {
    const model = graphFromTable(
      [
        ['a', 'b', 'recommends', 1],
        ['a', 'slow', 'recommends', 9, 10],
        ['a', 'quick', 'recommends', 2, 500],
      ],
      { requires: { b: [['slow', 'quick']] } },
    );
    expect(ids(findRoute(model, 'a', 'b', { by: 'months' }))).toEqual(['a', 'quick', 'b']);
    expect(ids(findRoute(model, 'a', 'b', { by: 'cost' }))).toEqual(['a', 'slow', 'b']);
  });

  it("adds the way to a requirement and the requirement's own requirements before it", () => {
    const model = graphFromTable(
      [
        ['a', 'b', 'recommends', 1],
        ['a', 'm', 'recommends', 1],
        ['m', 'r', 'recommends', 1],
        ['a', 'q', 'recommends', 1],
      ],
      { requires: { b: [['r']], r: [['q']] } },
    );
    const { route } = ok(findRoute(model, 'a', 'b'));
    expect(route.steps.map((s) => s.id)).toEqual(['a', 'm', 'q', 'r', 'b']);
    expect(route.steps[2]?.why).toBe('required by R: Q; A is a recommended step before Q');
    expect(route.steps[1]?.why).toBe('on the way to R (required by B: R); A is a recommended step before M');
  });

  it('counts a held or earlier node as meeting the requirement', () => {
    const model = graphFromTable(
      [
        ['a', 'b', 'recommends', 1],
        ['b', 'c', 'recommends', 1],
      ],
      { requires: { c: [['b', 'x']] }, isolated: ['x'] },
    );
    expect(ids(findRoute(model, 'a', 'c'))).toEqual(['a', 'b', 'c']);
    const held = graphFromTable([['a', 'c', 'recommends', 1]], { requires: { c: [['x']] }, isolated: ['x'] });
    expect(ids(findRoute(held, 'a', 'c', { have: ['x'] }))).toEqual(['a', 'c']);
  });

  it('adds a requirement no edge reaches as a step of its own', () => {
    const model = graphFromTable([['a', 'b', 'recommends', 1]], { requires: { b: [['exp-teach']] }, nodes: { 'exp-teach': { months: 6 } } });
    const { route } = ok(findRoute(model, 'a', 'b'));
    expect(route.steps[1]).toMatchObject({ id: 'exp-teach', role: 'requirement', edge: null, months: 6, monthsFrom: 'experience' });
    expect(route.steps[1]?.why).toBe('required by B: EXP-TEACH (no edge of the map leads here: obtain it directly)');
  });

  it('fails with the requirement when every option is avoided', () => {
    const model = graphFromTable([['a', 'b', 'recommends', 1]], { requires: { b: [['x', 'y']] }, isolated: ['x', 'y'] });
    expect(findRoute(model, 'a', 'b', { avoid: ['x', 'y'] })).toEqual({
      ok: false,
      reason: 'requirement-unmet',
      message: 'B requires one of X, Y, and you chose to avoid all of them.',
      detail: { requiredBy: 'b', options: ['x', 'y'], blocking: ['x', 'y'] },
    });
  });

  it('goes around a node whose requirement cannot be met instead of failing', () => {
    const model = graphFromTable(
      [
        ['a', 'b', 'recommends', 1],
        ['b', 'd', 'recommends', 1],
        ['a', 'c', 'recommends', 5],
        ['c', 'd', 'recommends', 5],
      ],
      { requires: { b: [['x']] }, isolated: ['x'] },
    );
    expect(ids(findRoute(model, 'a', 'd', { avoid: ['x'] }))).toEqual(['a', 'c', 'd']);
    expect(findRoute(model, 'a', 'd', { avoid: ['x', 'c'] })).toEqual({
      ok: false,
      reason: 'requirement-unmet',
      message: 'B requires X, and you chose to avoid it.',
      detail: { requiredBy: 'b', options: ['x'], blocking: ['x'] },
    });
  });

  it('names a retired requirement left out', () => {
    const model = graphFromTable([['a', 'b', 'recommends', 1]], { requires: { b: [['x', 'y']] }, isolated: ['x', 'y'] });
    expect(findRoute(model, 'a', 'b', { avoid: ['y'], retired: ['x'] })).toMatchObject({
      reason: 'requirement-unmet',
      message: 'B requires one of X, Y, and you chose to avoid Y and X is a retired exam, left out.',
    });
  });

  it('can be turned off', () => {
    const model = graphFromTable([['a', 'b', 'recommends', 1]], { requires: { b: [['x']] }, isolated: ['x'] });
    expect(ids(findRoute(model, 'a', 'b', { requirements: false }))).toEqual(['a', 'b']);
  });
});
