import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, checkCanvasSize, IOS_CANVAS_LIMITS, maxScaleFor } from '../../../src/core/render/index';

describe('maxScaleFor', () => {
  it('is bound by the longer side for long thin images', () => {
    expect(maxScaleFor(8192, 100)).toBe(2);
  });

  it('is bound by the area for large square-ish images', () => {
    expect(maxScaleFor(8192, 8192, { maxSide: 100_000, maxArea: 8192 * 8192 * 4 })).toBe(2);
    expect(maxScaleFor(3000, 3000, IOS_CANVAS_LIMITS)).toBeCloseTo(4096 / 3000, 10);
  });
});

describe('checkCanvasSize', () => {
  it('accepts what fits and gives the pixel size', () => {
    expect(checkCanvasSize(1200, 800, 3)).toEqual({ ok: true, width: 3600, height: 2400 });
    expect(checkCanvasSize(16_384, 1, 1)).toEqual({ ok: true, width: 16_384, height: 1 });
  });

  it('refuses one pixel past a side, naming the largest scale that fits', () => {
    const check = checkCanvasSize(8193, 500, 2);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.width).toBe(16_386);
    expect(check.maxScale).toBeCloseTo(16_384 / 8193, 10);
    expect(check.message).toContain('16386 × 1000 px at scale 2');
    expect(check.message).toContain('the largest scale that fits is 1.9');
    expect(check.message).toContain('use scale 1');
  });

  it('refuses past the area limit', () => {
    const check = checkCanvasSize(12_000, 12_000, 2, CANVAS_LIMITS);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('use scale 1');
  });

  it('suggests SVG when even scale 1 is too big', () => {
    const check = checkCanvasSize(40_000, 600, 1);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('export SVG instead');
  });
});
