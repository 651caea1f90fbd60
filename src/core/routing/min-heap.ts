/**
 * A binary min-heap of (key, node) pairs in typed arrays, for Dijkstra with lazy deletion: a node
 * whose distance improves is pushed again and the stale entry is skipped when popped. Reused
 * across searches (`clear`), so a query allocates nothing unless the heap has to grow.
 *
 * @example
 * const heap = new MinHeap(4);
 * heap.push(2.5, 7); heap.push(1, 3);
 * heap.pop() // 3 (heap.lastKey === 1)
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private count = 0;
  /** The key of the node `pop` returned last. */
  lastKey = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.count === 0 ? Infinity : (this.keys[0] as number);
  }

  clear(): void {
    this.count = 0;
  }

  push(key: number, node: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes and returns the node with the smallest key (its key in `lastKey`); -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0] as number;
    this.lastKey = keys[0] as number;
    const last = --this.count;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] as number) < (keys[child] as number)) child = right;
      const childKey = keys[child] as number;
      if (childKey >= key) break;
      keys[i] = childKey;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
