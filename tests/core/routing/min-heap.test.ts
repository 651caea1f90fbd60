import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../src/core/routing/min-heap';

describe('MinHeap', () => {
  it('pops nodes in order of their keys, with the key in lastKey', () => {
    const heap = new MinHeap(2);
    heap.push(2.5, 7);
    heap.push(1, 3);
    heap.push(4, 9);
    expect(heap.peekKey()).toBe(1);
    expect([heap.pop(), heap.lastKey]).toEqual([3, 1]);
    expect([heap.pop(), heap.lastKey]).toEqual([7, 2.5]);
    expect([heap.pop(), heap.lastKey]).toEqual([9, 4]);
    expect(heap.pop()).toBe(-1);
    expect(heap.peekKey()).toBe(Infinity);
  });

  it('pops the node with the smallest key, the earliest pushed among equal keys (against a stable sort)', () => {
    // Small whole keys make ties common; doubles cover the rest.
    const key = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.constant(null)), { maxLength: 300 }), (ops) => {
        const heap = new MinHeap(1);
        const model: { key: number; node: number }[] = [];
        ops.forEach((op, i) => {
          if (op === null) {
            model.sort((a, b) => a.key - b.key); // stable: equal keys keep their push order
            const expected = model.shift();
            const node = heap.pop();
            if (expected === undefined) expect(node).toBe(-1);
            else expect([node, heap.lastKey]).toEqual([expected.node, expected.key]);
          } else {
            heap.push(op, i);
            model.push({ key: op, node: i });
          }
          expect(heap.size).toBe(model.length);
        });
      }),
    );
  });

  it('is empty again after clear', () => {
    const heap = new MinHeap(4);
    heap.push(1, 1);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBe(-1);
  });
});
