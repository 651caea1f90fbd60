import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/core/design/tokens';

// WCAG 2 relative luminance and contrast ratio, written here from the definition (not the app's code).
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme contrast', () => {
  it('computes the known ratios (black on white 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  for (const theme of Object.values(THEMES)) {
    describe(theme.name, () => {
      it('keeps text at 4.5:1 or more on the background and on every box', () => {
        for (const text of [theme.text, theme.textMuted]) {
          for (const ground of [theme.background, theme.surface, theme.surfaceRaised, ...Object.values(theme.kind).map((k) => k.fill)]) {
            expect(contrast(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
          }
        }
      });

      it('keeps box borders at 3:1 or more against the background outside and the fill inside', () => {
        for (const [kind, style] of Object.entries(theme.kind)) {
          expect(contrast(style.stroke, theme.background), `${kind} border on the background`).toBeGreaterThanOrEqual(3);
          expect(contrast(style.stroke, style.fill), `${kind} border on its fill`).toBeGreaterThanOrEqual(3);
        }
      });

      it('keeps the route, the focus ring and every kind of line at 3:1 or more on the background', () => {
        expect(contrast(theme.route, theme.background)).toBeGreaterThanOrEqual(3);
        expect(contrast(theme.focus, theme.background)).toBeGreaterThanOrEqual(3);
        expect(contrast(theme.focus, theme.surface)).toBeGreaterThanOrEqual(3);
        for (const [kind, edge] of Object.entries(theme.edge)) {
          expect(contrast(edge.color, theme.background), `${kind} line`).toBeGreaterThanOrEqual(3);
        }
      });
    });
  }
});
