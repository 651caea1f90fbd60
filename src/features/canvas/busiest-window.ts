/** A laid-out box in flow units. */
interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The left edge (flow x) of a window `span` wide, between 0 and `width − span`, whose largest
 * stretch of height between `top` and `bottom` crossed by no box is smallest; the leftmost such
 * window on ties. Windows start at the map's start or `margin` px before a box where no box
 * crosses the edge, so the first column on screen is whole, never cut at the screen's edge. A phone's first view shows one window of a wide map:
 * from the map's start, lanes whose paths begin later stand empty; this picks the window where
 * the lanes the screen shows have something in them. Windows whose empty stretch is at most
 * `maxGap` come first; among them, fewer boxes that `legible` says no to (their words would be
 * under 9 px there, so they show as shapes), then the smaller gap.
 * @example leftOfBusiestWindow([{ id: 'a', x: 0, y: 0, width: 10, height: 10 }], 100, 200, 0, 10) // 0
 */
export function leftOfBusiestWindow(boxes: readonly Box[], span: number, width: number, top: number, bottom: number, legible: (id: string) => boolean = () => true, maxGap = Infinity, margin = 16): number {
  const last = Math.max(0, width - span);
  const cuts = (left: number): boolean => boxes.some((b) => b.x < left && b.x + b.width > left);
  const starts = [...new Set([0, ...boxes.map((b) => Math.min(last, Math.max(0, b.x - margin)))])].filter((left) => left === 0 || !cuts(left)).sort((a, b) => a - b);
  let best = 0;
  let bestScore = Infinity;
  for (const left of starts) {
    const inside = boxes.filter((b) => b.x + b.width > left && b.x < left + span);
    const blank = inside.filter((b) => !legible(b.id)).length;
    const rows = inside
      .map((b) => [b.y, b.y + b.height] as const)
      .sort((a, b) => a[0] - b[0]);
    let gap = 0;
    let reached = top;
    for (const [y0, y1] of rows) {
      gap = Math.max(gap, y0 - reached);
      reached = Math.max(reached, y1);
    }
    gap = Math.max(gap, bottom - reached);
    const span2 = bottom - top + 1;
    const score = (gap > maxGap ? span2 * (boxes.length + 1) : 0) + blank * span2 + gap;
    if (score < bestScore) {
      bestScore = score;
      best = left;
    }
  }
  return best;
}
