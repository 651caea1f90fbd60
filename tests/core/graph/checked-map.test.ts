import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDefaults, buildCheckedGraph, defaultsAdded, loadGraphText, validateGraphText } from '../../../src/core/index';

const MS102 = readFileSync(new URL('../../../graph-data/ms-102.json', import.meta.url), 'utf8');

describe('defaultsAdded', () => {
  it('lists each key the validated copy has and the raw one lacks, with its path', () => {
    const raw = { meta: { id: 'm' }, nodes: [{ id: 'a' }, { id: 'b', sources: ['x'] }] };
    const validated = { meta: { id: 'm', sources: [] }, nodes: [{ id: 'a', sources: [] }, { id: 'b', sources: ['x'], statistic: 'median' }] };
    expect(defaultsAdded(raw, validated)).toEqual([
      [['meta', 'sources'], []],
      [['nodes', 0, 'sources'], []],
      [['nodes', 1, 'statistic'], 'median'],
    ]);
  });

  it('is null when a value was changed, a key dropped or an array resized', () => {
    expect(defaultsAdded({ a: 1 }, { a: 2 })).toBeNull();
    expect(defaultsAdded({ a: 1, extra: true }, { a: 1 })).toBeNull();
    expect(defaultsAdded({ a: [1, 2] }, { a: [1] })).toBeNull();
    expect(defaultsAdded({ a: [1] }, { a: { 0: 1 } })).toBeNull();
  });

  it('gives back any object a random set of added keys made (fast-check)', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), json), { maxLength: 4 }), fc.nat(), (raw, additions, seed) => {
        // Add keys to randomly chosen objects inside a copy of raw: that copy is "validated".
        const validated = structuredClone(raw);
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(collect);
          else if (typeof v === 'object' && v !== null) {
            objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(collect);
          }
        };
        collect(validated);
        if (objects.length === 0) return;
        additions.forEach(([key, value], i) => {
          const target = objects[(seed + i) % objects.length];
          if (target !== undefined && !(key in target)) target[key] = value;
        });
        const found = defaultsAdded(raw, validated);
        expect(found).not.toBeNull();
        expect(isDeepStrictEqual(applyDefaults(structuredClone(raw), found ?? []), validated)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildCheckedGraph', () => {
  it('builds the shipped MS-102 map exactly as the full loader does', () => {
    const full = validateGraphText(MS102);
    if (!full.ok) throw new Error('ms-102.json does not load');
    const defaults = defaultsAdded(JSON.parse(MS102), full.file);
    expect(defaults).not.toBeNull();
    const checked = buildCheckedGraph(MS102, defaults ?? []);
    const loaded = loadGraphText(MS102);
    if (!loaded.ok) throw new Error('ms-102.json does not load');
    expect(isDeepStrictEqual(checked.file, loaded.graph.file)).toBe(true);
    expect(checked.edges).toEqual(loaded.graph.edges);
    expect(Object.isFrozen(checked.file.nodes[0])).toBe(true);
  });

  it('gives each load its own copy of a default (the model freezes what it gets)', () => {
    const text = '{"a":{}}';
    const shared: unknown[] = [];
    const one = applyDefaults(JSON.parse(text) as { a: { tags?: unknown[] } }, [[['a', 'tags'], shared]]);
    expect(one.a.tags).toEqual([]);
    expect(one.a.tags).not.toBe(shared);
  });
});
