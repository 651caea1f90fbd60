import type { RequirementGroup } from '../schema/graph-schema';
import { MinHeap } from './min-heap';
import { progressCsr, type ProgressCsr } from './progress-csr';
import type { ProgressGraph } from './progress-graph';
import type { RouteMetric } from './route-types';

/** A requirement group with its options as node indexes (an option the map lacks is -1). */
export interface IndexedGroup {
  readonly group: RequirementGroup;
  readonly options: Int32Array;
}

const NO_GROUPS: readonly IndexedGroup[] = [];

/**
 * The first nodes a backward search from one target settles when nothing is blocked, in order,
 * with the edge each leaves by towards the target: as far as some query has needed (it stops at
 * the first node held then), or every node that leads to the target (`complete`).
 */
interface Ways {
  /** The nodes waiting when it ran, which it never entered. */
  readonly blocked: Int32Array;
  readonly order: Int32Array;
  readonly next: Int32Array;
  readonly complete: boolean;
}

/** Searches kept per target (one per set of waiting nodes met), the oldest dropped first. */
const WAYS_PER_TARGET = 8;

/** At most this many settled nodes are kept over all targets of a map (8 bytes each): past it, searches are not kept. */
export const WAYS_BUDGET = 1 << 21;

const METRIC_SLOT: Readonly<Record<RouteMetric, number>> = { steps: 0, months: 1, cost: 2 };

/**
 * The working state of `completePlan` on one map, as arrays indexed like the CSR, made once per
 * map and reused by every plan. What the plan holds is a count per node (`have`) with an undo log,
 * so trying an option and dropping it costs what it added, not a copy of the plan; the nodes
 * waiting for a requirement are counted the same way (`waiting`); avoided nodes are stamped with
 * the plan's number. Why: a horizon completes hundreds of plans that each hold a whole path, and
 * copying `Set`s of ids per option took most of its time.
 *
 * Not re-entrant: one plan at a time (JavaScript runs one at a time; a plan never starts another).
 */
export class PlanMarks {
  readonly csr: ProgressCsr;
  readonly have: Int32Array;
  readonly waiting: Int32Array;
  private readonly log: number[] = [];
  private readonly avoided: Uint32Array;
  private avoidStamp = 0;
  private readonly groups: (readonly IndexedGroup[] | undefined)[];
  // The search's scratch: marks stamped with the search's number, never cleared.
  private stamp = 0;
  private readonly seen: Uint32Array;
  private readonly done: Uint32Array;
  private readonly dist: Float64Array;
  /** The edge a node leaves by on the lightest way found to the search's target. */
  readonly next: Int32Array;
  private readonly heap = new MinHeap(64);
  private readonly ways = new Map<number, Ways[]>();
  private readonly waits: number[] = [];
  private kept = 0;
  private order = new Int32Array(64);
  private orderNext = new Int32Array(64);

  constructor(readonly pg: ProgressGraph) {
    this.csr = progressCsr(pg);
    const n = this.csr.ids.length;
    this.have = new Int32Array(n);
    this.waiting = new Int32Array(n);
    this.avoided = new Uint32Array(n);
    this.groups = new Array<readonly IndexedGroup[] | undefined>(n);
    this.seen = new Uint32Array(n);
    this.done = new Uint32Array(n);
    this.dist = new Float64Array(n);
    this.next = new Int32Array(n);
  }

  /** Starts a plan: nothing held, nothing waiting, `avoid` marked. */
  begin(avoid: ReadonlySet<string>): void {
    this.undo(0);
    if (this.avoidStamp >= 0xfffffffe) {
      this.avoided.fill(0);
      this.avoidStamp = 0;
    }
    this.avoidStamp++;
    for (const id of avoid) {
      const v = this.csr.index.get(id);
      if (v !== undefined) this.avoided[v] = this.avoidStamp;
    }
  }

  /** `v` waits for its requirements: no way to one of them may pass through it. */
  wait(v: number): void {
    this.waiting[v] = (this.waiting[v] as number) + 1;
    this.waits.push(v);
  }

  /** The last node to wait stops waiting. */
  unwait(): void {
    const v = this.waits.pop() as number;
    this.waiting[v] = (this.waiting[v] as number) - 1;
  }

  isAvoided(v: number): boolean {
    return this.avoided[v] === this.avoidStamp;
  }

