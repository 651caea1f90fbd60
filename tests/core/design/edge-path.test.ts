import { describe, expect, it } from 'vitest';
import { edgePathData, themeCssVariables, THEMES } from '../../../src/core/index';

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
