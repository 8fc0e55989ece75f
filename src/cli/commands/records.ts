import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportRecords, getRecord, listRecords } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

export function registerRecordsCommands(program: Command): void {
  const records = program.command('records').description('list, show and export imported records');

  records
    .command('list')
    .requiredOption('--project <id>', 'project id or name')
    .option('--search <id>', 'only records of this search')
    .option('--text <words>', 'only records whose title, authors, journal or DOI contain these words')
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (opts: { project: string; search?: string; text?: string; limit: string; offset: string }, cmd: Command) => {
      const page = await withApp(cmd, (app, actor) =>
        listRecords(app, actor, opts.project, { searchId: opts.search, text: opts.text, limit: Number(opts.limit), offset: Number(opts.offset) }),
      );
      if (globals(cmd).json) printJson(page);
      else {
        printTable(['id', 'year', 'authors', 'title'], page.items.map((r) => [r.id, r.year, r.authors, r.title]));
        process.stdout.write(`${page.items.length} of ${page.total} records\n`);
      }
    });

  records
    .command('show')
    .argument('<id>', 'record id')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (id: string, opts: { project: string }, cmd: Command) => {
      const r = await withApp(cmd, (app, actor) => getRecord(app, actor, opts.project, id));
      if (globals(cmd).json) {
        printJson(r);
        return;
      }
      const rec = r.record;
      const lines: [string, string | number | undefined][] = [
        ['Title', rec.title],
        ['Authors', rec.authors.map((a) => a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family)).join('; ')],
        ['Year', rec.year],
        ['Journal', rec.journal],
        ['Volume/issue/pages', [rec.volume, rec.issue, rec.pages].filter(Boolean).join(' / ')],
        ['DOI', rec.doi],
        ['PMID', rec.pmid],
        ['Type', rec.type],
        ['Keywords', rec.keywords.join('; ')],
        ['Abstract', rec.abstract],
        ['Source', `search ${r.searchId}, file ${r.fileId}, record ${r.position + 1} at line ${r.line}`],
      ];
      for (const [k, v] of lines) if (v !== undefined && v !== '') process.stdout.write(`${k.padEnd(19)} ${v}\n`);
      process.stdout.write(`\nSource fields (${r.raw.length}):\n`);
      for (const [tag, value] of r.raw) process.stdout.write(`  ${tag.padEnd(6)} ${value.length > 200 ? `${value.slice(0, 199)}…` : value}\n`);
    });

  records
    .command('export')
    .requiredOption('--project <id>', 'project id or name')
    .option('--format <id>', 'ris | bibtex | csv | csl-json', 'ris')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { project: string; format: string; out?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const { chunks } = await exportRecords(app, actor, opts.project, opts.format);
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        for await (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
        if (opts.out) {
          (out as ReturnType<typeof createWriteStream>).end();
          await once(out, 'finish');
        }
      });
    });
}
