import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { farCountLabel, type Layout } from '../../core/index';
import { farLevelOf } from './level-of-detail';
import './skill-groups.css';

/** A column of grouped skills folded into one box at far zoom, named by its count. */
export interface SkillGroup {
  /** The node the skills hang under. */
  readonly anchor: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly fontSize: number;
  /** The first level of detail at which the count is legible (see level-of-detail.ts). */
  readonly from: number;
}

/**
 * The skill groups of a layout (skills with `group`, see NodeBox): one box per anchor over the
 * area its skills take, with "N skills" sized to fit it. A group whose count cannot be drawn
 * large enough to read at any far level gets none: its skills simply fold away at far zoom.
 */
export function skillGroups(layout: Layout): SkillGroup[] {
  const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number; count: number }>();
  for (const n of layout.nodes) {
    if (n.group === undefined) continue;
    const b = boxes.get(n.group);
    if (b === undefined) boxes.set(n.group, { x0: n.x, y0: n.y, x1: n.x + n.width, y1: n.y + n.height, count: 1 });
    else {
      b.x0 = Math.min(b.x0, n.x);
      b.y0 = Math.min(b.y0, n.y);
      b.x1 = Math.max(b.x1, n.x + n.width);
      b.y1 = Math.max(b.y1, n.y + n.height);
      b.count += 1;
    }
  }
  const out: SkillGroup[] = [];
  for (const [anchor, b] of boxes) {
    const width = b.x1 - b.x0;
    const height = b.y1 - b.y0;
    const label = farCountLabel(b.count, width, height);
    if (label === null) continue;
    const from = farLevelOf(label.fontSize);
    out.push({ anchor, x: b.x0, y: b.y0, width, height, text: label.lines.join(' '), fontSize: label.fontSize, from });
  }
  return out;
}

/**
 * At far zoom the skills fold (level-of-detail.css hides their boxes) and each group shows as one
 * box saying how many skills it holds, from the level where that count reaches 9 px on screen;
 * below it nothing is drawn for them. Zoomed in, the skills themselves come back.
 */
export const SkillGroups = memo(function SkillGroups({ layout, dimmed }: { layout: Layout; dimmed: boolean }) {
  const groups = useMemo(() => skillGroups(layout), [layout]);
  if (groups.length === 0) return null;
  return (
    <ViewportPortal>
      <div className={`pw-skill-groups${dimmed ? ' dimmed' : ''}`} aria-hidden="true">
        {groups.map((g) => (
          <div
            key={g.anchor}
            className={`pw-skill-group far-from-${String(g.from)}`}
            data-group={g.anchor}
            data-far-from={g.from}
            style={{ transform: `translate(${String(g.x)}px, ${String(g.y)}px)`, width: g.width, height: g.height, fontSize: g.fontSize }}
          >
            {g.text}
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