  /** Adds `v` to what the plan holds (undone by `undo`). */
  hold(v: number): void {
    this.have[v] = (this.have[v] as number) + 1;
    this.log.push(v);
  }

  /** The undo log's length, to come back to with `undo`. */
  get mark(): number {
    return this.log.length;
  }

  /** Drops everything held since `mark`. */
  undo(mark: number): void {
    const { log, have } = this;
    while (log.length > mark) {
      const v = log.pop() as number;
      have[v] = (have[v] as number) - 1;
    }
  }

  /** The requirement groups node `v` declares, options as indexes. */
  groupsOf(v: number): readonly IndexedGroup[] {
    let made = this.groups[v];
    if (made === undefined) {
      const node = this.pg.model.byId.get(this.csr.ids[v] as string);
      const groups = node?.requires ?? [];
      made = groups.length === 0 ? NO_GROUPS : groups.map((group) => ({ group, options: Int32Array.from(group.anyOf, (id) => this.csr.index.get(id) ?? -1) }));
      this.groups[v] = made;
    }
    return made;
  }

  /**
   * The lightest way to `target` from anything held, never entering a held, waiting or avoided
   * node on the way (a held node may start it): a Dijkstra backwards from `target` that stops at
   * the first held node it settles. Returns that node, or -1 when nothing held leads to `target`;
   * the way follows `next` (edge `next[v]` leaves `v`) until `target`. `target` must not be held.
   * Why backwards: what is held is a whole path and grows with it, while the way to a requirement
   * is a step or two, so starting at the requirement visits what lies within that distance of it,
   * not everything within that distance of every held node.
   */
  nearestHeld(target: number, metric: RouteMetric): number {
    const key = target * 3 + METRIC_SLOT[metric];
    const kept = this.ways.get(key);
    // Kept searches that enter waiting nodes serve whatever waits; one that blocked some serves
    // only while those wait. A search is kept blocking the waiting nodes only once the open one
    // has met them, so a target is not searched again for every node that waits for it.
    let blocked = false;
    if (kept !== undefined) {
      for (const ways of kept) {
        if (!this.usable(ways)) continue;
        const found = this.firstHeld(ways);
        if (found === -2) {
          blocked ||= ways.blocked.length === 0;
          continue;
        }
        if (found !== -1 || ways.complete) return found;
      }
    }
    return this.recordWays(target, metric, key, blocked);
  }

  /** Whether a kept search blocked only nodes that are waiting, and not held, now (it may have blocked fewer). */
  private usable(ways: Ways): boolean {
    for (const b of ways.blocked) if (this.waiting[b] === 0 || this.have[b] !== 0) return false;
    return true;
  }

  /**
   * Where the search kept in `ways` (its first `length` nodes) meets what is held now: the held
   * node, with `next` set along its way; -1 when none of them is held; -2 when a waiting or avoided
   * node leads on to a node settled before the first held one (the real search, which never enters
   * a blocked node, may then differ).
   * Why this is the real search's answer: the real search leaves blocked nodes out; the unblocked one
   * settles them too, and they relax their in-neighbours, but when no node settled before the first
   * held one was finally reached through a blocked node, those relaxations changed nothing that
   * was settled (a relaxation that is not the final one is overtaken, and ties keep the first): both
   * settle the other nodes in the same order, with the same edges, up to that held node.
   */
  private firstHeld(ways: Ways): number {
    const { have, waiting, avoided, avoidStamp, next } = this;
    const { order } = ways;
    const { outTarget } = this.csr;
    for (let i = 0; i < order.length; i++) {
      const x = order[i] as number;
      const held = have[x] !== 0;
      // A blocked node is not settled by the real search; a node reached through one may be reached otherwise.
      if (!held && (waiting[x] !== 0 || avoided[x] === avoidStamp)) continue;
      const e = ways.next[i] as number;
      if (e >= 0) {
        const to = outTarget[e] as number;
        if (waiting[to] !== 0 || avoided[to] === avoidStamp) return -2;
      }
      if (held) {
        for (let j = 0; j <= i; j++) next[order[j] as number] = ways.next[j] as number;
        return x;
      }
    }
    return -1;
  }

