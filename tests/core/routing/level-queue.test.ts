import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelQueue } from '../../../src/core/routing/level-queue';
import { MinHeap } from '../../../src/core/routing/min-heap';

describe('LevelQueue', () => {
  it('pops this level in push order, then the next', () => {
    const queue = new LevelQueue(8);
    queue.push(0, 5);
    queue.push(1, 2);
    queue.push(0, 7);
    expect([queue.pop(), queue.pop()]).toEqual([5, 7]);
    expect(queue.lastKey).toBe(0);
    expect(queue.pop()).toBe(2);
    expect(queue.lastKey).toBe(1);
    expect(queue.pop()).toBe(-1);
  });

  it('gives the order a MinHeap gives when every push is the current level or the next (a unit-weight Dijkstra)', () => {
    // Each op: pop, or push at the level of the last pop (+0 or +1).
    const ops = fc.array(fc.oneof(fc.constant('pop' as const), fc.constantFrom(0, 1)), { maxLength: 200 });
    fc.assert(
      fc.property(ops, (list) => {
        const queue = new LevelQueue(list.length + 1);
        const heap = new MinHeap(1);
        queue.push(0, 0);
        heap.push(0, 0);
        let node = 1;
        for (const op of list) {
          if (op === 'pop') {
            expect(queue.pop()).toBe(heap.pop());
            if (heap.size > 0 || queue.size > 0) expect(queue.lastKey).toBe(heap.lastKey);
          } else {
            const key = heap.lastKey + op;
            queue.push(key, node);
            heap.push(key, node);
            node++;
          }
          expect(queue.size).toBe(heap.size);
        }
      }),
    );
  });

  it('refuses a key outside this level and the next, a programmer error', () => {
    const queue = new LevelQueue(4);
    expect(() => {
      queue.push(2, 1);
    }).toThrow('core/routing.LevelQueue: key 2 is not level 0 or the next');
  });
});
