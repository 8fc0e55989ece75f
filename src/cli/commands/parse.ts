import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseFileBytes } from '../../app/index.js';
import type { FormatId } from '../../core/formats/plugin.js';
import { globals } from '../context.js';
import { printJson, printTable } from '../output.js';
import { parseColumns } from './columns.js';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('read export files without touching any project: detected format, records, diagnostics')
    .argument('<files...>', 'files to read')
    .option('--format <id>', 'force a format instead of detecting it')
    .option('--columns <map>', 'CSV column mapping, e.g. "title=Article Title,id=Key"')
    .option('--raw', 'include every source field of each record')
    .action((files: string[], opts: { format?: string; columns?: string; raw?: boolean }, cmd: Command) => {
      const results = files.map((file) => {
        const r = parseFileBytes(readFileSync(file), file, {
          ...(opts.format ? { format: opts.format as FormatId } : {}),
          ...(opts.columns ? { columns: parseColumns(opts.columns) } : {}),
        });
        const records = r.records.map((rec) => {
          if (opts.raw) return rec;
          const { raw: _raw, ...fields } = rec;
          return fields;
        });
        return { file, format: r.format, encoding: r.encoding, records, diagnostics: r.diagnostics };
      });
      const failed = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
      if (globals(cmd).json) printJson({ files: results });
      else {
        printTable(['file', 'format', 'encoding', 'records', 'errors', 'warnings'], results.map((r) => [r.file, r.format, r.encoding, r.records.length, r.diagnostics.filter((d) => d.severity === 'error').length, r.diagnostics.filter((d) => d.severity === 'warning').length]), 70);
        for (const r of results) {
          for (const d of r.diagnostics.filter((x) => x.severity !== 'info').slice(0, 20)) {
            process.stderr.write(`${r.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity} ${d.code}: ${d.message}\n`);
          }
        }
      }
      // An unreadable file is an input error (exit 2), even though the JSON was printed.
      if (failed) process.exitCode = 2;
    });
}
