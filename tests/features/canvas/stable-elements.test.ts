import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from '../../../src/features/canvas/stable-elements';

const node = { id: 'ms-102', kind: 'certification' };

describe('reuseUnchanged', () => {
  it('returns the previous object when a rebuilt element has the same contents', () => {
    const cache = new Map<string, { id: string; className: string; position: { x: number; y: number }; data: { node: typeof node } }>();
    const [first] = reuseUnchanged(cache, [{ id: 'a', className: '', position: { x: 1, y: 2 }, data: { node } }]);
    const [second] = reuseUnchanged(cache, [{ id: 'a', className: '', position: { x: 1, y: 2 }, data: { node } }]);
    expect(second).toBe(first);
  });

  it('takes the new object when a class, a coordinate or the data changed', () => {
    const cache = new Map<string, { id: string; className: string; position: { x: number; y: number }; data: { node: object } }>();
    const [first] = reuseUnchanged(cache, [{ id: 'a', className: '', position: { x: 1, y: 2 }, data: { node } }]);
    const dimmed = { id: 'a', className: 'dimmed', position: { x: 1, y: 2 }, data: { node } };
    expect(reuseUnchanged(cache, [dimmed])[0]).toBe(dimmed);
    const moved = { id: 'a', className: 'dimmed', position: { x: 1, y: 3 }, data: { node } };
    expect(reuseUnchanged(cache, [moved])[0]).toBe(moved);
    const other = { id: 'a', className: 'dimmed', position: { x: 1, y: 3 }, data: { node: { ...node } } };
    expect(reuseUnchanged(cache, [other])[0]).toBe(other);
    expect(first).not.toBe(other);
  });

  it('compares arrays by identity and forgets ids that are gone', () => {
    const points = [{ x: 0, y: 0 }];
    const cache = new Map<string, { id: string; data: { points: { x: number; y: number }[] } }>();
    const [a] = reuseUnchanged(cache, [{ id: 'e', data: { points } }, { id: 'f', data: { points } }]);
    expect(reuseUnchanged(cache, [{ id: 'e', data: { points } }])[0]).toBe(a);
    expect([...cache.keys()]).toEqual(['e']);
    const copy = { id: 'e', data: { points: [{ x: 0, y: 0 }] } };
    expect(reuseUnchanged(cache, [copy])[0]).toBe(copy);
  });
});
