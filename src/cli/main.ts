import { Command, CommanderError } from 'commander';
import { registerArchiveCommands } from './commands/archive.js';
import { registerExampleCommand } from './commands/example.js';
import { registerReportCommands } from './commands/report.js';
import { registerDedupCommand } from './commands/dedup.js';
import { registerImportCommand } from './commands/import.js';
import { registerMemberCommands } from './commands/members.js';
import { registerParseCommand } from './commands/parse.js';
import { registerProjectCommands } from './commands/projects.js';
import { registerRecordsCommands } from './commands/records.js';
import { registerScreenCommands } from './commands/screen.js';
import { registerSearchCommands } from './commands/search.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSimulateCommand } from './commands/simulate.js';
import { registerSynthesisCommands } from './commands/synthesis.js';
import { exitCodes } from './exit-codes.js';
import { reportError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('metaethno')
    .description('A workbench for meta-ethnography: from database exports to an eMERGe-conformant report.')
    .version('0.1.0')
    .option('--data <dir>', 'directory of the embedded database (default ./metaethno-data; DATABASE_URL selects PostgreSQL instead)')
    .option('--json', 'machine-readable output on standard output')
    .option('--as <name>', 'act as this project member (default: the local owner)')
    .showHelpAfterError()
    .exitOverride();
  registerProjectCommands(program);
  registerSearchCommands(program);
  registerImportCommand(program);
  registerRecordsCommands(program);
  registerMemberCommands(program);
  registerParseCommand(program);
  registerDedupCommand(program);
  registerSimulateCommand(program);
  registerScreenCommands(program);
  registerSynthesisCommands(program);
  registerArchiveCommands(program);
  registerExampleCommand(program);
  registerReportCommands(program);
  registerServeCommand(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.invalid_input;
    }
    return reportError(error, argv.includes('--json'));
  }
}
