import { describe, expect, it } from 'vitest';
import { fnv1a, hashText, layoutCacheKey, layoutInputHash } from '../../../src/core/index';
import { cert, edges, role } from '../../support/layout-fixtures';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('hashText', () => {
  it('gives 16 hex digits, the same for the same text', () => {
    expect(hashText('ms-102')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('ms-102')).toBe(hashText('ms-102'));
    expect(hashText('ms-102')).not.toBe(hashText('ms-103'));
  });
});

describe('layoutInputHash', () => {
  const input = { nodes: [cert('a'), role('b')], edges: edges(['a', 'leads-to', 'b']) };

  it('ignores what does not move a box, such as labels', () => {
    const relabelled = { ...input, nodes: [{ ...cert('a'), label: 'Another label' }, role('b')] };
    expect(layoutInputHash(relabelled)).toBe(layoutInputHash(input));
  });

  it('changes with the nodes, the edges and the grouping option', () => {
    const base = layoutInputHash(input);
    expect(layoutInputHash({ ...input, edges: edges(['a', 'recommends', 'b']) })).not.toBe(base);
    expect(layoutInputHash({ ...input, nodes: [cert('a'), role('c')] })).not.toBe(base);
    expect(layoutInputHash(input, { groupSkills: false })).not.toBe(base);
  });

  it('keys a cache by direction too', () => {
    expect(layoutCacheKey(input, { direction: 'TB' })).toBe(`${layoutInputHash(input)}:TB`);
    expect(layoutCacheKey(input)).toBe(`${layoutInputHash(input)}:LR`);
  });
});
