import { FONT, THEMES, type ThemeName } from '../design/tokens';
import type { NodeBox } from '../layout/layout-types';
import { bandColour } from './horizon-palette';
import { el, textEl } from './svg-builder';
import { textAttrs } from './svg-parts';
import { textWidth } from './text-fit';

/** How each node stands in a horizon view (see `reachState`); tracks and unlisted nodes are drawn as usual. */
export interface RenderHorizon {
  readonly marks: ReadonlyMap<string, { readonly state: string; readonly band: number | null }>;
  /** The bands' names, nearest first, up to the limit: "≤ 3 months", … */
  readonly bands: readonly string[];
  /** e.g. "Within 12 months of Microsoft 365 Administrator". */
  readonly title: string;
  /** "months" or "cost", for the legend's unknown row. */
  readonly by: 'months' | 'cost';
}

/** True for nodes a horizon view fades: beyond the limit or not reachable. */
export function horizonFaded(horizon: RenderHorizon, id: string): boolean {
  const state = horizon.marks.get(id)?.state;
  return state === 'beyond' || state === 'unreachable';
}

const CHIP_R = 10;

/**
 * The band of one node drawn over it: a ring in the band's colour (dashed when the figure is
 * unknown) and a chip with the band's number, so colour is never the only cue; the start gets a
 * ring in the route colour and a "start" chip. Empty for other nodes.
 */
export function horizonNodeMark(box: NodeBox, mark: { readonly state: string; readonly band: number | null } | undefined, themeName: ThemeName): string {
  if (mark === undefined) return '';
  const theme = THEMES[themeName];
  const ring = (stroke: string, dash?: string) =>
    el('rect', { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8, rx: 12, fill: 'none', stroke, 'stroke-width': 3, 'stroke-dasharray': dash });
  const chip = (text: string, fill: string, ink: string) => {
    const width = Math.max(2 * CHIP_R, textWidth(text, FONT.size.small, 700) + 10);
    const cx = box.x + box.width;
    const cy = box.y + box.height;
    return el('g', { class: 'pw-band-chip' }, [
      el('rect', { x: cx - width / 2, y: cy - CHIP_R, width, height: 2 * CHIP_R, rx: CHIP_R, fill, stroke: theme.background, 'stroke-width': 2 }),
      textEl('text', textAttrs(cx, cy + FONT.size.small * 0.36, { size: FONT.size.small, weight: 700, fill: ink, anchor: 'middle' }), text),
    ]);
  };
  if (mark.state === 'start') return el('g', { class: 'pw-horizon-start', 'data-id': undefined }, [ring(theme.route), chip('start', theme.route, '#FFFFFF')]);
  if (mark.band === null) return '';
  const colour = bandColour(themeName, mark.band);
  const unknown = mark.state === 'unknown';
  return el('g', { class: `pw-horizon-band pw-horizon-band-${String(mark.band)}` }, [
    ring(colour.fill, unknown ? '6 4' : undefined),
    chip(unknown ? `${String(mark.band)}?` : String(mark.band), colour.fill, colour.text),
  ]);
}

const ROW = 22;
const PAD = 16;

/** The horizon's own legend: its title, one numbered chip per band, and the faded and unknown rows. */
export function horizonLegendBox(themeName: ThemeName, horizon: RenderHorizon): { svg: (x: number, y: number) => string; width: number; height: number } {
  const theme = THEMES[themeName];
  const rows: { chip: (x: number, m: number) => string; label: string }[] = horizon.bands.map((label, i) => {
    const colour = bandColour(themeName, i + 1);
    return {
      label,
      chip: (x, m) =>
        el('g', {}, [
          el('rect', { x, y: m - CHIP_R, width: 2 * CHIP_R + 4, height: 2 * CHIP_R, rx: CHIP_R, fill: colour.fill }),
          textEl('text', textAttrs(x + CHIP_R + 2, m + 4.3, { size: FONT.size.small, weight: 700, fill: colour.text, anchor: 'middle' }), String(i + 1)),
        ]),
    };
  });
  rows.push({
    label: 'Beyond the limit or not reachable (faded)',
    chip: (x, m) => el('rect', { x, y: m - CHIP_R, width: 2 * CHIP_R + 4, height: 2 * CHIP_R, rx: CHIP_R, fill: theme.border, opacity: String(theme.dimOpacity) }),
  });
  rows.push({
    label: `A step's ${horizon.by === 'months' ? 'time' : 'cost'} is unknown (dashed ring, "?")`,
    chip: (x, m) => el('rect', { x: x + 1, y: m - CHIP_R + 1, width: 2 * CHIP_R + 2, height: 2 * CHIP_R - 2, rx: CHIP_R, fill: 'none', stroke: theme.textMuted, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
  });
  const labelX = 2 * CHIP_R + 14;
  const width = Math.ceil(PAD * 2 + Math.max(textWidth(horizon.title, FONT.size.body, 700), ...rows.map((r) => labelX + textWidth(r.label, FONT.size.body))));
  const height = PAD * 2 + 18 + rows.length * ROW;
  const svg = (x: number, y: number) =>
    el('g', { class: 'pw-horizon-legend', transform: `translate(${String(x)} ${String(y)})` }, [
      el('rect', { width, height, rx: 8, fill: theme.surface, stroke: theme.border }),
      textEl('text', textAttrs(PAD, PAD + 12, { size: FONT.size.body, weight: 700, fill: theme.text }), horizon.title),
      ...rows.flatMap((row, i) => {
        const middle = PAD + 18 + i * ROW + ROW / 2;
        return [row.chip(PAD, middle), textEl('text', textAttrs(PAD + labelX, middle + 4.3, { size: FONT.size.body, weight: 400, fill: theme.textMuted }), row.label)];
      }),
    ]);
  return { svg, width, height };
}
