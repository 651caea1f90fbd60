// `npm run layout` (run by `npm run dev` and `npm run build`): lays out the default map in both
// directions at build time and writes src/generated/default-layout.json, so the app opens the
// map with no layout work. A test fails when the committed file no longer matches the map.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildLayoutFile, type Layout, type LayoutFile } from '../core/index';
import { CliError, DEFAULT_GRAPH, REPO_ROOT, loadGraphFile } from './shared';

const OUT = resolve(REPO_ROOT, 'src/generated/default-layout.json');

/**
 * One node or edge per line: diffs of the generated file stay readable and small.
 * JSON.parse of the result equals the file.
 */
export function formatLayoutFile(file: LayoutFile): string {
  const layout = (l: Layout) =>
    [
      '{',
      `    "direction": ${JSON.stringify(l.direction)}, "width": ${l.width}, "height": ${l.height}, "rankCount": ${JSON.stringify(l.rankCount)},`,
      ...(l.regions === undefined ? [] : [`    "regions": [\n${l.regions.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ],`]),
      `    "nodes": [\n${l.nodes.map((n) => `      ${JSON.stringify(n)}`).join(',\n')}\n    ],`,
      `    "edges": [\n${l.edges.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`,
      '  }',
    ].join('\n');
  return [
    '{',
    `  "generatedBy": ${JSON.stringify(file.generatedBy)},`,
    `  "graphHash": ${JSON.stringify(file.graphHash)},`,
    `  "layoutVersion": ${file.layoutVersion},`,
    `  "groupSkills": ${file.groupSkills},`,
    `  "layouts": {\n  "LR": ${layout(file.layouts.LR)},\n  "TB": ${layout(file.layouts.TB)}\n  }`,
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const started = performance.now();
  const model = loadGraphFile(DEFAULT_GRAPH);
  const file = buildLayoutFile({ nodes: model.nodes, edges: model.edges });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, formatLayoutFile(file));
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`wrote ${OUT} (${model.nodes.length} nodes, ${model.edges.length} edges, ${ms} ms)\n`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = error.exitCode;
}
