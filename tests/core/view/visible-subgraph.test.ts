import { describe, expect, it } from 'vitest';
import { filtersAreEmpty, neighbourIds, visibleSubgraph, type ViewFilters } from '../../../src/core/index';
import { viewFixture } from './fixture';

const none: ViewFilters = { hiddenKinds: new Set(), hiddenTracks: new Set(), hiddenLevels: new Set(), hideRetired: false };
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
    // Switching track-a off hides what belongs only to track-a; skill-one is also on track-b and stays.
    expect(ids(visibleSubgraph(model, { ...none, hiddenTracks: new Set(['track-a']) }, null).nodes)).toEqual(['expert-cert', 'role-admin', 'skill-one']);
    expect(ids(visibleSubgraph(model, { ...none, hiddenTracks: new Set(['track-a', 'track-b']) }, null).nodes)).toEqual([]);
  });

  it('keeps route steps drawn when the filters would hide them, and counts them', () => {
    const view = visibleSubgraph(model, { ...none, hiddenKinds: new Set(['certification']) }, null, new Set(['new-cert', 'role-admin']));
    expect(ids(view.nodes)).toEqual(['new-cert', 'role-admin', 'skill-one']);
    expect(view.keptCount).toBe(1);
    expect(view.hiddenCount).toBe(2);
  });

  it('keeps route steps outside a focus too', () => {
    const view = visibleSubgraph(model, none, { id: 'old-cert', depth: 1 }, new Set(['role-admin']));
    expect(ids(view.nodes)).toEqual(['new-cert', 'old-cert', 'role-admin']);
    expect(view.keptCount).toBe(1);
  });

  it('says when no filter hides anything', () => {
    expect(filtersAreEmpty(none)).toBe(true);
    expect(filtersAreEmpty({ ...none, hiddenTracks: new Set(['track-a']) })).toBe(false);
    expect(filtersAreEmpty({ ...none, hideRetired: true })).toBe(false);
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
