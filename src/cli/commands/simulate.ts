import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { simulateFile } from '../../app/index.js';
import { recallCurveSvg } from '../../core/ranking/index.js';
import { globals } from '../context.js';

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('replay a labelled screening set with the active-learning ranker and report WSS and recall')
    .argument('<file>', 'CSV with columns title, abstract, label_included')
    .option('--seed <n>', 'seed for the prior include/exclude and tie-breaks', '0')
    .option('--svg <file>', 'write the recall curve as SVG')
    .action((file: string, opts: { seed: string; svg?: string }, cmd: Command) => {
      const result = simulateFile({ name: basename(file), bytes: readFileSync(file) }, Number(opts.seed));
      if (opts.svg) writeFileSync(opts.svg, recallCurveSvg(result, basename(file)));
      if (globals(cmd).json) {
        // One line: the recall curve has an entry per record.
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      process.stdout.write(
        [
          `${basename(file)}: ${result.records} records, ${result.includes} includes (seed ${result.seed})`,
          `WSS@95  ${pct(result.wss95)}`,
          `WSS@100 ${pct(result.wss100)}`,
          `recall after 5% / 10% / 20% screened: ${pct(result.recallAt5)} / ${pct(result.recallAt10)} / ${pct(result.recallAt20)}`,
          `ATD     ${result.atd.toFixed(1)} records (${pct(result.atd / result.records)} of the set)`,
          opts.svg ? `recall curve: ${opts.svg}` : '',
        ]
          .filter(Boolean)
          .join('\n') + '\n',
      );
    });
}
