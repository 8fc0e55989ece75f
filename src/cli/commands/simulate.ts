import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { simulateFile } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { recallCurveSvg } from '../../core/ranking/index.js';
import { globals } from '../context.js';

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('replay a labelled screening set with the active-learning ranker and report WSS and recall')
    .argument('<file>', 'CSV with columns title, abstract, label_included')
    .option('--seed <n>', 'seed for the prior include/exclude and tie-breaks', '0')
    .option('--prior <include,exclude>', 'the prior knowledge by record id (one include, one exclude) instead of a draw')
    .option('--svg <file>', 'write the recall curve as SVG')
    .action((file: string, opts: { seed: string; prior?: string; svg?: string }, cmd: Command) => {
      const seed = /^\d+$/.test(opts.seed.trim()) ? Number(opts.seed) : Number.NaN;
      const result = simulateFile({ name: basename(file), bytes: readFileSync(file) }, seed, priorOf(opts.prior));
      if (opts.svg) writeFileSync(opts.svg, recallCurveSvg(result, basename(file)));
      if (globals(cmd).json) {
        // One line: the recall curve has an entry per record.
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      process.stdout.write(
        [
          `${basename(file)}: ${result.records} records, ${result.includes} includes (seed ${result.seed}; prior include ${result.priorIds[0]!}, exclude ${result.priorIds[1]!})`,
          `WSS@95  ${pct(result.wss95)}   (Insights, priors left out: ${pct(result.insights.wss95)})`,
          `WSS@100 ${pct(result.wss100)}   (Insights: ${pct(result.insights.wss100)})`,
          `recall after 5% / 10% / 20% screened: ${pct(result.recallAt5)} / ${pct(result.recallAt10)} / ${pct(result.recallAt20)}   (Insights: ${pct(result.insights.recallAt5)} / ${pct(result.insights.recallAt10)} / ${pct(result.insights.recallAt20)})`,
          `ATD     ${result.atd.toFixed(1)} records after the priors (${pct(result.atd / result.records)} of the set)`,
          'The whole order is read, priors included, as REFERENCE.md reads its figures (see docs/adr/0005-ranking-model.md).',
          opts.svg ? `recall curve: ${opts.svg}` : '',
        ]
          .filter(Boolean)
          .join('\n') + '\n',
      );
    });
}

/** `--prior A,B`: the ids of the prior include and exclude. */
function priorOf(value: string | undefined): { include: string; exclude: string } | undefined {
  if (value === undefined) return undefined;
  const [include, exclude, ...rest] = value.split(',').map((id) => id.trim());
  if (!include || !exclude || rest.length > 0) {
    throw new AppError('INVALID_ARGUMENT', `--prior takes two record ids, the include then the exclude, as ID,ID; got "${value}".`);
  }
  return { include, exclude };
}
