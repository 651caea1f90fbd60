import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETAIL_LEVEL, LEVEL_ZOOM, MIN_TEXT_PX, TITLES_LEVEL, farLevelOf, levelOf } from '../../../src/features/canvas/level-of-detail';

describe('levels of detail', () => {
  it('maps zooms to levels at the thresholds', () => {
    expect([0.1, 0.169, 0.17, 0.2, 0.25, 0.35, 0.5, 0.75, 0.76, 1, 2.5].map(levelOf)).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 6, 7, 7]);
  });

  it('never draws a far label below 9 px: at every zoom where it is shown, size × zoom ≥ 9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 54 }), fc.double({ min: 0.1, max: 2.5, noNaN: true }), (fontSize, zoom) => {
        const level = levelOf(zoom);
        const shown = farLevelOf(fontSize) <= level && level < TITLES_LEVEL;
        return !shown || fontSize * zoom >= MIN_TEXT_PX;
      }),
    );
  });

  it('shows a far label at the first level where it is legible', () => {
    expect(farLevelOf(54)).toBe(1);
    expect(farLevelOf(45)).toBe(2);
    expect(farLevelOf(26)).toBe(4);
    expect(farLevelOf(18)).toBe(5);
    expect(farLevelOf(17)).toBe(TITLES_LEVEL);
  });

  it('starts titles (12 px) and small print (9.5 px) where they reach 9 px', () => {
    expect(12 * (LEVEL_ZOOM[TITLES_LEVEL] as number)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(9.5 * (LEVEL_ZOOM[DETAIL_LEVEL] as number)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});
