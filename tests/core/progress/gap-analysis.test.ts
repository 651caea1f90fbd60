import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gapAnalysis, loadGraphText, type PathwiseGraph } from '../../../src/core/index';
import { cert, experience, mapFile, modelOf, role, skill } from './fixture';

/**
 * role-target needs: one of cert-x / cert-y (a group), skills a–d and exp-years (requires edges),
 * and exp-other (a prerequisite edge no group lists). cert-x's prerequisite edge is in the group,
 * so it is not a separate need. Nobody teaches skill-d; cert-old teaches skill-a but is retired.
 */
const model = modelOf(
  mapFile(
    'gap-demo',
    [
      role('role-start'),
      role('role-target', { label: 'Target role', requires: [{ anyOf: ['cert-x', 'cert-y'], label: 'An associate certification' }] }),
      cert('cert-x'),
      cert('cert-y'),
      cert('cert-broad', { requires: [{ anyOf: ['cert-y'] }] }),
      cert('cert-narrow'),
      cert('cert-old', { status: { state: 'retired', date: '2025-01-01' } }),
      skill('skill-a'),
      skill('skill-b'),
      skill('skill-c'),
      skill('skill-d'),
      experience('exp-years', { label: 'Two years of work' }),
      experience('exp-other', { label: 'Other experience' }),
    ],
    [
      { source: 'role-target', target: 'skill-a', kind: 'requires' },
      { source: 'role-target', target: 'skill-b', kind: 'requires' },
      { source: 'role-target', target: 'skill-c', kind: 'requires' },
      { source: 'role-target', target: 'skill-d', kind: 'requires' },
      { source: 'role-target', target: 'exp-years', kind: 'requires' },
      { source: 'cert-x', target: 'role-target', kind: 'prerequisite' },
      { source: 'exp-other', target: 'role-target', kind: 'prerequisite' },
      { source: 'cert-broad', target: 'skill-a', kind: 'teaches' },
      { source: 'cert-broad', target: 'skill-b', kind: 'teaches' },
      { source: 'cert-narrow', target: 'skill-c', kind: 'teaches' },
      { source: 'cert-x', target: 'skill-c', kind: 'teaches' },
      { source: 'cert-old', target: 'skill-a', kind: 'teaches' },
      { source: 'role-start', target: 'cert-x', kind: 'recommends', months: 3 },
      { source: 'role-start', target: 'cert-broad', kind: 'leads-to', months: 4 },
      { source: 'cert-y', target: 'cert-broad', kind: 'recommends', months: 6 },
    ],
  ),
);

const keys = (needs: readonly { key: string }[]) => needs.map((n) => n.key);

