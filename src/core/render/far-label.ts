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
 * chip). A name takes one line as large as the box allows (up to `lineMax`), else two lines (up
 * to `nameMax`), whichever is larger: a laptop's first view (zoom ≈ 0.24) reads one line of ≥ 39
 * px, never two lines, so short names (`shortLabel`) are made to fit one. Below `min` a far label
 * is not worth drawing: the normal label is as readable by then. Far type is tracked tight
 * (`tracking`, em per character), as display type is.
 */
export const FAR_TYPE = {
  codeMax: 54,
  lineMax: 48,
  nameMax: 30,
  countMax: 40,
  min: 16,
  lineHeight: 1.08,
  tracking: -0.02,
  /** Horizontal room taken by the level strip and padding (certifications) or border and padding (others). */
  inset: { certification: 26, role: 9, experience: 10, skill: 16 },
  /** Vertical room kept free: padding, on certifications the badge chip, and on the 52 px requirement boxes enough that the glyphs (about 1.2 em tall, more than the 1.08 line) stay inside the box. */
  reserve: { certification: 14, role: 6, experience: 4, skill: 4 },
} as const;

/** Width of far type: bold, tracked by `FAR_TYPE.tracking` (CSS letter-spacing adds it after every character). */
export function farTextWidth(text: string, fontSize: number): number {
  // Letter-spacing is added per code point (Array.from counts those, as Chromium's text runs do).
  return textWidth(text, fontSize, 700) + FAR_TYPE.tracking * fontSize * Array.from(text).length;
}

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
    if (code !== undefined) return oneLine(code, FAR_TYPE.codeMax, width, height);
    return twoLines(labelWithoutCode(node), width, height);
  }
  const name = node.shortLabel ?? node.label;
  const one = oneLine(name, FAR_TYPE.lineMax, width, height);
  const two = twoLines(name, width, height);
  return one === null || (two !== null && two.fontSize > one.fontSize) ? two : one;
}

/**
 * The far label of a folded skill group: "N skills" in the box the group's skills take, as large
 * as fits up to `countMax` (smaller than the codes: it is context, not a destination).
 * @example farCountLabel(5, 188, 208) // { lines: ['5 skills'], fontSize: 40 }
 */
export function farCountLabel(count: number, width: number, height: number): FarLabel | null {
  const text = `${String(count)} ${count === 1 ? 'skill' : 'skills'}`;
  return oneLine(text, FAR_TYPE.countMax, width - FAR_TYPE.inset.skill, height - FAR_TYPE.reserve.skill);
}

function oneLine(text: string, max: number, width: number, height: number): FarLabel | null {
  const size = largest(max, (f) => farTextWidth(text, f) <= width && f * FAR_TYPE.lineHeight <= height);
  return size === null ? null : { lines: [text], fontSize: size };
}

function twoLines(text: string, width: number, height: number): FarLabel | null {
  let lines: readonly string[] = [];
  const size = largest(FAR_TYPE.nameMax, (f) => {
    // Measured untracked: tight tracking only makes the lines narrower than measured.
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
