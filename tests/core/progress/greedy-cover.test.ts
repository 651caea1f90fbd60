import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapAnalysis, greedyCover, type CoverCandidate } from '../../../src/core/index';
import { cert, experience, mapFile, modelOf, role, skill } from './fixture';

/** The fewest candidates whose union is the union of all: tries every subset (n ≤ 8). */
function optimumSize(candidates: readonly CoverCandidate[]): number {
  const all = new Set(candidates.flatMap((c) => c.covers));
  let best = candidates.length;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const picked = candidates.filter((_, i) => (mask & (1 << i)) !== 0);
    if (picked.length >= best) continue;
    const union = new Set(picked.flatMap((c) => c.covers));
    if (union.size === all.size) best = picked.length;
  }
  return best;
}

const harmonic = (d: number) => Array.from({ length: d }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

const candidatesArb = fc
  .array(
    fc.record({
      covers: fc.uniqueArray(fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'), { maxLength: 5 }),
      cost: fc.option(fc.nat({ max: 12 }), { nil: null }),
    }),
    { maxLength: 8 },
  )
  .map((list) => list.map((c, i): CoverCandidate => ({ id: `c${i}`, ...c })));

describe('greedyCover', () => {
  it('takes the candidate adding the most, ties to the lower cost', () => {
    expect(
      greedyCover([
        { id: 'a', covers: ['x', 'y'], cost: 6 },
        { id: 'b', covers: ['y', 'z'], cost: 3 },
        { id: 'c', covers: ['z'], cost: 1 },
      ]),
    ).toEqual({ chosen: ['b', 'a'], covered: ['x', 'y', 'z'] });
  });

  it('puts unknown cost after any known cost, then orders by id', () => {
    expect(greedyCover([{ id: 'b', covers: ['x'], cost: null }, { id: 'c', covers: ['x'], cost: 9 }]).chosen).toEqual(['c']);
    expect(greedyCover([{ id: 'b', covers: ['x'], cost: null }, { id: 'a', covers: ['x'], cost: null }]).chosen).toEqual(['a']);
  });

  it('covers nothing when there is nothing to cover', () => {
    expect(greedyCover([])).toEqual({ chosen: [], covered: [] });
    expect(greedyCover([{ id: 'a', covers: [], cost: 1 }])).toEqual({ chosen: [], covered: [] });
  });

  it('throws on a candidate given twice', () => {
    expect(() => greedyCover([{ id: 'a', covers: [], cost: 1 }, { id: 'a', covers: [], cost: 1 }])).toThrow('core/progress.greedyCover');
  });

  it('covers every coverable element, each pick adding something, within H(d) of the brute-force optimum', () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const { chosen, covered } = greedyCover(candidates);
        const all = new Set(candidates.flatMap((c) => c.covers));
        expect(covered).toEqual([...all].sort());
        expect(new Set(chosen).size).toBe(chosen.length);
        const seen = new Set<string>();
        for (const id of chosen) {
          const pick = candidates.find((c) => c.id === id);
          expect(pick?.covers.some((e) => !seen.has(e))).toBe(true);
          for (const e of pick?.covers ?? []) seen.add(e);
        }
        expect(seen).toEqual(all);
        const optimum = optimumSize(candidates);
        const d = Math.max(0, ...candidates.map((c) => c.covers.length));
        expect(chosen.length).toBeGreaterThanOrEqual(optimum);
        expect(chosen.length).toBeLessThanOrEqual(harmonic(d) * optimum + 1e-9);
      }),
      { numRuns: 3000 },
    );
  });
});

const CERTS = ['c0', 'c1', 'c2', 'c3', 'c4'];
const SKILLS = ['skill-0', 'skill-1', 'skill-2', 'skill-3'];
const EXPS = ['exp-0', 'exp-1'];
const ITEMS = [...CERTS, ...SKILLS, ...EXPS];

const scenarioArb = fc.record({
  retired: fc.subarray(CERTS),
  teaches: fc.subarray(CERTS.flatMap((c) => SKILLS.map((s) => [c, s] as const))),
  requires: fc.subarray([...SKILLS, ...EXPS, ...CERTS]),
  groups: fc.array(fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
  held: fc.subarray(ITEMS),
});

describe('gapAnalysis on random small maps', () => {
  it('finds exactly the unheld needs and plans a cover of every gap some available certification closes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ retired, teaches, requires, groups, held }) => {
        const model = modelOf(
          mapFile(
            'random',
            [
              role('role-t', groups.length === 0 ? {} : { requires: groups.map((anyOf) => ({ anyOf })) }),
              ...CERTS.map((id) => cert(id, retired.includes(id) ? { status: { state: 'retired', date: '2025-01-01' } } : {})),
              ...SKILLS.map((id) => skill(id)),
              ...EXPS.map((id) => experience(id)),
            ],
            [
              ...teaches.map(([source, target]) => ({ source, target, kind: 'teaches' })),
              ...requires.map((target) => ({ source: 'role-t', target, kind: 'requires' })),
            ],
          ),
        );
        const heldSet = new Set(held);
        const result = gapAnalysis(model, 'role-t', heldSet);

        // Brute force from the tables, independent of the graph model.
        const isHeld = (o: string) => heldSet.has(o) || teaches.some(([c, s]) => s === o && heldSet.has(c));
        const closes = (c: string, options: readonly string[]) => options.some((o) => o === c || teaches.some(([t, s]) => t === c && s === o));
        const available = CERTS.filter((c) => !retired.includes(c) && !heldSet.has(c));
        const signatures = new Set<string>();
        const needs: { key: string; options: readonly string[] }[] = [];
        const add = (key: string, options: readonly string[]) => {
          const signature = [...options].sort().join(' ');
          if (!signatures.has(signature)) needs.push({ key, options });
          signatures.add(signature);
        };
        groups.forEach((options, i) => { add(`group:${i}`, options); });
        for (const target of requires) add(`requires:${target}`, [target]);
        const gaps = needs.filter((n) => !n.options.some(isHeld));
        const coverable = gaps.filter((g) => available.some((c) => closes(c, g.options)));

        expect(result.needs.map((n) => n.key)).toEqual(needs.map((n) => n.key));
        expect(result.gaps.map((n) => n.key)).toEqual(gaps.map((n) => n.key));
        expect(result.plan.closes).toEqual(coverable.map((g) => g.key));
        expect(result.uncoverable.map((n) => n.key)).toEqual(gaps.filter((g) => !coverable.includes(g)).map((g) => g.key));
        for (const id of result.plan.certifications) expect(available).toContain(id);
        for (const gap of coverable) expect(result.plan.certifications.some((c) => closes(c, gap.options))).toBe(true);
        expect(result.plan.certifications.length).toBeLessThanOrEqual(coverable.length);
        expect(result.status).toBe(needs.length === 0 ? 'no-needs' : gaps.length === 0 ? 'met' : 'gaps');
      }),
      { numRuns: 500 },
    );
  });
});