describe('gapAnalysis on a small literal map', () => {
  it('lists the needs: the group, the requires edges and an ungrouped prerequisite', () => {
    const result = gapAnalysis(model, 'role-target', new Set());
    expect(result.needs.map((n) => [n.key, n.label, n.options, n.source, n.metBy])).toEqual([
      ['group:0', 'An associate certification', ['cert-x', 'cert-y'], 'requirement-group', null],
      ['requires:skill-a', 'Skill skill-a', ['skill-a'], 'requires-edge', null],
      ['requires:skill-b', 'Skill skill-b', ['skill-b'], 'requires-edge', null],
      ['requires:skill-c', 'Skill skill-c', ['skill-c'], 'requires-edge', null],
      ['requires:skill-d', 'Skill skill-d', ['skill-d'], 'requires-edge', null],
      ['requires:exp-years', 'Two years of work', ['exp-years'], 'requires-edge', null],
      ['prerequisite:exp-other', 'Other experience', ['exp-other'], 'prerequisite-edge', null],
    ]);
  });

  it('ranks certifications by gaps closed, then fewest months, unknown months last, and skips retired ones', () => {
    const { candidates } = gapAnalysis(model, 'role-target', new Set());
    expect(candidates.map((c) => [c.id, c.closes, c.months])).toEqual([
      ['cert-x', ['group:0', 'requires:skill-c'], 3],
      ['cert-broad', ['requires:skill-a', 'requires:skill-b'], 4],
      ['cert-narrow', ['requires:skill-c'], null],
      ['cert-y', ['group:0'], null],
    ]);
    expect(candidates.find((c) => c.id === 'cert-broad')?.unmetRequirements.map((n) => n.options)).toEqual([['cert-y']]);
  });

  it('plans a small cover and reports what no certification closes', () => {
    const result = gapAnalysis(model, 'role-target', new Set());
    expect(result.status).toBe('gaps');
    expect(result.plan).toEqual({
      certifications: ['cert-x', 'cert-broad'],
      closes: ['group:0', 'requires:skill-a', 'requires:skill-b', 'requires:skill-c'],
      months: 7,
      monthsUnknown: [],
    });
    expect(keys(result.uncoverable)).toEqual(['requires:skill-d', 'requires:exp-years', 'prerequisite:exp-other']);
    expect(result.summary).toBe(
      'Target role needs 7 things you do not hold yet. Taking 2 certifications (Cert cert-x, Cert cert-broad) closes 4 of 7. ' +
        'Not closed by a certification: Skill skill-d; Two years of work; Other experience.',
    );
  });

  it('counts a skill as held when a held certification teaches it', () => {
    const result = gapAnalysis(model, 'role-target', new Set(['cert-broad']));
    expect(result.needs.filter((n) => n.metBy !== null).map((n) => [n.key, n.metBy])).toEqual([
      ['requires:skill-a', 'cert-broad'],
      ['requires:skill-b', 'cert-broad'],
    ]);
    expect(result.plan.certifications).toEqual(['cert-x']);
    expect(result.candidates.map((c) => c.id)).not.toContain('cert-broad');
  });

  it('says when everything is held', () => {
    const result = gapAnalysis(model, 'role-target', new Set(['cert-y', 'cert-broad', 'cert-narrow', 'skill-d', 'exp-years', 'exp-other']));
    expect(result.status).toBe('met');
    expect(result.gaps).toEqual([]);
    expect(result.plan.certifications).toEqual([]);
    expect(result.summary).toBe('You hold everything Target role needs (7 of 7).');
  });

  it('flags a target with no stated needs', () => {
    const result = gapAnalysis(model, 'role-start', new Set());
    expect(result).toMatchObject({ status: 'no-needs', needs: [], gaps: [], candidates: [], plan: { certifications: [], closes: [] } });
    expect(result.summary).toBe('The map states no requirements for Role role-start, so there is nothing to close.');
  });

  it('reports a need written both as a group and as an edge once', () => {
    const twice = modelOf(
      mapFile('twice', [role('role-r', { requires: [{ anyOf: ['skill-s'] }] }), skill('skill-s')], [{ source: 'role-r', target: 'skill-s', kind: 'requires' }]),
    );
    expect(keys(gapAnalysis(twice, 'role-r', new Set()).needs)).toEqual(['group:0']);
  });

  it('never recommends the target itself or a held certification', () => {
    const ccspLike = modelOf(
      mapFile(
        'cert-target',
        [cert('cert-top', { requires: [{ anyOf: ['exp-five', 'cert-base'] }] }), cert('cert-base'), experience('exp-five')],
        [{ source: 'cert-base', target: 'cert-top', kind: 'prerequisite' }],
      ),
    );
    expect(gapAnalysis(ccspLike, 'cert-top', new Set()).plan.certifications).toEqual(['cert-base']);
    expect(gapAnalysis(ccspLike, 'cert-top', new Set(['exp-five'])).status).toBe('met');
  });

  it('throws on an unknown target', () => {
    expect(() => gapAnalysis(model, 'role-nobody', new Set())).toThrow('core/progress.gapAnalysis: unknown node "role-nobody"');
  });
});

describe('gapAnalysis on the shipped MS-102 map', () => {
  const loaded = loadGraphText(readFileSync('graph-data/ms-102.json', 'utf8'));
  if (!loaded.ok) throw new Error('graph-data/ms-102.json does not load');
  const ms102: PathwiseGraph = loaded.graph;

  it('plans AZ-305 for a Cloud Solutions Architect, noting that AZ-305 needs AZ-104', () => {
    const result = gapAnalysis(ms102, 'role-cloud-solutions-architect', new Set());
    expect(result.status).toBe('gaps');
    expect(result.plan.certifications).toContain('az-305');
    const az305 = result.candidates.find((c) => c.id === 'az-305');
    expect(az305?.unmetRequirements.some((n) => n.options.includes('az-104'))).toBe(true);
    // Every gap some certification closes is closed by the plan.
    expect(result.plan.closes.length + result.uncoverable.length).toBe(result.gaps.length);
  });

  it('with AZ-104 held, AZ-305 has no unmet requirement and no gap is new', () => {
    const none = gapAnalysis(ms102, 'role-cloud-solutions-architect', new Set());
    const result = gapAnalysis(ms102, 'role-cloud-solutions-architect', new Set(['az-104']));
    expect(result.candidates.find((c) => c.id === 'az-305')?.unmetRequirements).toEqual([]);
    expect(keys(none.gaps)).toEqual(expect.arrayContaining(keys(result.gaps)));
    expect(result.plan.certifications).toContain('az-305');
    expect(result.plan.certifications).not.toContain('az-104');
  });
});
