/**
 * The priority queue of a Dijkstra whose steps all weigh 1 (or 0 from a virtual start): every key
 * pushed is the current smallest key or one more, so two first-in-first-out lists, this level and
 * the next, give entries in (key, push order), exactly the order `MinHeap` gives, at the cost of
 * an array write per push and a read per pop. Each node is pushed at most once per search (no
 * distance ever improves when steps weigh the same), so lists of one slot per node are enough.
 *
 * @example
 * const queue = new LevelQueue(8);
 * queue.push(0, 5); queue.push(1, 2); queue.push(0, 7);
 * [queue.pop(), queue.pop(), queue.pop()] // [5, 7, 2]; queue.lastKey === 1
 */
export class LevelQueue {
  private current: Int32Array;
  private next: Int32Array;
  private head = 0;
  private tail = 0;
  private nextTail = 0;
  private level = 0;
  /** The key of the node `pop` returned last. */
  lastKey = 0;

  constructor(capacity: number) {
    this.current = new Int32Array(Math.max(1, capacity));
    this.next = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.tail - this.head + this.nextTail;
  }

  clear(): void {
    this.head = 0;
    this.tail = 0;
    this.nextTail = 0;
    this.level = 0;
  }

  /** Adds `node` with `key`, which must be the current level or the next one. */
  push(key: number, node: number): void {
    if (key === this.level) this.current[this.tail++] = node;
    else if (key === this.level + 1) this.next[this.nextTail++] = node;
    else throw new Error(`core/routing.LevelQueue: key ${key} is not level ${this.level} or the next`);
  }

  /** Removes and returns the next node (its key in `lastKey`); -1 when empty. */
  pop(): number {
    if (this.head === this.tail) {
      if (this.nextTail === 0) return -1;
      const emptied = this.current;
      this.current = this.next;
      this.next = emptied;
      this.head = 0;
      this.tail = this.nextTail;
      this.nextTail = 0;
      this.level++;
    }
    this.lastKey = this.level;
    return this.current[this.head++] as number;
  }
}
