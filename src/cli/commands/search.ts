import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addSearch, searchLog } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

type AddOptions = {
  project: string;
  source: string;
  kind?: 'database' | 'register' | 'other';
  platform?: string;
  method?: string;
  date?: string;
  query?: string;
  queryFile?: string;
  limits?: string;
  filters?: string;
  hits?: string;
  notes?: string;
};

export function registerSearchCommands(program: Command): void {
  const search = program.command('search').description('the search log: database searches and other methods');

  search
    .command('add')
    .description('log a search (database, register) or another method (manual searching, citation chasing…)')
    .requiredOption('--project <id>', 'project id or name')
    .requiredOption('--source <name>', 'database or register (MEDLINE, Scopus…) or method (manual searching…)')
    .option('--kind <kind>', 'database | register | other', 'database')
    .option('--platform <name>', 'platform or interface (Ovid, ProQuest, EBSCOhost…)')
    .option('--method <text>', 'for other methods: how it was done')
    .option('--date <yyyy-mm-dd>', 'date the search was run')
    .option('--query <text>', 'the search strategy as run')
    .option('--query-file <file>', 'read the search strategy from a file')
    .option('--limits <text>', 'limits and restrictions applied')
    .option('--filters <text>', 'search filters used')
    .option('--hits <n>', 'number of records the database reported')
    .option('--notes <text>', 'anything else worth reporting')
    .action(async (opts: AddOptions, cmd: Command) => {
      const query = opts.queryFile ? readFileSync(opts.queryFile, 'utf8') : opts.query;
      const hits = opts.hits === undefined ? undefined : Number(opts.hits);
      const row = await withApp(cmd, (app, actor) =>
        addSearch(app, actor, opts.project, {
          kind: opts.kind,
          source: opts.source,
          platform: opts.platform,
          method: opts.method,
          dateRun: opts.date,
          query,
          limits: opts.limits,
          filters: opts.filters,
          hitsReported: hits,
          notes: opts.notes,
        }),
      );
      if (globals(cmd).json) printJson({ search: row });
      else process.stdout.write(`Logged ${row.source}${row.platform ? ` via ${row.platform}` : ''} as search ${row.id}.\n`);
    });

  search
    .command('list')
    .description('show the search log with imported counts and hit mismatches')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (opts: { project: string }, cmd: Command) => {
      const log = await withApp(cmd, (app, actor) => searchLog(app, actor, opts.project));
      if (globals(cmd).json) {
        printJson({ searches: log });
        return;
      }
      printTable(
        ['id', 'kind', 'source', 'platform', 'date', 'hits', 'imported', 'note'],
        log.map((s) => [s.id, s.kind, s.source, s.platform, s.dateRun, s.hitsReported, s.recordsImported, s.mismatch ? `MISMATCH: ${s.mismatch.message}` : '']),
        80,
      );
    });
}
