/**
 * `pathwise export`: the map or a route as PNG or SVG (rendered from data, never screenshotted),
 * a route as a Markdown checklist or CSV, or the whole graph file as JSON.
 *
 * Exit codes: 0 written; 1 the graph file is invalid; 2 bad usage (unknown format or name, md/csv
 * without --route, an image too large for the scale); 3 no route between the given ends.
 */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { edgeKey, exportFileName, findRoute, ROUTE_METRICS, routeCsv, routeMarkdown, type PathwiseGraph, type Route, type RouteMetric } from '../../core/index';
import { buildImage, type ExportImageOptions } from '../export-image';
import { CliError, EXIT, findNode, loadGraphFile } from '../shared';

export const EXPORT_FORMATS = ['png', 'svg', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportCliOptions {
  readonly format: ExportFormat;
  readonly route?: string;
  readonly by: RouteMetric;
  readonly scale: '1' | '2' | '3';
  readonly theme: 'light' | 'dark';
  readonly legend: boolean;
  readonly direction: 'LR' | 'TB';
  readonly output?: string;
  readonly graph?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the map or a route: png, svg (drawn from data), md or csv (a route as a study plan), json (the graph file).')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).default('png'))
    .option('--route <from,to>', 'export this route only (names: id, exam code or label); md and csv need it')
    .addOption(new Option('--by <metric>', 'what the route minimises').choices(ROUTE_METRICS).default('months'))
    .addOption(new Option('--scale <n>', 'PNG pixels per SVG unit').choices(['1', '2', '3']).default('1'))
    .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark']).default('light'))
    .option('--no-legend', 'leave out the legend')
    .addOption(new Option('--direction <dir>', 'layout direction').choices(['LR', 'TB']).default('LR'))
    .option('-o, --output <file>', 'output file, "-" for stdout (default: a name made from the map and route)')
    .option('--graph <file>', 'graph JSON file (default: the shipped MS-102 map)')
    .action((options: ExportCliOptions) => {
      const model = loadGraphFile(options.graph);
      if (options.format === 'json' && options.route !== undefined) {
        throw new CliError('--format json writes the whole graph file; for a route as JSON use: pathwise route <from> <to> --json');
      }
      const route = options.route === undefined ? undefined : resolveRoute(model, options.route, options.by);
      const ends = route === undefined ? {} : { from: route.steps[0]?.id ?? '', to: route.steps.at(-1)?.id ?? '' };
      const target = options.output ?? exportFileName({ mapTitle: model.meta.title, ...ends, ext: options.format });

      let content: string | Buffer;
      let summary: string;
      if (options.format === 'json') {
        content = `${JSON.stringify(model.file, null, 2)}\n`;
        summary = `${String(model.nodes.length)} nodes, ${String(model.file.edges.length)} edges`;
      } else if (options.format === 'md' || options.format === 'csv') {
        if (route === undefined) throw new CliError(`--format ${options.format} exports a route as a study plan: give --route <from>,<to>`);
        const context = { nodes: model.byId, edges: new Map(model.edges.map((e) => [edgeKey(e), e])) };
        content = options.format === 'md' ? routeMarkdown(route, { ...context, mapTitle: model.meta.title, by: options.by, date: today() }) : routeCsv(route, context);
        summary = `${String(route.steps.length)} steps`;
      } else {
        const imageOptions: ExportImageOptions = {
          format: options.format,
          scale: Number(options.scale),
          theme: options.theme,
          legend: options.legend,
          direction: options.direction,
          by: options.by,
          date: today(),
          ...(route === undefined ? {} : { route }),
        };
        const image = buildImage(model, imageOptions);
        content = image.content;
        summary = image.summary;
      }

      if (target === '-') {
        process.stdout.write(content);
        return;
      }
      try {
        writeFileSync(target, content);
      } catch (error) {
        throw new CliError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      process.stdout.write(`wrote ${target} (${summary})\n`);
    });
}

/** Finds the route named by "from,to"; unknown names and "no route" fail with their messages. */
function resolveRoute(model: PathwiseGraph, spec: string, by: RouteMetric): Route {
  const parts = spec.split(',').map((s) => s.trim());
  const [fromName, toName] = parts;
  if (parts.length !== 2 || fromName === undefined || toName === undefined || fromName === '' || toName === '') {
    throw new CliError(`--route takes two names separated by a comma, e.g. --route ms-102,az-305 (got "${spec}")`);
  }
  const result = findRoute(model, findNode(model, fromName).id, findNode(model, toName).id, { by });
  if (!result.ok) throw new CliError(`no route: ${result.message}`, EXIT.noRoute);
  return result.route;
}

/** The export date (UTC), shown in the image's title band and the plan's heading. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}
