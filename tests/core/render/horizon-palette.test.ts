import { describe, expect, it } from 'vitest';
import { HORIZON_PALETTE } from '../../../src/core/render/horizon-palette';

/** WCAG relative luminance of "#RRGGBB", computed here from the formula, not by the app. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe('HORIZON_PALETTE', () => {
  it('steps in lightness, so the bands read in order without hue: darkest first on light maps, brightest first on dark ones', () => {
    const light = HORIZON_PALETTE.light.map((c) => luminance(c.fill));
    const dark = HORIZON_PALETTE.dark.map((c) => luminance(c.fill));
    expect(light).toEqual([...light].sort((a, b) => a - b));
    expect(dark).toEqual([...dark].sort((a, b) => b - a));
    expect(light).toHaveLength(5);
  });

  it('keeps the band number readable on every chip (contrast at least 4.5:1)', () => {
    for (const colour of [...HORIZON_PALETTE.light, ...HORIZON_PALETTE.dark]) expect(contrast(colour.fill, colour.text)).toBeGreaterThanOrEqual(4.5);
  });
});
