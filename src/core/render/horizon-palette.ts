import type { ThemeName } from '../design/tokens';

/** A band's colour and the text colour that reads on it. */
export interface BandColour {
  readonly fill: string;
  readonly text: string;
}

/**
 * Colours of the horizon's bands 1 (nearest) … 5 (beyond 24 months): steps of viridis, a
 * sequential palette that people with any common colour-vision deficiency read in order, because
 * its steps differ in lightness, not only in hue. On a light map the nearest band is the darkest;
 * on a dark map, the brightest: near always stands out most. The band's number is drawn with its
 * colour, so colour is never the only cue. Text colours keep at least 4.5:1 contrast on each fill.
 */
export const HORIZON_PALETTE: Readonly<Record<ThemeName, readonly BandColour[]>> = {
  light: [
    { fill: '#440154', text: '#FFFFFF' },
    { fill: '#31688E', text: '#FFFFFF' },
    { fill: '#21918C', text: '#000000' },
    { fill: '#5EC962', text: '#000000' },
    { fill: '#C2DF23', text: '#000000' },
  ],
  dark: [
    { fill: '#FDE725', text: '#000000' },
    { fill: '#7AD151', text: '#000000' },
    { fill: '#22A884', text: '#000000' },
    { fill: '#2A788E', text: '#FFFFFF' },
    { fill: '#5B4A9E', text: '#FFFFFF' },
  ],
};

/**
 * The colour of band `band` (1-based; past the last, the last).
 * @example bandColour('light', 1).fill // "#440154"
 */
export function bandColour(theme: ThemeName, band: number): BandColour {
  const colours = HORIZON_PALETTE[theme];
  return colours[Math.min(Math.max(band, 1), colours.length) - 1] as BandColour;
}

/**
 * The palette as CSS custom properties (`--pw-band-1` …, `--pw-band-1-text` …), for the canvas.
 * @example horizonCssVariables('dark')['--pw-band-1'] // "#FDE725"
 */
export function horizonCssVariables(theme: ThemeName): Record<string, string> {
  const vars: Record<string, string> = {};
  HORIZON_PALETTE[theme].forEach((colour, i) => {
    vars[`--pw-band-${String(i + 1)}`] = colour.fill;
    vars[`--pw-band-${String(i + 1)}-text`] = colour.text;
  });
  return vars;
}
