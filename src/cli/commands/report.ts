import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { renderProjectReport, reportChecklists, reportCsvFiles, reportFigureFiles, reportFormats } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description(`the project's report (${reportFormats.join(', ')}), every table as CSV (--tables DIR), figures as SVG and PNG (--figures DIR), or the eMERGe/ENTREQ checklists (--checklists)`)
    .requiredOption('--project <id>', 'project id or name')
    .option('--format <format>', `one of ${reportFormats.join(', ')}`, 'html')
    .option('--out <file>', 'where to write the report (default: <title>.<format>)')
    .option('--tables <dir>', 'also write every table as CSV into this folder')
    .option('--figures <dir>', 'also write every figure as SVG and PNG into this folder')
    .option('--checklists', 'print where the report addresses each eMERGe and ENTREQ item')
    .action(async (opts: { project: string; format: string; out?: string; tables?: string; figures?: string; checklists?: boolean }, cmd: Command) => {
      const json = globals(cmd).json ?? false;
      await withApp(cmd, async (app, actor) => {
        if (opts.checklists) {
          const c = await reportChecklists(app, actor, opts.project);
          if (json) printJson(c);
          else
            for (const [name, items] of Object.entries(c)) {
              process.stdout.write(`\n${name === 'emerge' ? 'eMERGe' : 'ENTREQ'}\n`);
              printTable(['item', 'status', 'where / what is missing'], items.map((i) => [`${i.item.number}. ${i.item.short}`, i.status, i.status === 'reported' ? i.sectionIds.join(', ') : i.note]), 90);
            }
          return;
        }
        const written: string[] = [];
        const r = await renderProjectReport(app, actor, opts.project, opts.format);
        const out = opts.out ?? r.fileName;
        writeFileSync(out, r.bytes);
        written.push(out);
        if (opts.tables) {
          mkdirSync(opts.tables, { recursive: true });
          for (const f of await reportCsvFiles(app, actor, opts.project)) {
            writeFileSync(join(opts.tables, f.name), f.csv);
            written.push(join(opts.tables, f.name));
          }
        }
        if (opts.figures) {
          mkdirSync(opts.figures, { recursive: true });
          let files;
          try {
            files = await reportFigureFiles(app, actor, opts.project, { png: true });
          } catch (error) {
            if (!(error instanceof AppError && error.code === 'RENDERER_UNAVAILABLE')) throw error;
            process.stderr.write(`${error.message} Writing SVG only.\n`);
            files = await reportFigureFiles(app, actor, opts.project);
          }
          for (const f of files) {
            writeFileSync(join(opts.figures, f.name), f.bytes);
            written.push(join(opts.figures, f.name));
          }
        }
        if (json) printJson({ files: written });
        else process.stdout.write(`Wrote ${written.length === 1 ? written[0] : `${written.length} files`}.\n`);
      });
    });
}
