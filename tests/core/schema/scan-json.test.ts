import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../src/core/schema/scan-json';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Characters that matter to the JSON grammar, plus a few that must be rejected. */
const jsonish = fc.constantFrom(
  '{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '9', '-', '+', '.', 'e', 'E',
  't', 'r', 'n', 'l', 'f', 'a', 's', ' ', '\n', '\r', '\t', 'x', '\u0001', '\u00a0', '\ufeff', '/', '*', 'é',
);

describe('scanJson', () => {
  it('accepts every document JSON.stringify writes, with or without indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(scanJson(JSON.stringify(value, null, indent), []).error).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with JSON.parse on random JSON-like text', () => {
    fc.assert(
      fc.property(fc.string({ unit: jsonish, maxLength: 24 }), (text) => {
        expect(scanJson(text, []).error === undefined).toBe(parses(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with JSON.parse on valid documents with one character inserted, deleted or replaced', () => {
    const edited = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), jsonish)
      .map(([text, at, op, char]) => {
        const i = at % (text.length + 1);
        if (op === 'insert') return text.slice(0, i) + char + text.slice(i);
        if (op === 'delete') return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(
      fc.property(edited, (text) => {
        expect(scanJson(text, []).error === undefined).toBe(parses(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('points at a trailing comma', () => {
    expect(scanJson('{"a": [1, 2,]}', []).error).toEqual({ offset: 11, message: 'trailing comma before "]"' });
    expect(scanJson('{"a": 1,}', []).error).toEqual({ offset: 7, message: 'trailing comma before "}"' });
  });

  it('does not call a missing value after a colon a trailing comma', () => {
    expect(scanJson('{"x": 1, "a": }', []).error).toEqual({ offset: 14, message: 'expected a value, found "}"' });
  });

  it('reports every repeated key with its path, at the repeat', () => {
    const text = '{"a": 1, "b": [{"k": 1, "k": 2}], "a": 3}';
    expect(scanJson(text, []).duplicateKeys).toEqual([
      { path: ['b', 0, 'k'], offset: text.indexOf('"k": 2') },
      { path: ['a'], offset: text.indexOf('"a": 3') },
    ]);
  });

  it('treats keys that differ only by escapes as the same key, as JSON.parse does', () => {
    expect(scanJson('{"a": 1, "\\u0061": 2}', []).duplicateKeys).toEqual([{ path: ['a'], offset: 9 }]);
  });

  it('locates object members at their key, array elements at their value, and missing paths at their deepest ancestor', () => {
    const text = '{"nodes": [ {"id": "x"}, 5 ]}';
    const { offsets } = scanJson(text, [['nodes', 0, 'id'], ['nodes', 1], ['nodes', 0, 'label'], [], ['nope', 3]]);
    expect(offsets).toEqual([text.indexOf('"id"'), text.indexOf('5'), text.indexOf('{"id"'), 0, 0]);
  });

  it('scans a document nested 100,000 levels deep without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(scanJson(deep, [[0, 0, 0]]).offsets).toEqual([3]);
    expect(scanJson('['.repeat(100_000), []).error).toEqual({ offset: 100_000, message: 'the file ends where a value was expected' });
  });
});
