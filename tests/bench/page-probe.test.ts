import { describe, expect, it } from 'vitest';
import { firstViewFrame, type LoadFrame } from '../../bench/page-probe';

const frame = (at: number, visible: number, view: string, count = visible, edges = 3): LoadFrame => ({ at, count, visible, edges, view });

describe('firstViewFrame', () => {
  it('skips frames that show the nodes at a view the page then leaves (drawn unfitted, then fitted)', () => {
    const frames = [frame(10, 0, ''), frame(20, 5, 'scale(1)'), frame(30, 5, 'scale(0.4)'), frame(40, 5, 'scale(0.4)')];
    expect(firstViewFrame(frames, 5)?.at).toBe(30);
  });

  it('waits for every node to be visible, not only to exist (React Flow hides unmeasured nodes)', () => {
    const frames = [frame(10, 0, 'scale(0.4)', 5), frame(20, 3, 'scale(0.4)', 5), frame(30, 5, 'scale(0.4)')];
    expect(firstViewFrame(frames, 5)?.at).toBe(30);
  });

  it('waits for the edges the page ends with (drawn a task after the nodes)', () => {
    const frames = [frame(10, 5, 'scale(0.4)', 5, 0), frame(20, 5, 'scale(0.4)', 5, 2), frame(30, 5, 'scale(0.4)', 5, 3), frame(40, 5, 'scale(0.4)', 5, 3)];
    expect(firstViewFrame(frames, 5)?.at).toBe(30);
  });

  it('takes the first frame when the page opens at its settled view', () => {
    const frames = [frame(10, 5, 'scale(0.4)'), frame(20, 5, 'scale(0.4)')];
    expect(firstViewFrame(frames, 5)?.at).toBe(10);
  });

  it('is null when the nodes never all show at the settled view', () => {
    expect(firstViewFrame([frame(10, 4, 'scale(1)'), frame(20, 4, 'scale(1)')], 5)).toBeNull();
    expect(firstViewFrame([], 5)).toBeNull();
  });
});
