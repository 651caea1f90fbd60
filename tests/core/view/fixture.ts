import { loadGraphValue, type PathwiseGraph } from '../../../src/core/index';

const src = ['https://example.com/source'];

/** A small literal map: two tracks, a retired cert with a replacement, a role and skills. */
export function viewFixture(): PathwiseGraph {
  const result = loadGraphValue({
    schemaVersion: 1,
    meta: { id: 'view-fixture', title: 'View fixture', lastVerified: '2026-01-01' },
    nodes: [
      { id: 'track-a', kind: 'track', label: 'Track A', sources: src },
      { id: 'track-b', kind: 'track', label: 'Track B', sources: src },
      { id: 'old-cert', kind: 'certification', label: 'OLD-1 Old cert', issuer: 'X', examCodes: ['OLD-1'], credential: 'Old Credential', level: 'associate', status: { state: 'retired', date: '2024-01-01', replacement: 'new-cert' }, tracks: ['track-a'], sources: src },
      { id: 'new-cert', kind: 'certification', label: 'NEW-2 New cert', issuer: 'X', examCodes: ['NEW-2'], credential: 'New Credential Associate', level: 'associate', status: { state: 'active' }, tracks: ['track-a'], sources: src },
      { id: 'expert-cert', kind: 'certification', label: 'EXP-3 Expert cert', issuer: 'X', examCodes: ['EXP-3'], credential: 'Expert Credential', level: 'expert', status: { state: 'active' }, tracks: ['track-b'], sources: src },
      { id: 'skill-one', kind: 'skill', label: 'Identity basics', domain: 'Identity', tracks: ['track-a', 'track-b'], sources: src },
      { id: 'role-admin', kind: 'role', label: 'Administrator', seniority: 'mid', tracks: ['track-b'], sources: src },
    ],
    edges: [
      { source: 'new-cert', target: 'expert-cert', kind: 'prerequisite', note: 'Needed first' },
      { source: 'new-cert', target: 'skill-one', kind: 'teaches' },
      { source: 'role-admin', target: 'skill-one', kind: 'requires' },
      { source: 'expert-cert', target: 'role-admin', kind: 'leads-to' },
    ],
  });
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.graph;
}
