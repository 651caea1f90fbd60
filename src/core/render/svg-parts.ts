import { FONT, type Theme } from '../design/tokens';
import type { AttrValue } from './svg-builder';
import { el, textEl } from './svg-builder';
import { textWidth, type FontWeight } from './text-fit';

/** A person glyph drawn in a 20 × 20 box (head and shoulders), for role nodes. */
export const PERSON_ICON_PATH = 'M10 2.5a4 4 0 1 1 0 8a4 4 0 0 1 0-8ZM2.5 19c0-4.4 3.4-7 7.5-7s7.5 2.6 7.5 7Z';

export interface TextStyle {
  readonly size: number;
  readonly weight: FontWeight;
  readonly fill: string;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/** Lines of text, one `<text>` per line, from the first baseline down. */
export function textLines(lines: readonly string[], x: number, firstBaseline: number, lineHeight: number, style: TextStyle): string[] {
  return lines.map((line, i) => textEl('text', textAttrs(x, firstBaseline + i * lineHeight, style), line));
}

export function textAttrs(x: number, y: number, style: TextStyle): Record<string, AttrValue> {
  return {
    x,
    y,
    'font-size': style.size,
    'font-weight': style.weight === 400 ? undefined : style.weight,
    fill: style.fill,
    'text-anchor': style.anchor === undefined || style.anchor === 'start' ? undefined : style.anchor,
  };
}

export const BADGE_HEIGHT = 16;

/**
 * A pill with centred bold text whose right edge is at `right` and middle at `middleY`.
 * Returns its markup and width so callers can place the next badge to its left.
 */
export function badgePill(text: string, right: number, middleY: number, colors: { fill: string; text: string }, theme: Theme): { svg: string; width: number } {
  const size = FONT.size.badge;
  const width = badgeWidth(text);
  const x = right - width;
  const svg = el('g', { class: 'pw-badge' }, [
    el('rect', { x, y: middleY - BADGE_HEIGHT / 2, width, height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2, fill: colors.fill, stroke: theme.background, 'stroke-width': 1.5 }),
    textEl('text', textAttrs(x + width / 2, middleY + size * 0.36, { size, weight: 700, fill: colors.text, anchor: 'middle' }), text),
  ]);
  return { svg, width };
}

/** Width of the pill `badgePill` draws for `text`. */
export function badgeWidth(text: string): number {
  return Math.ceil(textWidth(text, FONT.size.badge, 700)) + 12;
}

/** The "?" marker for unverified or disputed facts: a circle whose centre is at (cx, cy). */
export function unverifiedMarker(cx: number, cy: number, theme: Theme, detail: string): string {
  const r = BADGE_HEIGHT / 2;
  return el('g', { class: 'pw-unverified' }, [
    textEl('title', {}, detail),
    el('circle', { cx, cy, r, fill: theme.badge.unverified.fill, stroke: theme.background, 'stroke-width': 1.5 }),
    textEl('text', textAttrs(cx, cy + 3.9, { size: 11, weight: 700, fill: theme.badge.unverified.text, anchor: 'middle' }), '?'),
  ]);
}

/**
 * The left colour strip of a certification box (width `s`, box height `h`, corner radius `r`):
 * the part of the rounded rectangle left of x = s, so it follows the corners exactly.
 */
export function leftStripPath(strip: number, h: number, r: number): string {
  const s = Math.min(strip, r);
  const inset = r - Math.sqrt(r * r - (r - s) * (r - s));
  const n = (v: number) => String(Math.round(v * 10) / 10);
  return `M${n(s)} ${n(inset)}A${n(r)} ${n(r)} 0 0 0 0 ${n(r)}V${n(h - r)}A${n(r)} ${n(r)} 0 0 0 ${n(s)} ${n(h - inset)}Z`;
}
