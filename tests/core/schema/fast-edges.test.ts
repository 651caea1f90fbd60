import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastEdge, fastEdges } from '../../../src/core/schema/fast-edges';
import { edgeSchema } from '../../../src/core/schema/graph-schema';

/** Values a field may hold, valid and broken, including the edges of every rule. */
const anyValue = fc.oneof(
  fc.constantFrom('', 'a', 'az-104', 'x'.repeat(80), 'x'.repeat(81), 'n'.repeat(4000), 'n'.repeat(4001)),
  fc.constantFrom('prerequisite', 'teaches', 'requires', 'leads-to', 'replaced-by', 'recommends', 'Teaches', 'verified', 'unverified', 'guess'),
  fc.constantFrom(0, -0, -1, 0.5, 240, 240.0001, 1_000_000, 1_000_001, Number.NaN, Infinity, 7),
  fc.constantFrom(null, true, [], {}, ['https://example.com/x'], ['javascript:alert(1)'], ['https://example.com/x', 'http://a.co/']),
  fc.constantFrom({ amount: 165, currency: 'USD' }, { amount: 0, currency: 'EUR' }, { amount: -1, currency: 'USD' }, { amount: 5, currency: 'usd' }, { amount: 5 }, { amount: 5, currency: 'USD', note: 'x' }, { amount: 2_000_000, currency: 'USD' }),
  fc.string({ maxLength: 6 }),
  fc.double(),
);

const KEYS = ['source', 'target', 'kind', 'note', 'months', 'cost', 'confidence', 'sources', 'extra', '__proto__'] as const;

/** Valid edges, then up to two fields set to any value (valid or broken), dropped, or an unknown key added. */
const edgeArb = fc
  .tuple(
    fc.record(
      {
        source: fc.constantFrom('a', 'az-104'),
        target: fc.constantFrom('b', 'az-305'),
        kind: fc.constantFrom('prerequisite', 'teaches', 'requires', 'leads-to'),
        note: fc.string({ maxLength: 20 }),
        months: fc.double({ min: 0, max: 240, noNaN: true }),
        cost: fc.record({ amount: fc.double({ min: 0, max: 1_000_000, noNaN: true }), currency: fc.constantFrom('USD', 'EUR') }),
        confidence: fc.constantFrom('verified', 'secondary'),
        sources: fc.constantFrom(['https://example.com/x'], []),
      },
      { requiredKeys: ['source', 'target', 'kind'] },
    ),
    fc.array(fc.record({ key: fc.constantFrom(...KEYS), value: fc.option(anyValue, { nil: undefined }) }), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([edge, changes, reverse]) => {
    const fields: [string, unknown][] = Object.entries(edge);
    for (const { key, value } of changes) {
      const at = fields.findIndex(([k]) => k === key);
      if (at >= 0) fields.splice(at, 1);
      if (value !== undefined) fields.push([key, value]);
    }
    if (reverse) fields.reverse();
    // Through JSON text, as a file gives it (`__proto__` becomes an own key).
    return JSON.parse(`{${fields.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown;
  });

describe('fastEdge', () => {
  it('never accepts what the schema rejects, and gives exactly its output (keys in order) when it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(edgeArb, (raw) => {
        const fast = fastEdge(raw);
        const slow = edgeSchema.safeParse(raw);
        if (fast === null) return;
        accepted++;
        expect(slow.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
        expect(fast).toStrictEqual(slow.data);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the accepting side too, or the property proves nothing.
    expect(accepted).toBeGreaterThan(50);
  });

  it('accepts plainly valid edges the schema accepts', () => {
    const valid = [
      { source: 'a', target: 'b', kind: 'teaches' },
      { kind: 'prerequisite', target: 'az-305', source: 'az-104', months: 6, cost: { currency: 'USD', amount: 165 }, note: 'why', confidence: 'verified' },
      { source: 'a', target: 'b', kind: 'leads-to', sources: ['https://learn.microsoft.com/en-us/credentials/'] },
    ];
    for (const edge of valid) {
      expect(fastEdge(edge)).toStrictEqual(edgeSchema.parse(edge));
      expect(Object.keys(fastEdge(edge) ?? {})).toEqual(Object.keys(edgeSchema.parse(edge)));
    }
  });

  it('leaves broken edges to the schema', () => {
    expect(fastEdge({ source: 'a', target: 'b', kind: 'teaches', sorces: [] })).toBeNull();
    expect(fastEdge({ source: 'a', target: 'b' })).toBeNull();
    expect(fastEdge({ source: 'a', target: 'b', kind: 'teaches', months: -1 })).toBeNull();
    expect(fastEdge({ source: 'a', target: 'b', kind: 'teaches', sources: ['javascript:alert(1)'] })).toBeNull();
    expect(fastEdge(JSON.parse('{"source":"a","target":"b","kind":"teaches","__proto__":{}}'))).toBeNull();
    expect(fastEdge(Object.assign(Object.create(null) as object, { source: 'a', target: 'b', kind: 'teaches' }))).toBeNull();
  });
});

describe('fastEdges', () => {
  it('gives up on the whole list at the first edge it cannot vouch for', () => {
    expect(fastEdges([{ source: 'a', target: 'b', kind: 'teaches' }, { source: 'a' }])).toBeNull();
    expect(fastEdges({})).toBeNull();
    expect(fastEdges([])).toEqual([]);
  });
});
