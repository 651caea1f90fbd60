// The `pathwise` command. `--version` is answered before the commands (and with them zod, graphology,
// dagre and resvg) are loaded, so asking for it costs a process start and one small file read.
import { packageVersion } from './package-root';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const { runProgram } = await import('./program');
  await runProgram(process.argv);
}
