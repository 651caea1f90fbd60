import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressGraph, shortestPath, type RouteMetric } from '../../../src/core/index';
import { PlanMarks } from '../../../src/core/routing/plan-marks';
import { edgeArb } from './edge-arbitrary';
import { graphFromTable, type EdgeRow } from './route-fixture';

const mapArb = fc.integer({ min: 2, max: 9 }).chain((n) => {
  const node = fc.nat(n - 1);
  // One query: what is held, waiting and avoided, and the node to reach.
  const query = fc.record({
    held: fc.uniqueArray(node, { minLength: 1, maxLength: 3 }),
    waiting: fc.uniqueArray(node, { maxLength: 2 }),
    avoid: fc.uniqueArray(node, { maxLength: 2 }),
    target: node,
  });
  return fc.record({
    n: fc.constant(n),
    edges: fc.array(edgeArb(node), { maxLength: 20 }),
    metric: fc.constantFrom<RouteMetric>('months', 'cost', 'steps'),
    queries: fc.array(query, { minLength: 1, maxLength: 12 }),
  });
});

/** The way `marks.next` holds from `from` to `target`, as node indexes. */
function wayOf(marks: PlanMarks, from: number, target: number): number[] {
  const out = [from];
  for (let at = from; at !== target; ) {
    at = marks.csr.outTarget[marks.next[at] as number] as number;
    out.push(at);
  }
  return out;
}

describe('PlanMarks.nearestHeld', () => {
  it('answers what the search with everything blocked answers (kept searches reused across held sets), at the lightest weight', () => {
    let found = 0;
    let kept = 0;
    fc.assert(
      fc.property(mapArb, ({ n, edges, metric, queries }) => {
        const rows: EdgeRow[] = [];
        const seen = new Set<string>();
        for (const e of edges) {
          const key = `${e.s}>${e.t}>${e.kind}`;
          if (e.s === e.t || seen.has(key)) continue;
          seen.add(key);
          rows.push([`n${e.s}`, `n${e.t}`, e.kind, e.months, e.cost]);
        }
        const ids = Array.from({ length: n }, (_, i) => `n${i}`);
        const pg = progressGraph(graphFromTable(rows, { isolated: ids }));
        const marks = new PlanMarks(pg);
        const index = (i: number) => marks.csr.index.get(`n${i}`) as number;
        for (const q of queries) {
          const held = q.held.map(index);
          const target = index(q.target);
          if (held.includes(target) || q.waiting.includes(q.target) || q.avoid.includes(q.target)) continue;
          marks.begin(new Set(q.avoid.map((i) => `n${i}`)));
          for (const v of held) marks.hold(v);
          for (const i of q.waiting) marks.wait(index(i));
          const fast = marks.nearestHeld(target, metric);
          const fastWay = fast < 0 ? [] : wayOf(marks, fast, target);
          const slow = marks.search(target, metric);
          const slowWay = slow < 0 ? [] : wayOf(marks, slow, target);
          for (let i = 0; i < q.waiting.length; i++) marks.unwait();
          marks.undo(0);
          expect(fast).toBe(slow);
          expect(fastWay).toEqual(slowWay);
          // The independent check: shortestPath's weight from the held nodes, the same nodes blocked.
          const names = (list: readonly number[]) => new Set(list.map((i) => `n${i}`));
          const reference = shortestPath(pg, held.map((v) => marks.csr.ids[v] as string), `n${q.target}`, metric, {
            blockedNodes: [names(q.held), names(q.waiting), names(q.avoid)],
            blockedEdges: new Set(),
          });
          expect(fast >= 0).toBe(reference !== null);
          if (fast >= 0 && reference !== null) {
            found++;
            let weight = 0;
            for (let i = 1; i < fastWay.length; i++) weight += marks.csr.weight[metric][marks.next[fastWay[i - 1] as number] as number] as number;
            expect(weight).toBeCloseTo(reference.weight, 9);
          }
        }
        kept += (marks as unknown as { kept: number }).kept > 0 ? 1 : 0;
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    expect(found).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(100);
  });
});
