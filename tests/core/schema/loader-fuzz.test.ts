import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraphBytes, loadGraphText, loadGraphValue, type LoadResult } from '../../../src/core/index';
import { mutate, mutationArb, validCaseArb } from './arbitraries';
import { toText } from './fixtures';

/** Problems that describe the whole file rather than a place in it carry no position. */
const UNLOCATED = new Set(['empty', 'too-large']);

/**
 * The loader's contract for any input: a result, never an exception; a failure lists at least one
 * problem, each with a code, a message and a path, and (for text) a position inside the text.
 */
function expectWellFormed(result: LoadResult, text?: string): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(Array.isArray(result.graph.nodes)).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const lines = text?.replace(/^\uFEFF/, '').split('\n');
  for (const problem of result.problems) {
    expect(problem.code).toMatch(/^[a-z0-9-]+$/);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    expect(Array.isArray(problem.path)).toBe(true);
    for (const part of problem.path) expect(['string', 'number']).toContain(typeof part);
    if (lines === undefined || UNLOCATED.has(problem.code)) continue;
    const { line, column } = problem;
    expect(Number.isInteger(line) && Number.isInteger(column)).toBe(true);
    if (line === undefined || column === undefined) continue;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
  }
}

/** Run counts: together these stay well under 20 s on a busy 2-core machine. */
const RUNS = { valid: 400, json: 1500, mutations: 1000, text: 1500, bytes: 600 };

describe('loader fuzzing', () => {
  it(`loads every generated valid document with the right node and edge counts (${String(RUNS.valid)} runs)`, () => {
    fc.assert(
      fc.property(validCaseArb, ({ doc, nodeCount, edgeCount }) => {
        for (const result of [loadGraphValue(doc), loadGraphText(toText(doc)), loadGraphText(JSON.stringify(doc, null, 1))]) {
          if (!result.ok) expect.fail(JSON.stringify(result.problems.slice(0, 3)));
          expect(result.graph.nodes).toHaveLength(nodeCount);
          expect(result.graph.edges).toHaveLength(edgeCount);
          expect(result.graph.graph.order).toBe(nodeCount);
          expect(result.graph.graph.size).toBe(edgeCount);
        }
      }),
      { numRuns: RUNS.valid },
    );
  });

  it(`returns a well-formed result for any JSON value, parsed or as text (${String(RUNS.json)} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(loadGraphValue(value));
        const text = JSON.stringify(value, null, 2);
        expectWellFormed(loadGraphText(text), text);
      }),
      { numRuns: RUNS.json },
    );
  });

  it(`returns a well-formed result for mutated valid documents (${String(RUNS.mutations)} runs)`, () => {
    fc.assert(
      fc.property(validCaseArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), ({ doc }, mutations) => {
        const broken = mutations.reduce<unknown>((d, m) => mutate(d, m), doc);
        expectWellFormed(loadGraphValue(broken));
        const text = toText(broken);
        expectWellFormed(loadGraphText(text), text);
      }),
      { numRuns: RUNS.mutations },
    );
  });

  it(`returns a well-formed result for valid documents with characters inserted, deleted or replaced (${String(RUNS.text)} runs)`, () => {
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom('insert', 'delete', 'replace'),
      char: fc.oneof(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '-', '0', ' '), fc.string({ minLength: 1, maxLength: 2 })),
    });
    fc.assert(
      fc.property(validCaseArb, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ doc }, edits) => {
        let text = toText(doc);
        for (const { at, op, char } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + (op === 'delete' ? '' : char) + text.slice(op === 'insert' ? i : i + 1);
        }
        expectWellFormed(loadGraphText(text), text);
      }),
      { numRuns: RUNS.text },
    );
  });

  it(`returns a well-formed result for arbitrary bytes and for valid documents with bytes flipped (${String(RUNS.bytes)} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expectWellFormed(loadGraphBytes(bytes));
      }),
      { numRuns: RUNS.bytes },
    );
    fc.assert(
      fc.property(validCaseArb, fc.nat(), fc.integer({ min: 0, max: 255 }), ({ doc }, at, byte) => {
        const bytes = new TextEncoder().encode(toText(doc));
        bytes[at % bytes.length] = byte;
        const result = loadGraphBytes(bytes);
        expectWellFormed(result);
        if (!result.ok && result.problems[0]?.code !== 'invalid-utf8') {
          const text = new TextDecoder().decode(bytes);
          expectWellFormed(result, text);
        }
      }),
      { numRuns: RUNS.bytes },
    );
  });
});
