import { Command, CommanderError } from 'commander';
import { registerExport } from './commands/export';
import { registerFreshness } from './commands/freshness';
import { registerReach } from './commands/reach';
import { registerRenewals } from './commands/renewals';
import { registerRoute } from './commands/route';
import { registerStats } from './commands/stats';
import { registerValidate } from './commands/validate';
import { CliError, EXIT } from './shared';
import { packageVersion } from './package-root';

/** Builds the `pathwise` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('pathwise')
    .description('Career-roadmap graphs: validate maps, find routes, export images and plans.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program);
  registerStats(program);
  registerRoute(program);
  registerReach(program);
  registerExport(program);
  registerFreshness(program);
  registerRenewals(program);
  return program;
}

/** Runs the program on `argv`; failures become a message on stderr and an exit code, never a stack trace. */
export async function runProgram(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`pathwise: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof CommanderError) {
      // Commander already printed the message; help and version are not failures.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      throw error;
    }
  }
}
