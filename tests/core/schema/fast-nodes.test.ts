import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastNode, fastNodes } from '../../../src/core/schema/fast-nodes';
import { graphFileSchema, nodeSchema } from '../../../src/core/schema/graph-schema';
import { validateStructure } from '../../../src/core/schema/validate-structure';
import { mutate, mutationArb, validCaseArb } from './arbitraries';

/** Values the common fields are tried with: the edges of each rule, valid and not. */
const oddValue = fc.constantFrom<unknown>(
  '', ' ', ' A ', '\u200b', 'A\u200b', 'x'.repeat(200), ` ${'x'.repeat(200)} `, 'x'.repeat(201), 'a-b', 'A-B', 'a--b', '-a', 'x'.repeat(80), 'x'.repeat(81),
  'associate', 'expert', 'mid', 'boss', 'EX-1', 'ex 1', '-EX', 'x'.repeat(31),
  [], ['t'], [''], ['x'.repeat(81)], ['EX-1', 'az.104+b'], ['https://example.com/'], ['ftp://example.com/'],
  { state: 'active' }, { state: 'active', asOf: '2026-01-01' }, { state: 'active', extra: 1 }, { state: 'beta' }, { state: 'retired' }, { state: 'retired', date: '2025-06-30' },
  null, 0, 7, -1, true, {},
);

const FIELDS = ['id', 'kind', 'label', 'issuer', 'credential', 'domain', 'level', 'seniority', 'sources', 'tracks', 'examCodes', 'status', 'order', 'requirement', 'months', 'aliases', 'shortLabel', 'extra'] as const;

/** A node of a valid document, then up to three fields set to an odd value or dropped. */
const nodeArb = fc
  .tuple(validCaseArb, fc.nat(), fc.array(fc.record({ key: fc.constantFrom(...FIELDS), value: fc.option(oddValue, { nil: undefined }) }), { maxLength: 3 }))
  .map(([{ doc }, at, changes]) => {
    const nodes = doc.nodes as Record<string, unknown>[];
    const node = { ...nodes[at % nodes.length] };
    for (const { key, value } of changes) {
      if (value === undefined) Reflect.deleteProperty(node, key);
      else node[key] = value;
    }
    return JSON.parse(JSON.stringify(node)) as unknown;
  });

describe('fastNode', () => {
  it('never accepts what the schema rejects, and gives exactly its output (keys in order) when it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nodeArb, (raw) => {
        const fast = fastNode(raw);
        if (fast === null) return;
        accepted++;
        const slow = nodeSchema.safeParse(raw);
        expect(slow.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
        expect(fast).toStrictEqual(slow.data);
      }),
      { numRuns: 2000 },
    );
    // The generator must reach the accepting side too, or the property proves nothing.
    expect(accepted).toBeGreaterThan(200);
  });

  it('trims labels, fills defaults and orders keys as the schema does', () => {
    const raw = { domain: 'Identity ', label: '  Entra ID  ', kind: 'skill', id: 'entra-id' };
    expect(fastNode(raw)).toStrictEqual({ kind: 'skill', id: 'entra-id', label: 'Entra ID', sources: [], domain: 'Identity' });
    expect(Object.keys(fastNode(raw) ?? {})).toEqual(['kind', 'id', 'label', 'sources', 'domain']);
  });

  it('leaves broken nodes to the schema', () => {
    expect(fastNode({ id: 'a', kind: 'skill', label: '\u200b', domain: 'x' })).toBeNull();
    expect(fastNode({ id: 'a', kind: 'skill', label: 'A', domain: 'x', sorces: [] })).toBeNull();
    expect(fastNode({ id: 'A', kind: 'skill', label: 'A', domain: 'x' })).toBeNull();
    expect(fastNode({ id: 'a', kind: 'wizard', label: 'A' })).toBeNull();
    expect(fastNode({ id: 'a', kind: 'skill', label: 'A' })).toBeNull();
  });
});

describe('validateStructure with the quick passes', () => {
  it('gives the schema\'s own output for valid and broken documents alike', () => {
    fc.assert(
      fc.property(validCaseArb, fc.array(mutationArb, { maxLength: 2 }), ({ doc }, mutations) => {
        const value = JSON.parse(JSON.stringify(mutations.reduce<unknown>((d, m) => mutate(d, m), doc))) as unknown;
        const result = validateStructure(value);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
        const slow = graphFileSchema.safeParse(value);
        expect(result.ok).toBe(slow.success);
        if (result.ok && slow.success) {
          expect(JSON.stringify(result.file)).toBe(JSON.stringify(slow.data));
          expect(result.file).toStrictEqual(slow.data);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('fastNodes', () => {
  it('gives up on the whole list at the first node it cannot vouch for', () => {
    expect(fastNodes([{ id: 'a', kind: 'skill', label: 'A', domain: 'x' }, { id: 'b' }])).toBeNull();
    expect(fastNodes(null)).toBeNull();
    expect(fastNodes([])).toEqual([]);
  });
});
