import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgePathData, edgePathPieces, themeCssVariables, THEMES } from '../../../src/core/index';

describe('edgePathData', () => {
  it('draws a straight segment for two points', () => {
    expect(edgePathData([{ x: 0, y: 0 }, { x: 100, y: 20 }])).toBe('M0 0L100 20');
  });
  it('rounds each bend with a quadratic curve that stays within the radius', () => {
    expect(edgePathData([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 40 }])).toBe('M0 0L42 0Q50 0 50 8L50 40');
  });
  it('shrinks the radius on short segments and handles no points', () => {
    expect(edgePathData([{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 4 }])).toBe('M0 0L2 0Q4 0 4 2L4 4');
    expect(edgePathData([])).toBe('');
  });
});

describe('edgePathPieces', () => {
  it('cuts a bent edge into its runs, each with the corner that ends it, each starting where the last ended', () => {
    const pieces = edgePathPieces([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 40 }]);
    expect(pieces.map((p) => p.d)).toEqual(['M0 0L42 0Q50 0 50 8', 'M50 8L50 40']);
    expect(pieces[0]?.start).toBe(0);
    // The corner's length from 10,000 chords (an independent, finer sum): ≈ 12.99 px (a quarter circle of 8 px is 12.57).
    let corner = 0;
    for (let k = 1; k <= 10_000; k += 1) {
      const at = (t: number) => ({ x: (1 - t) ** 2 * 42 + 2 * (1 - t) * t * 50 + t * t * 50, y: 2 * (1 - t) * t * 0 + t * t * 8 });
      const a = at((k - 1) / 10_000);
      const b = at(k / 10_000);
      corner += Math.hypot(b.x - a.x, b.y - a.y);
    }
    expect(corner).toBeCloseTo(12.99, 2);
    expect(pieces[1]?.start).toBeCloseTo(42 + corner, 1);
  });

  it('draws exactly the path of edgePathData, piece after piece (property)', () => {
    const point = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 9 }), (points) => {
        const whole = edgePathData(points);
        const pieces = edgePathPieces(points);
        // Each piece starts with a move to where the previous one ended; without those moves they are the whole path.
        const joined = pieces.map((p, i) => (i === 0 ? p.d : p.d.replace(/^M[^LQ]+/, ''))).join('');
        expect(joined).toBe(whole);
        for (let i = 1; i < pieces.length; i += 1) expect(pieces[i]?.start ?? 0).toBeGreaterThanOrEqual(pieces[i - 1]?.start ?? 0);
      }),
    );
  });

  it('has no pieces for a path of one point or none', () => {
    expect(edgePathPieces([])).toEqual([]);
    expect(edgePathPieces([{ x: 3, y: 4 }])).toEqual([]);
  });
});

describe('themeCssVariables', () => {
  it('exposes every level, kind, edge kind and badge colour of the theme', () => {
    const vars = themeCssVariables(THEMES.dark);
    expect(vars['--pw-route']).toBe(THEMES.dark.route);
    expect(vars['--pw-level-expert']).toBe(THEMES.dark.level.expert);
    expect(vars['--pw-edge-recommends-dash']).toBe('7 5');
    expect(vars['--pw-edge-prerequisite-dash']).toBe('none');
    expect(vars['--pw-badge-retired']).toBe(THEMES.dark.badge.retired.fill);
  });
});
