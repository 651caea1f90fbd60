import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeSpot, spinePoints, type Interval } from '../../../src/core/layout/route-edges';

/** Sorted, disjoint slots with gaps of at least 1 between them. */
const slotLists = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 40 }), size: fc.integer({ min: 1, max: 80 }) }), { maxLength: 8 })
  .map((parts) => {
    let at = 0;
    return parts.map(({ gap, size }) => {
      const slot = { start: at + gap, end: at + gap + size };
      at = slot.end;
      return slot;
    });
  });

const inside = (slots: readonly Interval[], x: number) => slots.some((s) => x > s.start && x < s.end);

/** Brute force: the distance from the target to the nearest point not inside any slot. */
function nearestFreeDistance(slots: readonly Interval[], target: number): number {
  if (!inside(slots, target)) return 0;
  const slot = slots.find((s) => target > s.start && target < s.end) as Interval;
  return Math.min(target - slot.start, slot.end - target);
}

describe('freeSpot', () => {
  it('keeps a target that is already in a gap, clear of the boxes', () => {
    expect(freeSpot([{ start: 0, end: 50 }, { start: 100, end: 150 }], 75)).toBe(75);
    expect(freeSpot([{ start: 0, end: 50 }, { start: 100, end: 150 }], 52)).toBe(56);
  });

  it('leaves a box by its nearer side', () => {
    expect(freeSpot([{ start: 0, end: 50 }, { start: 72, end: 120 }], 30)).toBe(56);
    expect(freeSpot([{ start: 0, end: 50 }], 10)).toBe(-6);
  });

  it('uses the middle of a gap narrower than twice the clearance', () => {
    expect(freeSpot([{ start: 0, end: 50 }, { start: 54, end: 100 }], 40)).toBe(52);
  });

  it('never lands inside a box, and strays at most the clearance past the nearest free point (property)', () => {
    fc.assert(
      fc.property(slotLists, fc.integer({ min: -50, max: 800 }), (slots, target) => {
        const spot = freeSpot(slots, target);
        expect(inside(slots, spot)).toBe(false);
        expect(Math.abs(spot - target)).toBeLessThanOrEqual(nearestFreeDistance(slots, target) + 6);
      }),
    );
  });
});

describe('spinePoints', () => {
  it('runs down the anchor’s gutter and into the skill’s left side', () => {
    const anchor = { x: 0, y: 0, width: 232, height: 76 };
    const member = { x: 22, y: 84, width: 188, height: 36 };
    expect(spinePoints(anchor, member)).toEqual([
      { x: 10, y: 76 },
      { x: 10, y: 102 },
      { x: 22, y: 102 },
    ]);
  });
});
