import { NODE_SIZE } from '../design/tokens';
import type { GraphNode } from '../schema/graph-schema';
import { labelWithoutCode } from './node-facts';
import { fitText, textWidth } from './text-fit';

/** A node's label for far zoom (the poster view): big type, one or two lines that fit its box. */
export interface FarLabel {
  readonly lines: readonly string[];
  /** Font size in layout px (bold); the on-screen size is this × zoom. */
  readonly fontSize: number;
}

/**
 * Sizes of far labels, in layout px. A certification's exam code is the poster's word: it gets
 * the box's full height (a 76 px box holds 54 px type with room for the level strip and a badge
 * chip). Names take two lines of a 64 px role box. Below `min` a far label is not worth drawing:
 * the normal label is as readable by then.
 */
export const FAR_TYPE = {
  codeMax: 54,
  nameMax: 30,
  min: 16,
  lineHeight: 1.08,
  /** Horizontal room taken by the level strip and padding (certifications) or padding (others). */
  inset: { certification: 26, role: 20, experience: 20 },
  /** Vertical room kept free: padding and, on certifications, the badge chip. */
  reserve: { certification: 14, role: 6, experience: 6 },
} as const;

/**
 * The far-zoom label of a node: for a certification its short name or first exam code on one
 * line, else (and for roles and requirements) its short name or label on up to two lines, each at
 * the largest size that fits the node's box without cutting a word. Skills (folded into what
 * teaches them at far zoom) and tracks get none; so does a label that fits only below `min`.
 * Pure and deterministic: the canvas and the tests size text the same way.
 * @example farLabel(ms102) // { lines: ['MS-102'], fontSize: 54 }
 */
export function farLabel(node: GraphNode): FarLabel | null {
  if (node.kind === 'skill' || node.kind === 'track') return null;
  const box = NODE_SIZE[node.kind];
  const width = box.width - FAR_TYPE.inset[node.kind];
  const height = box.height - FAR_TYPE.reserve[node.kind];
  if (node.kind === 'certification') {
    const code = node.shortLabel ?? node.examCodes[0];
    if (code !== undefined) {
      const size = largest(FAR_TYPE.codeMax, (f) => textWidth(code, f, 700) <= width && f * FAR_TYPE.lineHeight <= height);
      return size === null ? null : { lines: [code], fontSize: size };
    }
    return twoLines(labelWithoutCode(node), width, height);
  }
  return twoLines(node.shortLabel ?? node.label, width, height);
}

function twoLines(text: string, width: number, height: number): FarLabel | null {
  let lines: readonly string[] = [];
  const size = largest(FAR_TYPE.nameMax, (f) => {
    const fitted = fitText(text, { maxWidth: width, fontSize: f, weight: 700, maxLines: 2 });
    lines = fitted.lines;
    // A word broken across lines counts as not fitting: every line must end at a space.
    const whole = fitted.lines.join(' ') === text.trim().split(/\s+/).join(' ');
    return !fitted.truncated && whole && fitted.lines.length * f * FAR_TYPE.lineHeight <= height;
  });
  return size === null ? null : { lines, fontSize: size };
}

/** The largest whole px size from `max` down to `FAR_TYPE.min` that `fits`; null when none does. */
function largest(max: number, fits: (size: number) => boolean): number | null {
  for (let f = max; f >= FAR_TYPE.min; f--) if (fits(f)) return f;
  return null;
}
