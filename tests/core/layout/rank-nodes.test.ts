import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackOrder, rankNodes, settleRanks, siftOrder, type RankEdge } from '../../../src/core/layout/rank-nodes';

const soft = (from: number, to: number, weight = 1, minlen: 0 | 1 = 1): RankEdge => ({ from, to, minlen, weight, hard: false });
const hard = (from: number, to: number): RankEdge => ({ from, to, minlen: 1, weight: 8, hard: true });

/** True when the edges, minus the skipped ones, have no directed cycle (brute force: repeated sink removal). */
function acyclicWithout(count: number, edges: readonly RankEdge[], skip: ReadonlySet<number>): boolean {
  const alive = new Set(Array.from({ length: count }, (_, v) => v));
  const kept = edges.filter((e, i) => !skip.has(i) && e.from !== e.to);
  for (;;) {
    const sink = [...alive].find((v) => !kept.some((e) => e.from === v && alive.has(e.to)));
    if (sink === undefined) return alive.size === 0;
    alive.delete(sink);
  }
}

function backWeight(edges: readonly RankEdge[], order: readonly number[]): number {
  const position = new Map(order.map((v, i) => [v, i]));
  return edges.reduce((sum, e) => sum + ((position.get(e.from) ?? 0) > (position.get(e.to) ?? 0) ? (e.hard ? 1e6 : e.weight) : 0), 0);
}

/** Random graphs: hard edges only go from a lower to a higher index (so they never loop). */
const graphs = fc.integer({ min: 1, max: 9 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: count - 1 }),
        to: fc.integer({ min: 0, max: count - 1 }),
        weight: fc.integer({ min: 1, max: 8 }),
        minlen: fc.constantFrom<0 | 1>(0, 1, 1),
        hard: fc.boolean(),
      }),
      { maxLength: 24 },
    ),
  }).map(({ count, edges }) => ({
    count,
    edges: edges.map((e) => (e.hard ? { ...e, from: Math.min(e.from, e.to), to: Math.max(e.from, e.to), hard: e.from !== e.to } : e)),
  })),
);

describe('rankNodes', () => {
  it('ranks a chain one rank apart', () => {
    expect([...rankNodes(3, [soft(0, 1), soft(1, 2)]).rank]).toEqual([0, 1, 2]);
  });

  it('lets a minlen-0 edge share a rank', () => {
    expect([...rankNodes(3, [soft(0, 1, 1, 0), soft(1, 2)]).rank]).toEqual([0, 0, 1]);
  });

  it('pulls a source right, next to what it leads to', () => {
    // 3 only feeds 2: it goes in rank 1, not 0.
    expect([...rankNodes(4, [soft(0, 1), soft(1, 2), soft(3, 2)]).rank]).toEqual([0, 1, 2, 1]);
  });

  it('breaks a cycle at its lightest edge', () => {
    const ranking = rankNodes(3, [soft(0, 1, 4), soft(1, 2, 4), soft(2, 0, 1)]);
    expect([...ranking.backEdges]).toEqual([2]);
    expect([...ranking.rank]).toEqual([0, 1, 2]);
  });

  it('never reverses a hard edge to break a cycle, even a heavier soft one goes', () => {
    const ranking = rankNodes(2, [hard(0, 1), soft(1, 0, 50)]);
    expect([...ranking.backEdges]).toEqual([1]);
  });

  it('satisfies every edge outside the feedback set, which leaves no cycle and no hard edge (property)', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges }) => {
        const { rank, rankCount, backEdges } = rankNodes(count, edges);
        expect(acyclicWithout(count, edges, backEdges)).toBe(true);
        edges.forEach((e, i) => {
          if (e.hard) expect(backEdges.has(i)).toBe(false);
          if (!backEdges.has(i)) expect(rank[e.to] as number).toBeGreaterThanOrEqual((rank[e.from] as number) + e.minlen);
        });
        // Dense ranks: every rank from 0 to rankCount - 1 is used.
        expect(new Set(rank).size).toBe(rankCount);
        expect(Math.max(-1, ...rank)).toBe(rankCount - 1);
      }),
    );
  });

  it('reverses nothing in a graph without cycles (property)', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges }) => {
        const forward = edges.filter((e) => e.from < e.to);
        expect(rankNodes(count, forward).backEdges.size).toBe(0);
      }),
    );
  });
});

describe('siftOrder', () => {
  it('never makes the greedy order worse (property)', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges }) => {
        const greedy = feedbackOrder(count, edges);
        const sifted = siftOrder(count, edges, greedy);
        expect([...sifted].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, v) => v));
        expect(backWeight(edges, sifted)).toBeLessThanOrEqual(backWeight(edges, greedy));
      }),
    );
  });

  it('moves a vertex to where the fewest edges point backward', () => {
    // Order [1, 0, 2] reverses 0→1 (weight 4); moving 0 first reverses nothing.
    expect(siftOrder(3, [soft(0, 1, 4), soft(1, 2)], [1, 0, 2])).toEqual([0, 1, 2]);
  });
});

describe('settleRanks', () => {
  it('moves a node to the rank it wants when nothing after it is in the way', () => {
    expect([...settleRanks(rankNodes(3, [soft(0, 1)]), [soft(0, 1)], [-1, -1, 2]).rank]).toEqual([0, 1, 2]);
  });

  it('stops a node before what it must precede', () => {
    const edges = [soft(0, 1), soft(1, 2)];
    expect([...settleRanks(rankNodes(3, edges), edges, [5, -1, -1]).rank]).toEqual([0, 1, 2]);
  });

  it('keeps every edge outside the feedback set satisfied (property)', () => {
    fc.assert(
      fc.property(graphs, fc.array(fc.integer({ min: -1, max: 12 }), { minLength: 9, maxLength: 9 }), ({ count, edges }, wants) => {
        const before = rankNodes(count, edges);
        const { rank, rankCount, backEdges } = settleRanks(before, edges, wants);
        expect(backEdges).toBe(before.backEdges);
        edges.forEach((e, i) => {
          if (!backEdges.has(i)) expect(rank[e.to] as number).toBeGreaterThanOrEqual((rank[e.from] as number) + e.minlen);
        });
        expect(new Set(rank).size).toBe(rankCount);
      }),
    );
  });
});
