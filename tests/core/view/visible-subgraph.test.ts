import { describe, expect, it } from 'vitest';
import { neighbourIds, visibleSubgraph, type ViewFilters } from '../../../src/core/index';
import { viewFixture } from './fixture';

const none: ViewFilters = { hiddenKinds: new Set(), tracks: new Set(), hiddenLevels: new Set(), hideRetired: false };
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id).sort();

describe('visibleSubgraph', () => {
  const model = viewFixture();

  it('shows every node but tracks when nothing is filtered', () => {
    const view = visibleSubgraph(model, none, null);
    expect(ids(view.nodes)).toEqual(['expert-cert', 'new-cert', 'old-cert', 'role-admin', 'skill-one']);
    expect(view.hiddenCount).toBe(0);
    expect(view.key).toBe('all');
    expect(view.edges).toHaveLength(model.edges.length);
  });

  it('hides retired certifications and counts them', () => {
    const view = visibleSubgraph(model, { ...none, hideRetired: true }, null);
    expect(ids(view.nodes)).not.toContain('old-cert');
    expect(view.hiddenCount).toBe(1);
    expect(view.edges.some((e) => e.source === 'old-cert' || e.target === 'old-cert')).toBe(false);
  });

  it('filters by kind, level and track', () => {
    expect(ids(visibleSubgraph(model, { ...none, hiddenKinds: new Set(['skill']) }, null).nodes)).not.toContain('skill-one');
    expect(ids(visibleSubgraph(model, { ...none, hiddenLevels: new Set(['expert']) }, null).nodes)).not.toContain('expert-cert');
    expect(ids(visibleSubgraph(model, { ...none, tracks: new Set(['track-b']) }, null).nodes)).toEqual(['expert-cert', 'role-admin', 'skill-one']);
  });

  it('focuses on a node and its neighbours N steps away in either direction', () => {
    expect(ids(visibleSubgraph(model, none, { id: 'expert-cert', depth: 1 }).nodes)).toEqual(['expert-cert', 'new-cert', 'role-admin']);
    expect(ids(visibleSubgraph(model, none, { id: 'expert-cert', depth: 2 }).nodes)).toEqual([
      'expert-cert',
      'new-cert',
      'old-cert',
      'role-admin',
      'skill-one',
    ]);
  });

  it('lists direct neighbours for hover', () => {
    expect([...neighbourIds(model, 'skill-one')].sort()).toEqual(['new-cert', 'role-admin']);
    expect(neighbourIds(model, 'nope').size).toBe(0);
  });
});
