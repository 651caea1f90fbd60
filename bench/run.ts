// `npm run bench`: routing, load, layout, bundle and browser figures measured in one run, each
// with its ratio to a baseline measured in the same run. See docs/performance.md.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchFile } from './bench-dir';
import { formatTable, type Figure } from './figures';
import { describeMachine } from './machine';
import { parseOptions, type BenchOptions, type Group } from './options';

type Runner = (options: BenchOptions, log: (line: string) => void) => Promise<Figure[]>;

// Loaded on use: a run of one group does not load the others (playwright, elkjs, cytoscape).
const RUNNERS: Record<Group, () => Promise<Runner>> = {
  routing: async () => (await import('./bench-routing')).benchRouting,
  horizon: async () => (await import('./bench-horizon')).benchHorizon,
  load: async () => (await import('./bench-load')).benchLoad,
  layout: async () => (await import('./bench-layout')).benchLayout,
  bundle: async () => (await import('./bench-bundle')).benchBundle,
  browser: async () => (await import('./bench-browser')).benchBrowser,
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { machine, finish } = describeMachine();
  const date = new Date().toISOString();
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverage.start.join(' ')}${options.quick ? '; quick run' : ''}`);
  const figures: Figure[] = [];
  for (const group of options.groups) {
    try {
      const run = await RUNNERS[group]();
      figures.push(...(await run(options, log)));
    } catch (error) {
      // One broken group should not lose the figures of the others.
      log(`${group}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      figures.push({ name: `${group}.error`, value: null, unit: '', baseline: null, baselineValue: null, ratio: null, note: String(error) });
    }
  }
  finish();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${formatTable(figures)}\n\n`);
  process.stdout.write(`${figures.length} figures in ${seconds.toFixed(0)} s on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${date}; load average at start ${machine.loadAverage.start.join(' ')}, at end ${machine.loadAverage.end.join(' ')}\n`);
  if (options.json !== null) {
    const file = resolve(options.json);
    writeBenchFile(file, `${JSON.stringify({ machine, date, command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), seconds: Math.round(seconds), figures }, null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
