import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gapAnalysis, loadGraphText, type PathwiseGraph } from '../../src/core/index';
import { reachableFrom } from './map-rules';

function load(path: string): PathwiseGraph {
  const result = loadGraphText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return result.graph;
}

describe('graph-data/cybersecurity-foundations.json', () => {
  const model = load('graph-data/cybersecurity-foundations.json');

  it('loads as its own map, with an id other than the MS-102 map', () => {
    expect(model.meta.id).toBe('cybersecurity-foundations');
    expect(model.meta.id).not.toBe(load('graph-data/ms-102.json').meta.id);
  });

  it('has at least two tracks, each with a role and a certification', () => {
    expect(model.tracks.length).toBeGreaterThanOrEqual(2);
    for (const track of model.tracks) {
      const kinds = new Set(model.nodes.filter((n) => n.tracks?.includes(track.id)).map((n) => n.kind));
      expect([track.id, kinds.has('role'), kinds.has('certification')]).toEqual([track.id, true, true]);
    }
  });

  it('puts every node other than a track in a track', () => {
    expect(model.nodes.filter((n) => n.kind !== 'track' && (n.tracks ?? []).length === 0).map((n) => n.id)).toEqual([]);
  });

  it('reaches every role from CompTIA A+', () => {
    const reached = reachableFrom(model, 'comptia-a-plus');
    expect(model.nodes.filter((n) => n.kind === 'role' && !reached.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('states no fees, since the research gives none for these certifications', () => {
    expect(model.nodes.filter((n) => n.kind === 'certification' && n.fee !== undefined).map((n) => n.id)).toEqual([]);
    expect(model.edges.filter((e) => e.cost !== undefined)).toEqual([]);
  });

  it('gives pay only as BLS May 2024 medians for the United States, flagged secondary', () => {
    const pay = model.nodes.flatMap((n) => (n.kind === 'role' && n.pay !== undefined ? [n.pay] : []));
    expect(pay.map((p) => p.amount).sort((a, b) => a - b)).toEqual([61550, 96800, 124910]);
    for (const p of pay) {
      expect([p.year, p.region, p.statistic, p.confidence]).toEqual([2024, 'United States', 'median', 'secondary']);
      expect(p.source).toMatch(/^https:\/\/www\.bls\.gov\/ooh\//);
    }
  });

  it('marks every edge that carries estimated months as unverified', () => {
    expect(model.edges.filter((e) => e.months !== undefined && e.confidence !== 'unverified').map((e) => `${e.source}->${e.target}`)).toEqual([]);
  });

  it('wires the ISC2 experience rules through requirement groups, CCSP flagged unverified', () => {
    const cissp = model.byId.get('cissp');
    const ccsp = model.byId.get('ccsp');
    expect(cissp?.requires?.map((g) => g.anyOf)).toEqual([['exp-cissp-security-5y']]);
    expect(ccsp?.requires?.map((g) => [g.anyOf, g.confidence])).toEqual([[['exp-ccsp-it-5y', 'cissp'], 'unverified']]);
    expect(ccsp?.caveats?.some((c) => c.field === 'requires' && c.confidence === 'unverified')).toBe(true);
    expect(model.byId.get('exp-cissp-security-5y')).toMatchObject({ kind: 'experience', months: 60 });
  });

  it('supports a gap analysis toward the information security analyst role', () => {
    const result = gapAnalysis(model, 'role-information-security-analyst', new Set());
    expect(result.plan.certifications).toEqual(['comptia-security-plus']);
    expect(result.uncoverable).toEqual([]);
    expect(gapAnalysis(model, 'cissp', new Set()).summary).toBe(
      'CISSP Certified Information Systems Security Professional needs 1 thing you do not hold yet. ' +
        'No certification in this map closes it: Five years of paid security work in 2 of the 8 domains.',
    );
    expect(gapAnalysis(model, 'ccsp', new Set(['cissp'])).status).toBe('met');
  });
});
