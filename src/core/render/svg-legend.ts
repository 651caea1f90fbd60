import { FONT, LEVEL_LABEL, RADIUS, type LaidOutKind, type Theme } from '../design/tokens';
import type { Level } from '../schema/graph-schema';
import { EDGE_KINDS, markerId } from './svg-edge';
import { el, textEl } from './svg-builder';
import { badgePill, badgeWidth, leftStripPath, textAttrs, unverifiedMarker } from './svg-parts';
import { textWidth } from './text-fit';

const LEVELS: readonly Level[] = ['fundamentals', 'associate', 'expert', 'specialty', 'professional'];
const KIND_LABEL: Record<LaidOutKind, string> = {
  certification: 'Certification',
  role: 'Job role',
  skill: 'Skill',
  experience: 'Experience requirement',
};
const ROW = 20;
const HEADER = 22;
const EDGE_SWATCH = 44;
const LABEL_GAP = 10;
const GAP_X = 36;
const GAP_Y = 16;
const PADDING = 16;

interface Row {
  readonly symbol: (x: number, middle: number) => string;
  readonly label: string;
}
interface Column {
  readonly title: string;
  /** Width of the symbols' area; labels start after it. */
  readonly symbolWidth: number;
  readonly rows: readonly Row[];
}

function columns(theme: Theme, withRoute: boolean): Column[] {
  const levels: Column = {
    title: 'Certification level',
    symbolWidth: 28,
    rows: LEVELS.map((level) => ({
      label: LEVEL_LABEL[level],
      symbol: (x, m) => el('rect', { x, y: m - 6, width: 28, height: 12, rx: 3, fill: theme.level[level] }),
    })),
  };
  const kinds: Column = {
    title: 'Node',
    symbolWidth: 44,
    rows: (['certification', 'role', 'skill', 'experience'] as const).map((kind) => ({
      label: KIND_LABEL[kind],
      symbol: (x, m) => kindSymbol(kind, x, m, theme),
    })),
  };
  const pill = (text: string, colors: { fill: string; text: string }) => (x: number, m: number) => badgePill(text, x + badgeWidth(text), m, colors, theme).svg;
  const status: Column = {
    title: 'Status',
    symbolWidth: badgeWidth('RETIRING'),
    rows: [
      { label: 'Retiring (with date)', symbol: pill('RETIRING', theme.badge.retiring) },
      { label: 'Retired', symbol: pill('RETIRED', theme.badge.retired) },
      { label: 'Beta exam', symbol: pill('BETA', theme.badge.beta) },
      { label: 'Unverified or disputed fact', symbol: (x, m) => unverifiedMarker(x + 8, m, theme, 'Unverified or disputed fact') },
    ],
  };
  const edges: Column = {
    title: 'Connection',
    symbolWidth: EDGE_SWATCH + 6,
    rows: [
      ...EDGE_KINDS.map((kind): Row => {
        const style = theme.edge[kind];
        return {
          label: style.label,
          symbol: (x, m) =>
            el('path', {
              d: `M${String(x)} ${String(m)}h${String(EDGE_SWATCH)}`,
              stroke: style.color,
              'stroke-width': style.width,
              'stroke-dasharray': style.dash === '' ? undefined : style.dash,
              fill: 'none',
              'marker-end': `url(#${markerId(kind)})`,
            }),
        };
      }),
      ...(withRoute
        ? [
            {
              label: 'Route',
              symbol: (x: number, m: number) =>
                el('path', { d: `M${String(x)} ${String(m)}h${String(EDGE_SWATCH)}`, stroke: theme.route, 'stroke-width': 3, fill: 'none', 'marker-end': `url(#${markerId('route')})` }),
            },
          ]
        : []),
    ],
  };
  return [levels, kinds, status, edges];
}

function kindSymbol(kind: LaidOutKind, x: number, m: number, theme: Theme): string {
  const style = theme.kind[kind];
  const w = 44;
  const h = 16;
  const rect = { x, y: m - h / 2, width: w, height: h, fill: style.fill, stroke: style.stroke, 'stroke-width': 1.2 };
  switch (kind) {
    case 'certification':
      return el('g', {}, [
        el('rect', { ...rect, rx: 4 }),
        el('path', { d: leftStripPath(4, h, 4), fill: theme.level.expert, transform: `translate(${String(x)} ${String(m - h / 2)})` }),
      ]);
    case 'role':
      return el('g', {}, [el('rect', { ...rect, rx: h / 2 }), el('circle', { cx: x + h / 2, cy: m, r: 5, fill: style.accent })]);
    case 'skill':
      return el('rect', { ...rect, rx: Math.min(RADIUS.skill, h / 2) });
    case 'experience':
      return el('rect', { ...rect, rx: 3, 'stroke-dasharray': '4 2' });
  }
}

function columnWidth(column: Column): number {
  const labels = Math.max(...column.rows.map((r) => textWidth(r.label, FONT.size.body)));
  return Math.max(textWidth(column.title, FONT.size.body, 700), column.symbolWidth + LABEL_GAP + labels);
}

export interface LegendBox {
  readonly svg: (x: number, y: number) => string;
  readonly width: number;
  readonly height: number;
}

/**
 * The legend as a panel of columns (levels, node kinds, status badges, connection kinds), flowed
 * into rows so it fits `maxWidth`. Every level colour and every edge kind is listed, so a printout
 * explains itself.
 */
export function legendBox(theme: Theme, maxWidth: number, withRoute: boolean): LegendBox {
  const cols = columns(theme, withRoute);
  const placed: { column: Column; x: number; y: number }[] = [];
  let x = PADDING;
  let y = PADDING;
  let rowHeight = 0;
  let width = 0;
  for (const column of cols) {
    const w = Math.ceil(columnWidth(column));
    const h = HEADER + column.rows.length * ROW;
    if (x > PADDING && x + w + PADDING > maxWidth) {
      x = PADDING;
      y += rowHeight + GAP_Y;
      rowHeight = 0;
    }
    placed.push({ column, x, y });
    width = Math.max(width, x + w + PADDING);
    rowHeight = Math.max(rowHeight, h);
    x += w + GAP_X;
  }
  const height = y + rowHeight + PADDING - 4;
  const svg = (ox: number, oy: number) =>
    el('g', { class: 'pw-legend', transform: `translate(${String(ox)} ${String(oy)})` }, [
      el('rect', { width, height, rx: 8, fill: theme.surface, stroke: theme.border }),
      ...placed.flatMap(({ column, x: cx, y: cy }) => [
        textEl('text', textAttrs(cx, cy + 12, { size: FONT.size.body, weight: 700, fill: theme.text }), column.title),
        ...column.rows.flatMap((row, i) => {
          const middle = cy + HEADER + i * ROW + ROW / 2 - 2;
          return [
            row.symbol(cx, middle),
            textEl('text', textAttrs(cx + column.symbolWidth + LABEL_GAP, middle + 4.3, { size: FONT.size.body, weight: 400, fill: theme.textMuted }), row.label),
          ];
        }),
      ]),
    ]);
  return { svg, width, height };
}
