import { describe, expect, it } from 'vitest';
import { nodeRelations } from '../../../src/core/index';
import { viewFixture } from './fixture';

describe('nodeRelations', () => {
  const model = viewFixture();

  it('groups incoming and outgoing edges under readable headings, prerequisites first', () => {
    const groups = nodeRelations(model, 'expert-cert');
    expect(groups.map((g) => g.title)).toEqual(['Prerequisites', 'Leads to']);
    expect(groups[0]?.items).toEqual([{ id: 'new-cert', kind: 'prerequisite', note: 'Needed first' }]);
  });

  it('shows implied replacements both ways', () => {
    expect(nodeRelations(model, 'old-cert').map((g) => g.title)).toEqual(['Replaced by']);
    expect(nodeRelations(model, 'new-cert').find((g) => g.title === 'Replaces')?.items[0]?.id).toBe('old-cert');
  });

  it('reads requires edges from the skill side as "Required by"', () => {
    const titles = nodeRelations(model, 'skill-one').map((g) => g.title);
    expect(titles).toEqual(['Taught by', 'Required by']);
  });

  it('returns nothing for an unknown id', () => {
    expect(nodeRelations(model, 'nope')).toEqual([]);
  });
});
