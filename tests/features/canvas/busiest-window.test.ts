// The phone's first window onto a wide map: the one with the smallest empty stretch of height.
import { describe, expect, it } from 'vitest';
import { leftOfBusiestWindow } from '../../../src/features/canvas/busiest-window';

const box = (x: number, y: number, id = `${String(x)},${String(y)}`) => ({ id, x, y, width: 100, height: 100 });

describe('leftOfBusiestWindow', () => {
  it('stays at the start when the start is as busy as anywhere', () => {
    expect(leftOfBusiestWindow([box(0, 0), box(0, 100), box(500, 0), box(500, 100)], 300, 1000, 0, 200)).toBe(0);
  });

  it('moves right to where more lanes have boxes, starting 16 px before the first of them', () => {
    // From the start only the top lane has a box; from x 450 on, all three lanes do.
    const boxes = [box(0, 0), box(450, 0), box(500, 100), box(600, 200)];
    expect(leftOfBusiestWindow(boxes, 300, 1000, 0, 300)).toBe(434);
  });

  it('counts the empty stretch at the top and the bottom too', () => {
    expect(leftOfBusiestWindow([box(0, 250), box(400, 150)], 200, 600, 0, 300)).toBe(384);
  });

  it('keeps away from boxes whose words would not be legible, before any gap', () => {
    const boxes = [box(0, 0), box(0, 100, 'small'), box(400, 0), box(1000, 0), box(1000, 100)];
    expect(leftOfBusiestWindow(boxes, 300, 1200, 0, 200)).toBe(0);
    expect(leftOfBusiestWindow(boxes, 300, 1200, 0, 200, (id) => id !== 'small')).toBe(900);
  });

  it('puts a gap over the limit before blank boxes', () => {
    // From the start: one lane of two empty, nothing blank; from 884: both lanes, one box blank.
    const boxes = [box(0, 0), box(900, 0, 'small'), box(1000, 100)];
    expect(leftOfBusiestWindow(boxes, 300, 1200, 0, 200, (id) => id !== 'small')).toBe(0);
    expect(leftOfBusiestWindow(boxes, 300, 1200, 0, 200, (id) => id !== 'small', 50)).toBe(884);
  });

  it('never cuts a box at the left edge of the screen', () => {
    // Both lanes have boxes only from x 380; any window that shows them starts inside the box at 30–130 or later.
    const boxes = [box(30, 0), box(140, 0), box(250, 0), box(380, 100), box(400, 0)];
    const left = leftOfBusiestWindow(boxes, 300, 1000, 0, 200);
    expect(boxes.some((b) => b.x < left && b.x + b.width > left)).toBe(false);
    expect(left).toBe(364);
  });

  it('never goes past the map: a map narrower than the window starts at 0', () => {
    expect(leftOfBusiestWindow([box(50, 0)], 1000, 400, 0, 100)).toBe(0);
  });
});
