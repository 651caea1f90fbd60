import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../../src/core/index';
import { viewFixture } from './fixture';

describe('searchNodes', () => {
  const model = viewFixture();
  const first = (q: string) => searchNodes(model, q)[0]?.id;

  it('finds by exact exam code, case-insensitively', () => {
    expect(first('exp-3')).toBe('expert-cert');
    expect(first('NEW-2')).toBe('new-cert');
  });
  it('finds by id, label prefix, word and credential name', () => {
    expect(first('role-admin')).toBe('role-admin');
    expect(first('admin')).toBe('role-admin');
    expect(first('identity')).toBe('skill-one');
    expect(first('new credential')).toBe('new-cert');
  });
  it('never returns tracks and returns nothing for an empty query or no match', () => {
    expect(searchNodes(model, 'track').map((n) => n.kind)).not.toContain('track');
    expect(searchNodes(model, '  ')).toEqual([]);
    expect(searchNodes(model, 'zzzz')).toEqual([]);
  });
  it('limits the number of suggestions', () => {
    expect(searchNodes(model, 'e', 2)).toHaveLength(2);
  });
});
