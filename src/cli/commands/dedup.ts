import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { decideDuplicates, dedupFiles, dedupOverview, runDedup, undoDedupDecision, type DedupDecisionInput } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import type { FormatId } from '../../core/formats/plugin.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';
import { parseColumns } from './columns.js';

type DedupOptions = { format?: string; columns?: string; explain?: boolean; project?: string; review?: boolean; merge?: string; unmerge?: string; confirm?: string; reject?: string; undo?: boolean };

const ids = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

async function projectDedup(project: string, opts: DedupOptions, cmd: Command): Promise<void> {
  const json = globals(cmd).json ?? false;
  await withApp(cmd, async (app, actor) => {
    const decision: DedupDecisionInput | undefined = opts.merge
      ? { action: 'merge', records: ids(opts.merge) }
      : opts.unmerge
        ? { action: 'unmerge', records: ids(opts.unmerge) }
        : opts.confirm
          ? { action: 'confirm', a: ids(opts.confirm)[0] ?? '', b: ids(opts.confirm)[1] ?? '' }
          : opts.reject
            ? { action: 'reject', a: ids(opts.reject)[0] ?? '', b: ids(opts.reject)[1] ?? '' }
            : undefined;
    if (decision) {
      const event = await decideDuplicates(app, actor, project, decision);
      if (json) printJson({ event });
      else process.stdout.write(`Recorded ${event.type} (${event.id}). Undo with: metaethno dedup --project ${project} --undo\n`);
      return;
    }
    if (opts.undo) {
      const event = await undoDedupDecision(app, actor, project);
      if (json) printJson({ event });
      else process.stdout.write(`Undid your last decision (${event.type === 'undo' ? event.target : event.id}).\n`);
      return;
    }
    if (!opts.review) {
      const run = await runDedup(app, actor, project);
      if (json) {
        printJson({ run });
        return;
      }
      process.stdout.write(`${run.records} records: ${run.groups} duplicate groups (${run.duplicates} duplicates), ${run.possible} possible duplicates to check (${run.seconds} s).\n`);
    }
    const overview = await dedupOverview(app, actor, project, { groupLimit: 0 });
    if (json) {
      printJson({ queue: overview.queue, unique: overview.unique, records: overview.records });
      return;
    }
    if (overview.queue.length === 0) process.stdout.write('No possible duplicates left to decide.\n');
    else {
      process.stdout.write(`\nPossible duplicates to decide (${overview.queue.length}); use --confirm a,b or --reject a,b:\n`);
      printTable(['a', 'b', 'score', 'why'], overview.queue.map((p) => [p.a, p.b, p.score.toFixed(2), p.evidence.filter((e) => e.note).map((e) => e.note).join('; ')]), 80);
    }
  });
}

export function registerDedupCommand(program: Command): void {
  program
    .command('dedup')
    .description('de-duplicate a project (--project), or record files without a project: groups of certain duplicates and pairs to check by hand')
    .argument('[files...]', 'record files in any importable format (CSV with an id column such as ID or record_id)')
    .option('--project <id>', 'de-duplicate this project instead of files')
    .option('--review', 'with --project: list the possible duplicates still to decide')
    .option('--merge <ids>', 'with --project: merge these records (comma-separated ids)')
    .option('--unmerge <ids>', 'with --project: split these records out of their group')
    .option('--confirm <a,b>', 'with --project: confirm a possible pair as duplicates')
    .option('--reject <a,b>', 'with --project: reject a possible pair (not duplicates)')
    .option('--undo', 'with --project: undo your last de-duplication decision')
    .option('--format <id>', 'force a format instead of detecting it')
    .option('--columns <map>', 'CSV column mapping, e.g. "id=Key,title=Article Title"')
    .option('--explain', 'with --json: include the per-field evidence of every link and possible pair')
    .action(async (files: string[], opts: DedupOptions, cmd: Command) => {
      if (opts.project) {
        await projectDedup(opts.project, opts, cmd);
        return;
      }
      if (files.length === 0) throw new AppError('INVALID_ARGUMENT', 'Give record files, or --project to de-duplicate a project.');
      const result = dedupFiles(
        files.map((f) => ({ name: basename(f), bytes: readFileSync(f) })),
        { ...(opts.format ? { format: opts.format as FormatId } : {}), ...(opts.columns ? { columns: parseColumns(opts.columns) } : {}) },
      );
      const possible = result.possible.map((p) => [p.a, p.b, Number(p.score.toFixed(4))]);
      if (globals(cmd).json) {
        printJson({
          records: result.records,
          groups: result.groups,
          possible,
          ...(opts.explain ? { links: result.links, possibleDetails: result.possible } : {}),
        });
        return;
      }
      const removable = result.groups.reduce((n, g) => n + g.length - 1, 0);
      process.stdout.write(`${result.records} records: ${result.groups.length} duplicate groups (${removable} duplicates), ${result.possible.length} possible duplicates to check.\n\n`);
      printTable(['group', 'records'], result.groups.slice(0, 50).map((g, i) => [i + 1, g.join(', ')]), 100);
      if (result.possible.length > 0) {
        process.stdout.write('\nPossible duplicates:\n');
        printTable(['a', 'b', 'score', 'why'], result.possible.slice(0, 50).map((p) => [p.a, p.b, p.score.toFixed(2), p.evidence.filter((e) => e.note).map((e) => e.note).join('; ')]), 80);
      }
    });
}
