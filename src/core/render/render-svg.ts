import { FONT, THEMES } from '../design/tokens';
import type { EdgePath, LayoutRegion, NodeBox } from '../layout/layout-types';
import type { RenderSvgInput, Emphasis } from './render-types';
import { el, textEl } from './svg-builder';
import { edgeSvg, markerDefs } from './svg-edge';
import { legendBox } from './svg-legend';
import { nodeSvg } from './svg-node';
import { horizonFaded, horizonLegendBox, horizonNodeMark } from './svg-horizon';
import { textAttrs, textLines } from './svg-parts';
import { fitText, textWidth, truncateText } from './text-fit';

/** Space around everything, room for badges that straddle a box's top edge. */
const MARGIN = 32;
/** Narrowest drawing area, so the title and legend have room even for a two-node route. */
const MIN_CONTENT_WIDTH = 560;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const SUBTITLE_LINE = 18;
const BAND_GAP = 24;

/**
 * Renders a laid-out graph as a standalone SVG document: title band, edges, nodes and legend, from
 * data alone (no DOM, no external references, real `<text>`), so it looks the same in any viewer
 * and can be rasterised to PNG. The same input always gives the same string.
 * @example
 * const svg = renderSvg({ nodes: model.byId, layout, theme: 'light', legend: true, title: 'MS-102 Roadmap', date: '2026-11-30' });
 */
