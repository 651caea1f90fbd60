import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatProblem, loadGraphBytes } from '../../core/index';
import { DEFAULT_GRAPH, EXIT } from '../shared';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check graph files against the schema and the graph rules; print every problem.')
    .argument('[files...]', 'graph JSON files (default: the shipped MS-102 map)')
    .action((files: string[]) => {
      const list = files.length > 0 ? files : [DEFAULT_GRAPH];
      let failed = false;
      for (const file of list) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (error) {
          process.stderr.write(`${file}  cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
          failed = true;
          continue;
        }
        const result = loadGraphBytes(bytes);
        if (result.ok) {
          process.stdout.write(`${file}: ok (${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges)\n`);
        } else {
          failed = true;
          for (const p of result.problems) process.stderr.write(`${formatProblem(p, file)}\n`);
          process.stderr.write(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
        }
      }
      process.exitCode = failed ? EXIT.invalid : EXIT.ok;
    });
}
