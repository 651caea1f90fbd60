// When the minimap is worth showing: only while part of the map lies outside the canvas.
import { describe, expect, it } from 'vitest';
import { partlyOutOfView } from '../../../src/features/canvas/minimap-when-needed';

const canvas = { width: 1000, height: 600 };

describe('partlyOutOfView', () => {
  it('is false when the whole map fits, edges included (a pixel of slack for rounding)', () => {
    expect(partlyOutOfView([0, 0, 1], canvas, { x: 0, y: 0, width: 1000, height: 600 })).toBe(false);
    expect(partlyOutOfView([100, 50, 0.5], canvas, { x: 0, y: 0, width: 1600, height: 1000 })).toBe(false);
    expect(partlyOutOfView([-0.5, 0, 1], canvas, { x: 0, y: 0, width: 1000.4, height: 600 })).toBe(false);
  });

  it('is true when any side is out: left, top, right, bottom', () => {
    expect(partlyOutOfView([-10, 0, 0.5], canvas, { x: 0, y: 0, width: 1000, height: 600 })).toBe(true);
    expect(partlyOutOfView([0, -10, 0.5], canvas, { x: 0, y: 0, width: 1000, height: 600 })).toBe(true);
    expect(partlyOutOfView([0, 0, 1], canvas, { x: 0, y: 0, width: 1010, height: 600 })).toBe(true);
    expect(partlyOutOfView([0, 0, 1], canvas, { x: 0, y: 0, width: 1000, height: 610 })).toBe(true);
  });

  it('measures from the nodes\' box, wherever it starts', () => {
    expect(partlyOutOfView([-100, -50, 1], canvas, { x: 100, y: 50, width: 1000, height: 600 })).toBe(false);
    expect(partlyOutOfView([-90, -50, 1], canvas, { x: 100, y: 50, width: 1000, height: 600 })).toBe(true);
  });

  it('turns true as the view zooms in past the fit', () => {
    expect(partlyOutOfView([0, 0, 0.25], canvas, { x: 0, y: 0, width: 4000, height: 2400 })).toBe(false);
    expect(partlyOutOfView([0, 0, 0.26], canvas, { x: 0, y: 0, width: 4000, height: 2400 })).toBe(true);
  });
});
