import { describe, expect, it } from 'vitest';
import { laneNamePlace } from '../../../src/features/canvas/lane-layer';

// A lane 2,000 × 400 map px at (0, 100), its name strip 64 px tall.
const lane = { id: 'cloud', label: 'Cloud', x: 0, y: 100, width: 2000, height: 400, header: 64 };

describe('laneNamePlace', () => {
  it('puts the name in its strip at the lane start when the start is on screen', () => {
    const at = laneNamePlace(lane, 'LR', [50, 0, 1], 1280, 720);
    // 13 px type centred in the 64 px strip: (64 − 13) / 2 below the lane's top.
    expect(at).toEqual({ x: 58, y: 125.5, fontSize: 13 });
  });

  it('slides the name along the strip to stay on screen while the lane runs past the left edge', () => {
    expect(laneNamePlace(lane, 'LR', [-1000, 0, 1], 1280, 720)?.x).toBe(8);
    // …but stops 200 px before the lane's end.
    expect(laneNamePlace(lane, 'LR', [-1900, 0, 1], 1280, 720)?.x).toBe(-100);
  });

  it('draws no name for a lane out of view', () => {
    expect(laneNamePlace(lane, 'LR', [0, -600, 1], 1280, 720)).toBeNull();
    expect(laneNamePlace(lane, 'LR', [1300, 0, 1], 1280, 720)).toBeNull();
  });

  it('shrinks the type to the strip, never under 9 px, when zoomed out', () => {
    // 64 px × 0.18 = 11.5 px of strip; at 0.1 (level 0, no node text) names stay 13 px.
    expect(laneNamePlace(lane, 'LR', [0, 0, 0.18], 1280, 720)?.fontSize).toBeCloseTo(11.52);
    expect(laneNamePlace(lane, 'LR', [0, 0, 0.14], 1280, 720)?.fontSize).toBe(13);
  });
});
