import {
  edgeKey,
  formatTotals,
  layoutGraph,
  METRIC_LABEL,
  renderSvg,
  routeHighlight,
  routeIds,
  routeSubgraph,
  type LayoutDirection,
  type PathwiseGraph,
  type Route,
  type RouteMetric,
  type ThemeName,
} from '../core/index';
import { svgToPng } from './export-png';
import { CliError } from './shared';

export interface ExportImageOptions {
  readonly format: 'png' | 'svg';
  readonly scale: number;
  readonly theme: ThemeName;
  readonly legend: boolean;
  readonly direction: LayoutDirection;
  readonly by: RouteMetric;
  /** Export date, YYYY-MM-DD. */
  readonly date: string;
  /** Draw this route only (laid out compactly, in the route colour); else the whole map. */
  readonly route?: Route;
}

/**
 * Lays out the map (or the route alone), renders it as SVG and, for PNG, rasterises it.
 * An image too large for the canvas limits fails with the largest scale that fits.
 */
export function buildImage(model: PathwiseGraph, options: ExportImageOptions): { content: string | Buffer; summary: string } {
  const { route } = options;
  const ids = route === undefined ? undefined : routeIds(route);
  const layout = layoutGraph(ids === undefined ? { nodes: model.nodes, edges: model.edges } : routeSubgraph(model, ids), { direction: options.direction });
  const first = route?.steps[0];
  const last = route?.steps.at(-1);
  // "to", not an arrow: Inter has no arrows, and resvg would redraw the whole line in a fallback font.
  const subtitle =
    route === undefined || first === undefined || last === undefined
      ? undefined
      : `${first.label} to ${last.label} · ${formatTotals(route.totals)} · by ${METRIC_LABEL[options.by]}`;
  const svg = renderSvg({
    nodes: model.byId,
    edges: new Map(model.edges.map((edge) => [edgeKey(edge), edge])),
    layout,
    theme: options.theme,
    legend: options.legend,
    title: model.meta.title,
    ...(subtitle === undefined ? {} : { subtitle }),
    date: `Exported ${options.date} · data verified ${model.meta.lastVerified}`,
    facts: { today: options.date, lastVerified: model.meta.lastVerified },
    ...(ids === undefined ? {} : { highlight: routeHighlight(ids) }),
  });
  const what = `${String(layout.nodes.length)} nodes, ${String(layout.edges.length)} edges`;
  if (options.format === 'svg') return { content: svg, summary: what };

  const png = svgToPng(svg, options.scale);
  // The message names the largest scale that fits, or suggests SVG or a route when none does.
  if (!png.ok) throw new CliError(png.message);
  return { content: png.png, summary: `${String(png.width)} × ${String(png.height)} px, ${what}` };
}
