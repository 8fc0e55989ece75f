import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportProjectArchive, importProjectArchive } from '../../app/index.js';
import { globals, withApp } from '../context.js';
import { printJson } from '../output.js';

export function registerArchiveCommands(program: Command): void {
  const archive = program.command('archive').description('a whole project (records, decisions, synthesis, PDFs, event log) as one file');
  archive
    .command('export')
    .requiredOption('--project <id>', 'project id or name')
    .option('--out <file>', 'where to write it (default: <project name>.metaethno)')
    .action(async (opts: { project: string; out?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const r = await exportProjectArchive(app, actor, opts.project);
        const out = opts.out ?? r.fileName;
        writeFileSync(out, r.bytes);
        if (globals(cmd).json) printJson({ file: out, bytes: r.bytes.length, counts: r.counts });
        else process.stdout.write(`Wrote ${out} (${(r.bytes.length / 1024).toFixed(0)} KB): ${Object.entries(r.counts).map(([t, n]) => `${n} ${t}`).join(', ')}.\n`);
      });
    });
  archive
    .command('import')
    .argument('<file>', 'a .metaethno archive')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const r = await importProjectArchive(app, actor, readFileSync(file));
        if (globals(cmd).json) printJson({ project: r.projectId, name: r.name, counts: r.counts });
        else process.stdout.write(`Imported "${r.name}" as project ${r.projectId}.\n`);
      });
    });
}
