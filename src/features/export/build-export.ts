import {
  exportFileName,
  formatTotals,
  layoutGraph,
  localIsoDate,
  renderSvg,
  routeCsv,
  routeHighlight,
  routeIds,
  routeMarkdown,
  routeSubgraph,
  edgeKey,
  type GraphEdge,
  type Layout,
  type PathwiseGraph,
  type Route,
  type RenderHorizon,
  type RouteMetric,
  type ThemeName,
} from '../../core/index';
import { fontFaceCss, withFonts } from './embed-fonts';
import { svgToPng } from './rasterise';

export type ExportFormat = 'png' | 'svg' | 'md' | 'csv' | 'json';

/** Horizon mode's part of an export: images colour the map by band; Markdown and CSV give the ranked roles. */
export interface HorizonExport {
  readonly render: RenderHorizon;
  /** The start's id (or "done"), for the file name. */
  readonly from: string;
  readonly markdown: (date: string) => string;
  readonly csv: () => string;
}
export type ExportScope = 'map' | 'view' | 'route';

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly scope: ExportScope;
  readonly theme: ThemeName;
  readonly legend: boolean;
  readonly scale: 1 | 2 | 3;
  readonly model: PathwiseGraph;
  /** The layout on screen (filters applied). */
  readonly layout: Layout;
  /** The visible rectangle in layout coordinates, for the "current view" scope. */
  readonly viewRect: { x: number; y: number; width: number; height: number } | null;
  readonly route: Route | null;
  readonly by: RouteMetric;
  readonly today: Date;
  /** Horizon mode, when on: exported when no route is (a route, when planned, wins). */
  readonly horizon?: HorizonExport | null;
}

export type ExportResult =
  | { ok: true; blob: Blob; fileName: string; detail: string }
  | { ok: false; message: string; fits?: number };

/** Builds the file for one export: images are rendered from data, never screenshotted. */
export async function buildExport(request: ExportRequest, onPhase: (phase: string) => void): Promise<ExportResult> {
  const { model, route, format } = request;
  const first = route?.steps[0];
  const last = route?.steps.at(-1);
  const routeEnds = route !== null && first !== undefined && last !== undefined && (request.scope === 'route' || format === 'md' || format === 'csv');
  const fileName = exportFileName({
    mapTitle: model.meta.title,
    ...(routeEnds ? { from: first.id, to: last.id } : {}),
    ext: format,
  });
  const date = request.today.toISOString().slice(0, 10);
  const horizon = route === null ? (request.horizon ?? null) : null;
  if (horizon !== null && format !== 'json') {
    const name = exportFileName({ mapTitle: `${model.meta.title} horizon`, from: horizon.from, ext: format });
    if (format === 'md') return ok(new Blob([horizon.markdown(date)], { type: 'text/markdown' }), name, 'the ranked roles');
    if (format === 'csv') return ok(new Blob([horizon.csv()], { type: 'text/csv' }), name, 'the ranked roles');
    const part = partToDraw(request);
    if (!part.ok) return part;
    const svg = withFonts(
      renderSvg({ nodes: model.byId, edges: edgesByKey(model.edges), layout: part.layout, theme: request.theme, legend: request.legend, title: model.meta.title, subtitle: horizon.render.title, date, horizon: horizon.render }),
      await fontFaceCss(),
    );
    if (format === 'svg') return ok(new Blob([svg], { type: 'image/svg+xml' }), name, `${part.layout.nodes.length} nodes`);
    const size = svgSize(svg);
    const png = await svgToPng(svg, size.width, size.height, request.scale);
    return png.ok ? ok(png.blob, name, `${png.width}×${png.height} px`) : png;
  }
  const context = { nodes: model.byId, edges: edgesByKey(model.edges) };

  if (format === 'json') {
    return ok(new Blob([`${JSON.stringify(model.file, null, 2)}\n`], { type: 'application/json' }), fileName, 'the whole map');
  }
  if (format === 'md' || format === 'csv') {
    if (route === null) return { ok: false, message: 'Plan a route first: Markdown and CSV export the current route as a checklist.' };
    const text = format === 'md' ? routeMarkdown(route, { ...context, mapTitle: model.meta.title, by: request.by, date }) : routeCsv(route, context);
    return ok(new Blob([text], { type: format === 'md' ? 'text/markdown' : 'text/csv' }), fileName, 'the route plan');
  }

  onPhase('Laying out…');
  const part = partToDraw(request);
  if (!part.ok) return part;
  onPhase('Rendering…');
  const subtitle = route !== null && first !== undefined && last !== undefined && request.scope !== 'map' && request.scope !== 'view'
    ? `${first.label} → ${last.label} · ${formatTotals(route.totals)}`
    : route !== null && first !== undefined && last !== undefined
      ? `Route: ${first.label} → ${last.label} · ${formatTotals(route.totals)}`
      : undefined;
  const svg = withFonts(
    renderSvg({
      nodes: model.byId,
      edges: context.edges,
      layout: part.layout,
      theme: request.theme,
      legend: request.legend,
      title: model.meta.title,
      ...(subtitle === undefined ? {} : { subtitle }),
      date,
      facts: { today: localIsoDate(request.today), lastVerified: model.meta.lastVerified },
      ...(route === null ? {} : { highlight: routeHighlight(routeIds(route)) }),
    }),
    await fontFaceCss(),
  );
  if (format === 'svg') return ok(new Blob([svg], { type: 'image/svg+xml' }), fileName, `${part.layout.nodes.length} nodes`);
  const size = svgSize(svg);
  onPhase(`Drawing ${Math.round(size.width * request.scale)}×${Math.round(size.height * request.scale)} px…`);
  const png = await svgToPng(svg, size.width, size.height, request.scale);
  if (!png.ok) return png;
  return ok(png.blob, fileName, `${png.width}×${png.height} px`);
}

