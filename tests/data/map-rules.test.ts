import { describe, expect, it } from 'vitest';
import type { GraphFileInput } from '../../src/core/index';
import {
  certificationsTeachingNothing,
  edgesWithoutMonths,
  incompleteTracks,
  insecureUrls,
  leastMonths,
  loadMap,
  nodesWithoutHttpsSource,
  reachableFrom,
  retiredLeavingWrongly,
  stepsIntoRetired,
  undatedFigures,
  unreachableTrackRoles,
  untrackedNodes,
} from './map-rules';

const SRC = ['https://example.org/source'];

// A small map with one of each fault the rules look for:
//  - track "t-empty" has no role or certification; node "orphan" is in no track
//  - "old" is retired and is offered as a next step (recommends) and leads to a certification
//  - "silent" is an active certification that teaches nothing
//  - "role-far" sits in a track but cannot be reached from "start"
const broken: GraphFileInput = {
  schemaVersion: 1,
  meta: { id: 'broken', title: 'Broken', lastVerified: '2026-08-22', sources: ['http://example.org/plain'] },
  nodes: [
    { id: 't', kind: 'track', label: 'T', sources: SRC },
    { id: 't-empty', kind: 'track', label: 'Empty', sources: SRC },
    { id: 'start', kind: 'certification', label: 'Start', issuer: 'X', credential: 'Start', level: 'associate', status: { state: 'active' }, tracks: ['t'], sources: SRC },
    { id: 'silent', kind: 'certification', label: 'Silent', issuer: 'X', credential: 'Silent', level: 'associate', status: { state: 'active' }, tracks: ['t'], sources: SRC },
    { id: 'old', kind: 'certification', label: 'Old', issuer: 'X', credential: 'Old', level: 'associate', status: { state: 'retired', date: '2020-01-01' }, tracks: ['t'], sources: SRC },
    { id: 'skill', kind: 'skill', label: 'Skill', domain: 'D', tracks: ['t'], sources: SRC },
    { id: 'role-near', kind: 'role', label: 'Near', seniority: 'mid', tracks: ['t'], sources: SRC },
    { id: 'role-far', kind: 'role', label: 'Far', seniority: 'mid', tracks: ['t'], sources: SRC },
    { id: 'role-feeder', kind: 'role', label: 'Feeder', seniority: 'entry', tracks: ['t'], sources: SRC },
    { id: 'orphan', kind: 'skill', label: 'Orphan', domain: 'D', sources: SRC },
  ],
  edges: [
    { source: 'start', target: 'skill', kind: 'teaches' },
    { source: 'role-near', target: 'skill', kind: 'requires', months: 6 },
    { source: 'role-feeder', target: 'start', kind: 'recommends', months: 3 },
    { source: 'role-near', target: 'old', kind: 'recommends', months: 3 },
    { source: 'old', target: 'silent', kind: 'leads-to', months: 1 },
    { source: 'role-near', target: 'silent', kind: 'recommends', months: 10 },
  ],
};
const model = loadMap(JSON.stringify(broken));

describe('map rules catch what they are for', () => {
  it('finds a track without a role or a certification', () => {
    expect(incompleteTracks(model)).toEqual(['t-empty']);
  });

  it('finds a node in no track', () => {
    expect(untrackedNodes(model)).toEqual(['orphan']);
  });

  it('walks requires edges from the skill to the role', () => {
    expect([...reachableFrom(model, 'start')].sort()).toEqual(['old', 'role-near', 'silent', 'skill', 'start']);
  });

  it('finds a track role out of reach, but not a feeder role that leads to the start', () => {
    expect(unreachableTrackRoles(model, 'start')).toEqual(['role-far']);
  });

  it('finds an active certification that teaches nothing, unless exempted', () => {
    expect(certificationsTeachingNothing(model, {})).toEqual(['silent']);
    expect(certificationsTeachingNothing(model, { silent: 'a programme' })).toEqual([]);
  });

  it('finds a retired certification offered as a next step', () => {
    expect(stepsIntoRetired(model)).toEqual(['role-near->old:recommends']);
  });

  it('finds a retired certification leading to another certification', () => {
    expect(retiredLeavingWrongly(model)).toEqual(['old->silent:leads-to']);
  });

  it('finds plain http URLs unless allow-listed', () => {
    expect(insecureUrls(broken)).toEqual(['$.meta.sources[0]: http://example.org/plain']);
    expect(insecureUrls(broken, { 'http://example.org/plain': 'no https version' })).toEqual([]);
  });

  it('adds months along the lightest route and honours avoided nodes', () => {
    expect(leastMonths(model, 'role-near', 'silent')).toBe(4);
    expect(leastMonths(model, 'role-near', 'silent', new Set(['old']))).toBe(10);
    expect(leastMonths(model, 'role-near', 'role-far')).toBe(Infinity);
  });

  it('finds an edge without months', () => {
    expect(edgesWithoutMonths(model)).toEqual(['start->skill:teaches']);
  });

  // The same map with a node sourced only over plain http, one with no source, and pay from a plain http page.
  const faulty = loadMap(
    JSON.stringify({
      ...broken,
      nodes: [
        ...broken.nodes,
        { id: 'plain', kind: 'skill', label: 'Plain', domain: 'D', tracks: ['t'], sources: ['http://example.org/plain'] },
        { id: 'unsourced', kind: 'skill', label: 'Unsourced', domain: 'D', tracks: ['t'], sources: [] },
        {
          id: 'role-paid',
          kind: 'role',
          label: 'Paid',
          seniority: 'mid',
          tracks: ['t'],
          sources: SRC,
          pay: { amount: 1, currency: 'USD', period: 'year', statistic: 'median', region: 'Nowhere', year: 2024, source: 'http://example.org/pay' },
        },
      ],
    }),
  );

  it('finds a node without an https source', () => {
    expect(nodesWithoutHttpsSource(faulty)).toEqual(['plain', 'unsourced']);
    expect(nodesWithoutHttpsSource(model)).toEqual([]);
  });

  it('finds pay whose source is not https, and a fee without its date', () => {
    expect(undatedFigures(faulty)).toEqual(['role-paid.pay']);
    // The schema already refuses an empty date, so the rule is checked on a model changed after loading.
    const start = faulty.nodes.find((n) => n.id === 'start');
    if (start?.kind !== 'certification') throw new Error('fixture: start is a certification');
    const undated = { ...start, fee: { amount: 99, currency: 'USD', asOf: '' } };
    expect(undatedFigures({ ...faulty, nodes: faulty.nodes.map((n) => (n.id === 'start' ? undated : n)) })).toEqual(['start.fee', 'role-paid.pay']);
  });
});
