import { loadGraphText } from '../src/core/index';
import { figure, type Figure } from './figures';
import { careerFile, defaultMapText } from './graphs';
import type { BenchOptions } from './options';
import { median, timeMs } from './stats';

/**
 * Parse + validate + build (`loadGraphText`, what the app and the CLI run on a file) for the default
 * map and a generated file, against `JSON.parse` of the same text (the floor: no loader can skip it).
 */
export function benchLoad(options: BenchOptions, log: (line: string) => void): Promise<Figure[]> {
  const inputs: [string, string][] = [
    ['default', defaultMapText()],
    [String(options.loadSize), JSON.stringify(careerFile(options.loadSize))],
  ];
  const figures: Figure[] = [];
  for (const [name, text] of inputs) {
    log(`load: ${name} (${(text.length / 1e6).toFixed(2)} MB of JSON), ${options.loadRuns} runs`);
    const first = loadGraphText(text);
    if (!first.ok) throw new Error(`bench: ${name} does not load: ${first.problems[0]?.message ?? ''}`);
    for (let i = 0; i < 2; i++) {
      loadGraphText(text);
      JSON.parse(text);
    }
    const load: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < options.loadRuns; i++) {
      load.push(timeMs(() => loadGraphText(text)));
      parse.push(timeMs(() => JSON.parse(text)));
    }
    const note = `${first.graph.nodes.length} nodes, ${first.graph.edges.length} edges, ${text.length.toLocaleString('en-US')} bytes`;
    figures.push(figure(`load.${name}`, median(load), 'ms', { name: 'JSON.parse', value: median(parse) }, note));
  }
  return Promise.resolve(figures);
}