export function renderSvg(input: RenderSvgInput): string {
  const theme = THEMES[input.theme];
  const { layout, highlight } = input;

  const contentWidth = Math.max(layout.width, MIN_CONTENT_WIDTH);
  const legend = input.legend ? legendBox(theme, contentWidth, highlight !== undefined) : undefined;
  const horizonLegend = input.legend && input.horizon !== undefined ? horizonLegendBox(input.theme, input.horizon) : undefined;
  const innerWidth = Math.max(contentWidth, legend?.width ?? 0, horizonLegend?.width ?? 0);
  const width = Math.ceil(innerWidth + 2 * MARGIN);

  // A long subtitle (route ends and totals) wraps to a second line rather than losing its end.
  const subtitleLines = input.subtitle === undefined ? [] : fitText(input.subtitle, { maxWidth: width - 2 * MARGIN, fontSize: SUBTITLE_SIZE, maxLines: 2 }).lines;
  const titleBand = TITLE_SIZE + 4 + subtitleLines.length * SUBTITLE_LINE;
  const mapTop = MARGIN + titleBand + BAND_GAP;
  const mapLeft = MARGIN + (innerWidth - layout.width) / 2;
  const legendTop = mapTop + layout.height + BAND_GAP;
  const horizonTop = legend === undefined ? legendTop : legendTop + legend.height + BAND_GAP;
  const height = Math.ceil(
    horizonLegend !== undefined ? horizonTop + horizonLegend.height + MARGIN : legend === undefined ? mapTop + layout.height + MARGIN : legendTop + legend.height + MARGIN,
  );

  const boxes = new Map<string, NodeBox>(layout.nodes.map((box) => [box.id, box]));
  const nodeEmphasis = (id: string): Emphasis =>
    highlight === undefined ? (input.horizon !== undefined && horizonFaded(input.horizon, id) ? 'dim' : 'normal') : highlight.nodes.has(id) ? 'highlight' : 'dim';
  const edgeEmphasis = (edge: EdgePath): Emphasis =>
    highlight === undefined ? 'normal' : highlight.edges.has(edge.key) ? 'highlight' : 'dim';

  // Paint order: dimmed edges, route edges, then nodes (dimmed first), so the route is never hidden.
  const edgesInOrder = [...layout.edges.filter((e) => edgeEmphasis(e) !== 'highlight'), ...layout.edges.filter((e) => edgeEmphasis(e) === 'highlight')];
  const edgeMarkup = edgesInOrder.map((edge) =>
    edgeSvg(
      edge,
      {
        data: input.edges?.get(edge.key),
        source: input.nodes.get(edge.source),
        target: input.nodes.get(edge.target),
        sourceBox: boxes.get(edge.source),
        targetBox: boxes.get(edge.target),
      },
      theme,
      edgeEmphasis(edge),
      { x: mapLeft, y: mapTop },
    ),
  );
  const nodesInOrder = [...layout.nodes.filter((n) => nodeEmphasis(n.id) === 'dim'), ...layout.nodes.filter((n) => nodeEmphasis(n.id) !== 'dim')];
  const nodeMarkup = nodesInOrder.map((box) => {
    const node = input.nodes.get(box.id);
    if (node === undefined) throw new Error(`core/render.renderSvg: layout node "${box.id}" has no node data`);
    return nodeSvg(node, { ...box, x: box.x + mapLeft, y: box.y + mapTop }, theme, nodeEmphasis(box.id), input.facts);
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${String(width)} ${String(height)}`,
        role: 'img',
        'aria-labelledby': 'pw-title',
        'font-family': FONT.family,
      },
      [
        textEl('title', { id: 'pw-title' }, input.subtitle === undefined ? input.title : `${input.title}: ${input.subtitle}`),
        el('defs', {}, markerDefs(theme)),
        el('rect', { width, height, fill: theme.background }),
        titleBandSvg(input, width, subtitleLines),
        lanesSvg(input, layout.regions ?? [], { x: mapLeft, y: mapTop }),
        el('g', { class: 'pw-edges' }, edgeMarkup),
        el('g', { class: 'pw-nodes' }, nodeMarkup),
        input.horizon === undefined
          ? ''
          : el('g', { class: 'pw-horizon' }, layout.nodes.map((box) => horizonNodeMark({ ...box, x: box.x + mapLeft, y: box.y + mapTop }, input.horizon?.marks.get(box.id), input.theme))),
        legend === undefined ? '' : legend.svg(MARGIN, legendTop),
        horizonLegend === undefined ? '' : horizonLegend.svg(MARGIN, horizonTop),
      ],
    ),
    '\n',
  ].join('');
}

/** Type size of a lane's name in its header strip (the strip is 64 px deep). */
const LANE_NAME_SIZE = 22;

/**
 * The career-path lanes under everything else: alternate tinted bands with a rule at their start
 * and the path's name in the header strip (horizontal in LR, up the strip in TB).
 */
function lanesSvg(input: RenderSvgInput, regions: readonly LayoutRegion[], at: { x: number; y: number }): string {
  if (regions.length === 0) return '';
  const theme = THEMES[input.theme];
  const vertical = input.layout.direction === 'TB';
  const parts = regions.map((r, i) => {
    const x = r.x + at.x;
    const y = r.y + at.y;
    const band = el('rect', { x, y, width: r.width, height: r.height, fill: theme.text, 'fill-opacity': i % 2 === 1 ? 0.055 : 0.025 });
    const rule = vertical ? el('rect', { x, y, width: 2, height: r.height, fill: theme.border }) : el('rect', { x, y, width: r.width, height: 2, fill: theme.border });
    const room = (vertical ? r.height : r.width) - 24;
    const name = truncateText(r.label, room, LANE_NAME_SIZE, 700);
    const baseline = (r.header + LANE_NAME_SIZE * 0.7) / 2;
    const label = vertical
      ? textEl('text', { ...textAttrs(0, 0, { size: LANE_NAME_SIZE, weight: 700, fill: theme.text }), transform: `translate(${String(x + baseline)} ${String(y + 12)}) rotate(90)` }, name)
      : textEl('text', textAttrs(x + 12, y + baseline, { size: LANE_NAME_SIZE, weight: 700, fill: theme.text }), name);
    return el('g', { class: 'pw-lane', 'data-track': r.id }, [band, rule, label]);
  });
  return el('g', { class: 'pw-lanes' }, parts);
}

function titleBandSvg(input: RenderSvgInput, width: number, subtitleLines: readonly string[]): string {
  const theme = THEMES[input.theme];
  const dateWidth = Math.ceil(textWidth(input.date, FONT.size.small));
  const room = width - 2 * MARGIN - (input.date === '' ? 0 : dateWidth + 24);
  const titleBaseline = MARGIN + TITLE_SIZE * 0.8;
  const parts = [textEl('text', textAttrs(MARGIN, titleBaseline, { size: TITLE_SIZE, weight: 700, fill: theme.text }), truncateText(input.title, room, TITLE_SIZE, 700))];
  parts.push(...textLines(subtitleLines, MARGIN, titleBaseline + SUBTITLE_LINE + 4, SUBTITLE_LINE, { size: SUBTITLE_SIZE, weight: 400, fill: theme.textMuted }));
  if (input.date !== '') {
    parts.push(textEl('text', textAttrs(width - MARGIN, titleBaseline, { size: FONT.size.small, weight: 400, fill: theme.textMuted, anchor: 'end' }), input.date));
  }
  return el('g', { class: 'pw-title' }, parts);
}
