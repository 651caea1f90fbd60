import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysRepeated } from '../../../src/core/schema/parse-json';
import { scanJson } from '../../../src/core/schema/scan-json';

/** Keys from a small pool, some written with escapes, so repeats (also disguised ones) are common. */
const keyArb = fc.constantFrom('"a"', '"b"', '"\\u0061"', '"a\\"b"', '"\\\\"', '"__proto__"', '"k:"', '": "');
const spaceArb = fc.constantFrom('', ' ', '\n  ', '\t');

/** JSON text built from pieces, so objects can repeat keys (JSON.stringify never writes that). */
const { text: textArb } = fc.letrec<{ text: string; object: string; array: string; scalar: string }>((tie) => ({
  text: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('object'), tie('array')),
  scalar: fc.oneof(fc.constantFrom('1', '-2.5e3', 'true', 'null', '"x"', '"a\\"b"', '":"', '"\\\\"'), keyArb),
  array: fc.array(tie('text'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(keyArb, spaceArb, tie('text')), { maxLength: 5 })
    .map((members) => `{${members.map(([key, space, value]) => `${key}${space}:${space}${value}`).join(',')}}`),
}));

describe('keysRepeated', () => {
  it('agrees with the full scan on whether any object repeats a key (5000 runs)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(keysRepeated(text, JSON.parse(text))).toBe(scanJson(text, []).duplicateKeys.length > 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a key repeated deep inside a map file, and nothing in the same file without it', () => {
    const clean = '{\n  "nodes": [\n    { "id": "a", "label": "A: \\"quoted\\"", "tracks": [] }\n  ]\n}';
    const repeated = '{\n  "nodes": [\n    { "id": "a", "label": "A", "id": "b" }\n  ]\n}';
    expect(keysRepeated(clean, JSON.parse(clean))).toBe(false);
    expect(keysRepeated(repeated, JSON.parse(repeated))).toBe(true);
    expect(keysRepeated('{"a": 1, "\\u0061": 2}', { a: 2 })).toBe(true);
  });
});
