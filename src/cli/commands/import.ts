import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { importFiles, type ImportProgress } from '../../app/index.js';
import type { ColumnMapping, FormatId } from '../../core/formats/plugin.js';
import { globals, withApp } from '../context.js';
import { printJson } from '../output.js';
import { parseColumns } from './columns.js';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import export files into a search; all files or none (one transaction)')
    .argument('<files...>', 'files exported from a database or reference manager')
    .requiredOption('--project <id>', 'project id or name')
    .requiredOption('--search <id>', 'the search (from `search add`) these files came from')
    .option('--format <id>', 'force a format instead of detecting it (ris, pubmed, bibtex, endnote-xml, endnote-tagged, wos-tagged, wos-tab, csv, csl-json)')
    .option('--columns <map>', 'CSV column mapping, e.g. "title=Article Title,id=Key"')
    .action(async (files: string[], opts: { project: string; search: string; format?: string; columns?: string }, cmd: Command) => {
      const json = globals(cmd).json ?? false;
      const total = files.reduce((n, f) => n + statSync(f).size, 0);
      const bar = !json && process.stderr.isTTY ? new SingleBar({ format: 'importing {file} [{bar}] {percentage}% | {records} records', stream: process.stderr, hideCursor: true }) : undefined;
      bar?.start(total, 0, { file: '', records: 0 });
      const done = new Map<string, number>();
      const onProgress = (p: ImportProgress): void => {
        done.set(p.file, p.bytes);
        bar?.update([...done.values()].reduce((a, b) => a + b, 0), { file: p.file, records: p.records });
      };
      try {
        const summary = await withApp(cmd, (app, actor) =>
          importFiles(app, actor, {
            projectId: opts.project,
            searchId: opts.search,
            files: files.map((f) => ({ name: basename(f), chunks: createReadStream(f, { highWaterMark: 1 << 20 }) })),
            format: opts.format as FormatId | undefined,
            columns: opts.columns ? (parseColumns(opts.columns) satisfies ColumnMapping) : undefined,
            onProgress,
          }),
        );
        bar?.stop();
        if (json) printJson(summary);
        else {
          for (const f of summary.files) {
            const warnings = f.diagnostics.filter((d) => d.severity === 'warning').length;
            process.stdout.write(`${f.name}: ${f.records} records (${f.format}, ${f.encoding})${warnings ? `, ${warnings} warnings` : ''}\n`);
          }
          process.stdout.write(`Imported ${summary.records} records.\n`);
          if (summary.mismatch) process.stdout.write(`Note: ${summary.mismatch.message}\n`);
        }
      } finally {
        bar?.stop();
      }
    });
}
