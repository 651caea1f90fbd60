import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapPosition, spinePoints } from '../../../src/core/layout/route-edges';

/** Sorted, disjoint slots with gaps of at least 1 between them. */
const slotLists = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 40 }), size: fc.integer({ min: 1, max: 80 }) }), { minLength: 1, maxLength: 8 })
  .map((parts) => {
    let at = 0;
    return parts.map(({ gap, size }) => {
      const slot = { start: at + gap, end: at + gap + size };
      at = slot.end;
      return slot;
    });
  });

describe('gapPosition', () => {
  const slots = [
    { start: 0, end: 50 },
    { start: 80, end: 130 },
  ];

  it('spreads the edges crossing one gap evenly across it', () => {
    expect(gapPosition(slots, { gap: 1, slot: 0, of: 2 })).toBe(60);
    expect(gapPosition(slots, { gap: 1, slot: 1, of: 2 })).toBe(70);
  });

  it('stacks edges outside the outermost boxes, clear of them', () => {
    expect(gapPosition(slots, { gap: 0, slot: 1, of: 2 })).toBe(-6);
    expect(gapPosition(slots, { gap: 0, slot: 0, of: 2 })).toBe(-14);
    expect(gapPosition(slots, { gap: 2, slot: 0, of: 1 })).toBe(136);
  });

  it('always lands in the gap it was given, never inside a box (property)', () => {
    fc.assert(
      fc.property(slotLists, fc.nat(), fc.integer({ min: 1, max: 6 }), fc.nat(), (list, g, of, s) => {
        const gap = g % (list.length + 1);
        const slot = s % of;
        const at = gapPosition(list, { gap, slot, of });
        const before = list[gap - 1];
        const after = list[gap];
        if (before !== undefined) expect(at).toBeGreaterThan(before.end);
        if (after !== undefined) expect(at).toBeLessThan(after.start);
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