function ok(blob: Blob, fileName: string, detail: string): ExportResult {
  return { ok: true, blob, fileName, detail };
}

function edgesByKey(edges: readonly GraphEdge[]): Map<string, GraphEdge> {
  return new Map(edges.map((e) => [edgeKey(e), e]));
}

function partToDraw(request: ExportRequest): { ok: true; layout: Layout } | { ok: false; message: string } {
  if (request.scope === 'map') return { ok: true, layout: request.layout };
  if (request.scope === 'route') {
    if (request.route === null) return { ok: false, message: 'There is no route to export: plan one first, or export the whole map.' };
    // The route alone, laid out compactly (a handful of nodes: fast enough on the main thread).
    return { ok: true, layout: layoutGraph(routeSubgraph(request.model, routeIds(request.route)), { direction: request.layout.direction }) };
  }
  const rect = request.viewRect;
  if (rect === null) return { ok: true, layout: request.layout };
  const inside = request.layout.nodes.filter(
    (b) => b.x + b.width > rect.x && b.x < rect.x + rect.width && b.y + b.height > rect.y && b.y < rect.y + rect.height,
  );
  if (inside.length === 0) return { ok: false, message: 'No node is in view: pan to the part of the map you want, or export the whole map.' };
  return { ok: true, layout: cropLayout(request.layout, new Set(inside.map((b) => b.id))) };
}

/** The part of a layout with the given nodes, moved so its top-left corner is at the origin. */
export function cropLayout(layout: Layout, keep: ReadonlySet<string>): Layout {
  const nodes = layout.nodes.filter((b) => keep.has(b.id));
  const edges = layout.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const xs = [...nodes.flatMap((b) => [b.x, b.x + b.width]), ...edges.flatMap((e) => e.points.map((p) => p.x))];
  const ys = [...nodes.flatMap((b) => [b.y, b.y + b.height]), ...edges.flatMap((e) => e.points.map((p) => p.y))];
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return {
    direction: layout.direction,
    nodes: nodes.map((b) => ({ ...b, x: b.x - minX, y: b.y - minY })),
    edges: edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x - minX, y: p.y - minY })) })),
    width: Math.max(...xs) - minX,
    height: Math.max(...ys) - minY,
  };
}

function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, svg.indexOf('>', svg.indexOf('<svg')));
  const width = Number(/\swidth="([\d.]+)"/.exec(head)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(head)?.[1] ?? 0);
  return { width, height };
}
