import { describe, expect, it } from 'vitest';
import type { Caveat, Confidence, GraphNode } from '../../src/core/index';
import {
  certificationsTeachingNothing,
  edgesWithoutMonths,
  incompleteTracks,
  leastMonths,
  loadMap,
  readMap,
  retiredLeavingWrongly,
  stepsIntoRetired,
  untrackedNodes,
  unreachableTrackRoles,
} from './map-rules';

const model = loadMap(readMap('ms-102.json'));

function node(id: string): GraphNode {
  const found = model.byId.get(id);
  if (found === undefined) throw new Error(`ms-102.json has no node "${id}"`);
  return found;
}

function caveat(id: string, field: string): Caveat | undefined {
  return node(id).caveats?.find((c) => c.field === field);
}

/** Programmes that are certifications in the map but measure no skill; each with the reason. */
const PROGRAMMES: Readonly<Record<string, string>> = {
  mct: 'a trainer programme: it requires a certification and instructional skills instead of measuring a skill',
};

describe('MS-102 map › shape', () => {
  it('has the 13 career paths as tracks, ordered 1 to 13', () => {
    expect(model.tracks.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('gives every track at least one role and one certification', () => {
    expect(incompleteTracks(model)).toEqual([]);
  });

  it('puts every non-track node in a track', () => {
    expect(untrackedNodes(model)).toEqual([]);
  });

  it('stays between 100 and 200 nodes', () => {
    expect(model.nodes.length).toBeGreaterThanOrEqual(100);
    expect(model.nodes.length).toBeLessThanOrEqual(200);
  });

  it('gives every edge a months estimate, so routes never hop across an unweighted step', () => {
    expect(edgesWithoutMonths(model)).toEqual([]);
  });
});

describe('MS-102 map › progression', () => {
  it("reaches every track's roles from MS-102, except feeder roles that lead to MS-102", () => {
    expect(unreachableTrackRoles(model, 'ms-102')).toEqual([]);
  });

  it('has help desk as a feeder role that leads to MS-102', () => {
    expect(unreachableTrackRoles(model, 'ms-102')).not.toContain('role-help-desk');
    expect(leastMonths(model, 'role-help-desk', 'ms-102')).toBeLessThan(Infinity);
  });

  it('teaches at least one skill with every certification that is not retired or a programme', () => {
    expect(certificationsTeachingNothing(model, PROGRAMMES)).toEqual([]);
  });

  it('never offers a retired certification as a next step', () => {
    expect(stepsIntoRetired(model)).toEqual([]);
  });

  it('leaves retired certifications only by replacement, a skill, or a role people still hold', () => {
    expect(retiredLeavingWrongly(model)).toEqual([]);
  });

  it('replaces the retired certifications people still search for', () => {
    const replacement = (id: string) => {
      const n = node(id);
      return n.kind === 'certification' && (n.status.state === 'retired' || n.status.state === 'retiring') ? n.status.replacement : undefined;
    };
    expect(['ms-900', 'ms-100-ms-101', 'sc-400', 'az-500'].map(replacement)).toEqual(['ab-900', 'ms-102', 'sc-401', 'sc-500']);
  });
});

describe('MS-102 map › least-months routes from Microsoft 365 Administrator', () => {
  const from = 'role-m365-administrator';
  const without = (to: string, ...avoid: string[]) => leastMonths(model, from, to, new Set(avoid));

  it('reaches Cloud Solutions Architect through AZ-104 and AZ-305', () => {
    const best = without('role-cloud-solutions-architect');
    expect(best).toBeLessThan(Infinity);
    expect(without('role-cloud-solutions-architect', 'az-104')).toBeGreaterThan(best);
    expect(without('role-cloud-solutions-architect', 'az-305')).toBeGreaterThan(best);
  });

  it('reaches Cybersecurity Architect through a security associate certification and SC-100', () => {
    const best = without('role-cybersecurity-architect');
    expect(best).toBeLessThan(Infinity);
    expect(without('role-cybersecurity-architect', 'sc-100')).toBeGreaterThan(best);
    expect(without('role-cybersecurity-architect', 'sc-200', 'sc-300', 'az-500')).toBeGreaterThan(best);
  });

  it('reaches Microsoft Certified Trainer only through a qualifying certification and instructional skills', () => {
    const mct = node('mct');
    const [certificates, skills] = mct.requires ?? [];
    expect(skills?.anyOf).toEqual(['exp-instructional-skills']);
    expect(without('mct')).toBeLessThan(Infinity);
    expect(without('mct', 'exp-instructional-skills')).toBe(Infinity);
    expect(without('mct', ...(certificates?.anyOf ?? []))).toBe(Infinity);
  });
});

describe('MS-102 map › unverified and conflicting facts carry their flag', () => {
  it('keeps the MS-102 retirement rumour as an unverified caveat, worded as researched', () => {
    expect(caveat('ms-102', 'status')).toEqual({
      field: 'status',
      confidence: 'unverified',
      text: 'One unconfirmed source claims MS-102 retires on 2026-10-31 in favour of AB-650 (Microsoft 365 Certified: AI Services Administrator Associate). It was active when last verified (2026-08-22). Looked again on 2026-12-02: no other stored source names that retirement or successor; AB-650 appears only as a course with lab material.',
      // The claimed date, so `pathwise freshness` reports the claim as due once it has passed.
      date: '2026-10-31',
      sources: ['https://github.com/omarpatron19/patrontech-site'],
    });
    expect(node('ms-102')).toMatchObject({ status: { state: 'active' } });
  });

  it('flags the disputed AZ-500 retirement date as conflicting', () => {
    expect(node('az-500')).toMatchObject({ status: { state: 'retiring', date: '2026-08-31', replacement: 'sc-500', confidence: 'conflicting' } });
    expect(caveat('az-500', 'status')?.confidence).toBe('conflicting');
  });

  it('keeps SC-500 in beta with the July 2026 release it was expected by, still unconfirmed', () => {
    expect(node('sc-500')).toMatchObject({ status: { state: 'beta', since: '2026-05-15', expectedRelease: '2026-07-31', confidence: 'secondary' } });
    expect(caveat('sc-500', 'status')?.confidence).toBe('unverified');
  });

  it.each<[string, string, Confidence]>([
    ['ms-102', 'requires', 'conflicting'],
    ['ms-102', 'skills', 'conflicting'],
    ['sc-100', 'requires', 'unverified'],
    ['sc-500', 'status', 'unverified'],
    ['mct', 'renewal', 'unverified'],
    ['ccsp', 'requires', 'unverified'],
    ['cissp', 'renewal', 'unverified'],
    ['prince2-practitioner', 'requires', 'unverified'],
    ['prosci-ccp', 'requires', 'unverified'],
    ['md-102', 'requires', 'unverified'],
    ['sc-200', 'requires', 'unverified'],
    ['sc-300', 'requires', 'unverified'],
    ['sc-401', 'requires', 'unverified'],
    ['ms-700', 'requires', 'unverified'],
    ['ms-721', 'requires', 'unverified'],
    ['az-104', 'requires', 'unverified'],
    ['az-140', 'requires', 'unverified'],
  ])('%s has a %s caveat marked %s', (id, field, confidence) => {
    expect(caveat(id, field)?.confidence).toBe(confidence);
  });

  it('flags the disputed MS-100/MS-101 retirement date as conflicting', () => {
    expect(node('ms-100-ms-101')).toMatchObject({ status: { state: 'retired', confidence: 'conflicting' } });
  });

  it('gives pay only as a secondary-sourced BLS May 2024 median for the United States', () => {
    const pays = model.nodes.flatMap((n) => (n.kind === 'role' && n.pay !== undefined ? [n.pay] : []));
    expect(pays.length).toBeGreaterThan(0);
    for (const pay of pays) {
      expect(pay).toMatchObject({ year: 2024, region: 'United States', statistic: 'median', confidence: 'secondary' });
      expect(pay.source).toMatch(/^https:\/\/www\.bls\.gov\/ooh\//);
      expect(pay.occupation).toMatch(/\(\d{2}-\d{4}\)$/);
    }
  });

  it('marks the conflicting Computer Support Specialists outlook', () => {
    expect(node('role-help-desk')).toMatchObject({ outlook: { growthPercent: -3, confidence: 'conflicting' } });
  });
});