  /**
   * The backward search from `target` that enters no node waiting now (nothing else blocked), up to
   * the first held node, kept for later queries.
   */
  private recordWays(target: number, metric: RouteMetric, key: number, blockWaiting: boolean): number {
    const stamp = this.startSearch(target);
    const { seen, done, dist, next, heap, have, waiting } = this;
    const { inStart, inSource, inEdge } = this.csr;
    const weights = this.csr.weight[metric];
    const blocked: number[] = [];
    if (blockWaiting) for (const v of this.waits) if (have[v] === 0 && !blocked.includes(v)) blocked.push(v);
    let length = 0;
    let complete = true;
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u] === stamp) continue;
      done[u] = stamp;
      if (length === this.order.length) this.grow();
      this.order[length] = u;
      this.orderNext[length] = next[u] as number;
      length++;
      if (have[u] !== 0) {
        complete = false;
        break;
      }
      const d = heap.lastKey;
      const last = inStart[u + 1] as number;
      for (let i = inStart[u] as number; i < last; i++) {
        const x = inSource[i] as number;
        if (done[x] === stamp || (blockWaiting && waiting[x] !== 0 && have[x] === 0)) continue;
        const e = inEdge[i] as number;
        const cost = d + (weights[e] as number);
        if (seen[x] !== stamp || cost < (dist[x] as number)) {
          seen[x] = stamp;
          dist[x] = cost;
          next[x] = e;
          heap.push(cost, x);
        }
      }
    }
    const ways: Ways = { blocked: Int32Array.from(blocked), order: this.order.slice(0, length), next: this.orderNext.slice(0, length), complete };
    this.keep(key, ways);
    const found = this.firstHeld(ways);
    return found === -2 ? this.search(target, metric) : found;
  }

  /** Keeps `ways` for its target, in place of a search with the same blocked nodes or else the oldest, within the budget. */
  private keep(key: number, ways: Ways): void {
    const kept = this.ways.get(key) ?? [];
    let at = kept.findIndex((old) => old.blocked.length === ways.blocked.length && old.blocked.every((b) => ways.blocked.includes(b)));
    if (at < 0 && kept.length >= WAYS_PER_TARGET) at = 0;
    const freed = at < 0 ? 0 : (kept[at] as Ways).order.length;
    if (this.kept - freed + ways.order.length > WAYS_BUDGET) return;
    if (at >= 0) kept.splice(at, 1);
    kept.push(ways);
    this.ways.set(key, kept);
    this.kept += ways.order.length - freed;
  }

  private grow(): void {
    const order = new Int32Array(this.order.length * 2);
    order.set(this.order);
    this.order = order;
    const orderNext = new Int32Array(order.length);
    orderNext.set(this.orderNext);
    this.orderNext = orderNext;
  }

  /** A new stamp (marks of earlier searches cleared when stamps run out) and `target` alone on the heap. */
  private startSearch(target: number): number {
    if (this.stamp >= 0xfffffffe) {
      this.seen.fill(0);
      this.done.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    this.heap.clear();
    this.seen[target] = stamp;
    this.dist[target] = 0;
    this.next[target] = -1;
    this.heap.push(0, target);
    return stamp;
  }

  /** The search `nearestHeld` answers for, run with held, waiting and avoided nodes as they are. */
  search(target: number, metric: RouteMetric): number {
    const stamp = this.startSearch(target);
    const { seen, done, dist, next, heap, have, waiting } = this;
    const { inStart, inSource, inEdge } = this.csr;
    const weights = this.csr.weight[metric];
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u] === stamp) continue;
      done[u] = stamp;
      if (have[u] !== 0) return u;
      const d = heap.lastKey;
      const last = inStart[u + 1] as number;
      for (let i = inStart[u] as number; i < last; i++) {
        const x = inSource[i] as number;
        if (done[x] === stamp) continue;
        if (have[x] === 0 && (waiting[x] !== 0 || this.avoided[x] === this.avoidStamp)) continue;
        const e = inEdge[i] as number;
        const cost = d + (weights[e] as number);
        if (seen[x] !== stamp || cost < (dist[x] as number)) {
          seen[x] = stamp;
          dist[x] = cost;
          next[x] = e;
          heap.push(cost, x);
        }
      }
    }
    return -1;
  }
}

const cache = new WeakMap<ProgressGraph, PlanMarks>();

/** The plan state of a progress graph, made on first use and cached with it. */
export function planMarks(pg: ProgressGraph): PlanMarks {
  let marks = cache.get(pg);
  if (marks === undefined) {
    marks = new PlanMarks(pg);
    cache.set(pg, marks);
  }
  return marks;
}
