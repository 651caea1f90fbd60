/**
 * A binary min-heap of (key, node) pairs in typed arrays, for Dijkstra with lazy deletion: a node
 * whose distance improves is pushed again and the stale entry is skipped when popped. Equal keys
 * come out in the order they were pushed (each push is numbered), as in graphology's Dijkstra, so
 * ties between equally good paths are decided the same way. Reused across searches (`clear`), so
 * a query allocates nothing unless the heap has to grow.
 *
 * @example
 * const heap = new MinHeap(4);
 * heap.push(2.5, 7); heap.push(1, 3);
 * heap.pop() // 3 (heap.lastKey === 1)
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private seqs: Float64Array;
  private count = 0;
  private pushed = 0;
  /** The key of the node `pop` returned last. */
  lastKey = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.seqs = new Float64Array(Math.max(16, capacity));
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

  /** Adds `node` with `key`; `seq` orders equal keys (smaller first), by default the order of pushes. */
  push(key: number, node: number, seq: number = this.pushed++): void {
    if (this.count === this.keys.length) this.grow();
    const { keys, nodes, seqs } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey < key || (parentKey === key && (seqs[parent] as number) < seq)) break;
      keys[i] = parentKey;
      nodes[i] = nodes[parent] as number;
      seqs[i] = seqs[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
    seqs[i] = seq;
  }

  /** Removes and returns the node with the smallest key (its key in `lastKey`); -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const { keys, nodes, seqs } = this;
    const top = nodes[0] as number;
    this.lastKey = keys[0] as number;
    const last = --this.count;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    const seq = seqs[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && before(keys, seqs, right, child)) child = right;
      const childKey = keys[child] as number;
      if (childKey > key || (childKey === key && (seqs[child] as number) > seq)) break;
      keys[i] = childKey;
      nodes[i] = nodes[child] as number;
      seqs[i] = seqs[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    seqs[i] = seq;
    return top;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Float64Array(size);
    const nodes = new Int32Array(size);
    const seqs = new Float64Array(size);
    keys.set(this.keys);
    nodes.set(this.nodes);
    seqs.set(this.seqs);
    this.keys = keys;
    this.nodes = nodes;
    this.seqs = seqs;
  }
}

/** Whether entry `a` comes out before entry `b`: smaller key, then smaller sequence number. */
function before(keys: Float64Array, seqs: Float64Array, a: number, b: number): boolean {
  const ka = keys[a] as number;
  const kb = keys[b] as number;
  return ka < kb || (ka === kb && (seqs[a] as number) < (seqs[b] as number));
}
