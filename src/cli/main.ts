import { Command, CommanderError } from 'commander';
import { registerExport } from './commands/export';
import { registerReach } from './commands/reach';
import { registerRoute } from './commands/route';
import { registerStats } from './commands/stats';
import { registerValidate } from './commands/validate';
import { CliError, EXIT } from './shared';

/** Builds the `pathwise` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('pathwise')
    .description('Career-roadmap graphs: validate maps, find routes, export images and plans.')
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program);
  registerStats(program);
  registerRoute(program);
  registerReach(program);
  registerExport(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
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

await main(process.argv);
