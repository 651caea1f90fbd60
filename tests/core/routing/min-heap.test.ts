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

  it('gives the keys back sorted, whatever the pushes and pops in between (against Array.sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(null)), { maxLength: 300 }), (ops) => {
        const heap = new MinHeap(1);
        const model: number[] = [];
        ops.forEach((op, i) => {
          if (op === null) {
            model.sort((a, b) => a - b);
            const expected = model.shift();
            const node = heap.pop();
            if (expected === undefined) expect(node).toBe(-1);
            else expect(heap.lastKey).toBe(expected);
          } else {
            heap.push(op, i);
            model.push(op);
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
