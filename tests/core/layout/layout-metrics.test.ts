import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeMetrics, segmentsCross, type EdgePath, type Point } from '../../../src/core/index';

/** Reference: solve p + t(q − p) = r + u(s − r) and check 0 < t, u < 1 (exact on small integers). */
function crossesByAlgebra(p: Point, q: Point, r: Point, s: Point): boolean {
  const d = (q.x - p.x) * (s.y - r.y) - (q.y - p.y) * (s.x - r.x);
  if (d === 0) return false;
  const t = ((r.x - p.x) * (s.y - r.y) - (r.y - p.y) * (s.x - r.x)) / d;
  const u = ((r.x - p.x) * (q.y - p.y) - (r.y - p.y) * (q.x - p.x)) / d;
  return t > 0 && t < 1 && u > 0 && u < 1;
}

const edge = (key: string, source: string, target: string, points: Point[]): EdgePath => ({ key, source, target, kind: 'recommends', points });

describe('edgeMetrics', () => {
  it('agrees with the algebraic intersection on random small segments', () => {
    const pt = fc.record({ x: fc.integer({ min: -20, max: 20 }), y: fc.integer({ min: -20, max: 20 }) });
    fc.assert(fc.property(pt, pt, pt, pt, (p, q, r, s) => segmentsCross(p, q, r, s) === crossesByAlgebra(p, q, r, s)), { numRuns: 3000 });
  });

  it('counts an X once, skips edges that share an end, and sums lengths', () => {
    const layout = {
      edges: [
        edge('a', 'n1', 'n2', [{ x: 0, y: 0 }, { x: 10, y: 10 }]),
        edge('b', 'n3', 'n4', [{ x: 0, y: 10 }, { x: 10, y: 0 }]),
        edge('c', 'n1', 'n4', [{ x: 0, y: 5 }, { x: 10, y: 5 }]),
      ],
    };
    // a × b cross; c shares n1 with a and n4 with b, so it counts with neither.
    expect(edgeMetrics(layout)).toEqual({ edges: 3, crossings: 1, length: 38 });
    expect(edgeMetrics(layout, (e) => e.key !== 'b').crossings).toBe(0);
  });
});
