// Export from data: a laid-out map or route as a standalone SVG, a route as Markdown or CSV,
// file names and canvas-size checks. Pure: the CLI and the app rasterise and save.
export { escapeXml } from './escape-xml';
export { fitText, textWidth, truncateText, ELLIPSIS, type FitOptions, type FittedText, type FontWeight } from './text-fit';
export type { Emphasis, FactDates, RenderHighlight, RenderSvgInput } from './render-types';
export { renderSvg } from './render-svg';
export { farLabel, farCountLabel, farTextWidth, FAR_TYPE, type FarLabel } from './far-label';
export { nodeTitle, statusBadge, doubtfulFacts, labelWithoutCode, SENIORITY_LABEL } from './node-facts';
export { routeIds, routeHighlight, routeSubgraph, type RouteIds } from './route-subgraph';
export { exportFileName, slugify, type ExportFileNameInput } from './export-file-name';
export { CANVAS_LIMITS, IOS_CANVAS_LIMITS, checkCanvasSize, maxScaleFor, type CanvasCheck, type CanvasLimits } from './canvas-limits';
export { routeMarkdown, type RouteMarkdownOptions } from './route-markdown';
export { routeCsv, csvCell, ROUTE_CSV_COLUMNS } from './route-csv';
export { formatTotals, formatMonths, formatMoney, formatCostTotal, METRIC_LABEL, type RouteDataContext } from './route-format';
export { HORIZON_PALETTE, bandColour, horizonCssVariables, type BandColour } from './horizon-palette';
export { horizonRoleRows, horizonMarkdown, horizonCsv, payCitation, payText, reachMonthsText, reachCostText, HORIZON_CSV_COLUMNS, type HorizonRow, type HorizonSort, type HorizonListOptions } from './horizon-list';
export { horizonLegendBox, horizonNodeMark, horizonFaded, type RenderHorizon } from './svg-horizon';
