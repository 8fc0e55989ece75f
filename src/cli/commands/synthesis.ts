import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  applySteps,
  constructEvidence,
  createStudiesFromIncluded,
  excerptAnchors,
  fullTextPages,
  listFullTexts,
  redoWorkbench,
  reextractFullText,
  runJobs,
  synthesisTables,
  thirdOrderEvidence,
  undoWorkbench,
  uploadFullText,
  workbench,
  workbenchHistory,
  type App,
  type Actor,
} from '../../app/index.js';
import { appraisalTableToMarkdown } from '../../core/appraisal/index.js';
import { evidenceProfilesToMarkdown, soqfToMarkdown } from '../../core/cerqual/index.js';
import { characteristicsSummaryToMarkdown } from '../../core/characteristics/index.js';
import { AppError } from '../../core/errors.js';
import { evidenceChainToMarkdown, gridToMarkdown, refutationRegisterToMarkdown, translationTableToMarkdown } from '../../core/synthesis/index.js';
import type { ScriptStep } from '../../core/workbench/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

/**
 * A script file: a JSON list of steps (see docs/cli.md), or `{ "label": …, "steps": [...] }`. Besides the
 * app's steps, a script may `attach` a PDF (`{"type": "attach", "as": "gaviria", "studyId": "s1", "path":
 * "gaviria.pdf"}`, path relative to the script); later steps name that file `@gaviria`. Files are uploaded
 * and their text extracted before the steps run, and the steps run as one action, all or nothing.
 */
type AttachStep = Readonly<{ type: 'attach'; as: string; studyId?: string; path: string }>;

function readScript(path: string): { label?: string; steps: (ScriptStep | AttachStep)[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('INVALID_ARGUMENT', `${basename(path)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = Array.isArray(parsed) ? { steps: parsed } : (parsed as { label?: string; steps?: unknown });
  if (!Array.isArray(body.steps)) throw new AppError('INVALID_ARGUMENT', `${basename(path)} must hold a list of steps, or {"steps": [...]}.`);
  return { ...(typeof body.label === 'string' ? { label: body.label } : {}), steps: body.steps as (ScriptStep | AttachStep)[] };
}

/** Replaces `@alias` file references with the ids of the files the script attached. */
function resolveAliases(step: ScriptStep, files: ReadonlyMap<string, string>): ScriptStep {
  if (step.type !== 'excerpt' || !step.fileId.startsWith('@')) return step;
  const id = files.get(step.fileId.slice(1));
  if (!id) throw new AppError('INVALID_ARGUMENT', `No file attached as ${step.fileId} earlier in the script.`);
  return { ...step, fileId: id };
}

export async function runScript(app: App, actor: Actor, project: string, path: string, label?: string): Promise<{ seq?: number; events: number; files: Record<string, string> }> {
  const script = readScript(path);
  const files = new Map<string, string>();
  let pending: ScriptStep[] = [];
  let seq: number | undefined;
  let events = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const r = await applySteps(app, actor, project, pending, { label: label ?? script.label ?? `Script ${basename(path)}` });
    seq = r.seq;
    events += r.events.length;
    pending = [];
  };
  for (const step of script.steps) {
    if (step.type === 'attach') {
      // A study must exist before its file can be attached: run what came before first.
      await flush();
      const file = await uploadFullText(app, actor, project, { name: basename(step.path), bytes: readFileSync(resolve(dirname(path), step.path)), studyId: step.studyId });
      files.set(step.as, file.id);
      continue;
    }
    pending.push(step);
  }
  await runJobs(app);
  pending = pending.map((s) => resolveAliases(s, files));
  await flush();
  return { ...(seq !== undefined ? { seq } : {}), events, files: Object.fromEntries(files) };
}

export function registerSynthesisCommands(program: Command): void {
  const synth = program.command('synth').description('reading and synthesis: apply scripts, undo, redo, history, tables');

  synth
    .command('apply')
    .description('apply a script of steps (JSON) as one undoable action')
    .requiredOption('--project <id>', 'project id or name')
    .requiredOption('--file <path>', 'the script')
    .option('--label <text>', 'how the action is named in the history')
    .action(async (opts: { project: string; file: string; label?: string }, cmd: Command) => {
      const json = globals(cmd).json ?? false;
      await withApp(cmd, async (app, actor) => {
        const r = await runScript(app, actor, opts.project, opts.file, opts.label);
        if (json) printJson(r);
        else process.stdout.write(`Applied ${r.events} changes${Object.keys(r.files).length ? ` and attached ${Object.keys(r.files).length} files` : ''}. Undo with: metaethno synth undo --project ${opts.project}\n`);
      });
    });

  for (const which of ['undo', 'redo'] as const) {
    synth
      .command(which)
      .description(which === 'undo' ? 'undo your latest action' : 'redo your latest undone action')
      .requiredOption('--project <id>', 'project id or name')
      .action(async (opts: { project: string }, cmd: Command) => {
        await withApp(cmd, async (app, actor) => {
          const r = which === 'undo' ? await undoWorkbench(app, actor, opts.project) : await redoWorkbench(app, actor, opts.project);
          if (globals(cmd).json) printJson({ seq: r.seq, target: r.target, events: r.events.length });
          else process.stdout.write(`${which === 'undo' ? 'Undid' : 'Redid'} action ${r.target} (${r.events.length} changes).\n`);
        });
      });
  }

  synth
    .command('history')
    .description('the action log, newest first')
    .requiredOption('--project <id>', 'project id or name')
    .option('--limit <n>', 'how many', '30')
    .action(async (opts: { project: string; limit: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const items = await workbenchHistory(app, actor, opts.project, Number(opts.limit) || 30);
        if (globals(cmd).json) printJson(items);
        else printTable(['seq', 'kind', 'at', 'label', 'changes', 'undone'], items.map((i) => [i.seq, i.kind, i.at, i.label, i.events, i.undone ? 'yes' : '']), 70);
      });
    });

  synth
    .command('state')
    .description('the synthesis state (counts; the whole state with --json)')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (opts: { project: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const { state, seq } = await workbench(app, actor, opts.project);
        if (globals(cmd).json) {
          printJson({ seq, ...state });
          return;
        }
        const s = state.synthesis;
        const rows: [string, number][] = [
          ['studies', s.studies.length],
          ['excerpts', s.excerpts.length],
          ['first-order constructs', s.constructs.filter((c) => c.order === 1).length],
          ['second-order constructs', s.constructs.filter((c) => c.order === 2).length],
          ['concepts', s.concepts.length],
          ['translations', s.translations.length],
          ['third-order constructs', s.thirdOrders.length],
          ['appraisals', Object.keys(state.docs.appraisal).length],
          ['CERQual assessments', Object.keys(state.docs.assessment).length],
        ];
        printTable(['what', 'count'], rows);
      });
    });

  const tableNames = ['characteristics', 'appraisal', 'grid', 'translations', 'refutations', 'soqf', 'profiles'] as const;
  synth
    .command('tables')
    .description(`derived tables as Markdown (${tableNames.join(', ')})`)
    .requiredOption('--project <id>', 'project id or name')
    .option('--table <name>', 'only this table')
    .action(async (opts: { project: string; table?: string }, cmd: Command) => {
      if (opts.table && !(tableNames as readonly string[]).includes(opts.table)) {
        throw new AppError('INVALID_ARGUMENT', `Unknown table "${opts.table}". Available: ${tableNames.join(', ')}.`);
      }
      await withApp(cmd, async (app, actor) => {
        const t = await synthesisTables(app, actor, opts.project);
        if (globals(cmd).json) {
          printJson(opts.table ? t[opts.table as keyof typeof t] : t);
          return;
        }
        const md: Record<(typeof tableNames)[number], () => string> = {
          characteristics: () => characteristicsSummaryToMarkdown(t.characteristics),
          appraisal: () => appraisalTableToMarkdown(t.appraisal),
          grid: () => gridToMarkdown(t.grid),
          translations: () => translationTableToMarkdown(t.translations),
          refutations: () => refutationRegisterToMarkdown(t.refutations),
          soqf: () => soqfToMarkdown(t.soqf),
          profiles: () => evidenceProfilesToMarkdown(t.profiles),
        };
        for (const name of tableNames) if (!opts.table || opts.table === name) process.stdout.write(`## ${name}\n\n${md[name]()}\n`);
      });
    });

  program
    .command('show')
    .description('show an entity; `show construct ID --evidence` prints its evidence chain down to quotes and pages')
    .argument('<kind>', 'construct (first-, second- or third-order)')
    .argument('<id>', 'its id')
    .requiredOption('--project <id>', 'project id or name')
    .option('--evidence', 'the evidence chain')
    .action(async (kind: string, id: string, opts: { project: string; evidence?: boolean }, cmd: Command) => {
      if (kind !== 'construct') throw new AppError('INVALID_ARGUMENT', `Only "construct" can be shown; got "${kind}".`);
      await withApp(cmd, async (app, actor) => {
        const { state } = await workbench(app, actor, opts.project);
        const json = globals(cmd).json ?? false;
        if (state.synthesis.thirdOrders.some((t) => t.id === id)) {
          const chain = await thirdOrderEvidence(app, actor, opts.project, id);
          if (json) printJson(chain);
          else process.stdout.write(opts.evidence ? evidenceChainToMarkdown(chain) : `${chain.label}\n${chain.description ?? ''}\n`);
          return;
        }
        const c = await constructEvidence(app, actor, opts.project, id);
        if (json) {
          printJson(c);
          return;
        }
        const order = c.construct.order === 1 ? 'First-order (participants)' : 'Second-order (authors)';
        process.stdout.write(`${order} construct ${c.construct.id} — ${c.construct.study.label}\n${c.construct.label}\n${c.construct.text}\n`);
        if (opts.evidence || c.excerpts.length > 0) {
          for (const e of c.excerpts) process.stdout.write(`  - p. ${e.page ?? '?'}: “${e.quote.replace(/\s+/g, ' ')}”\n`);
        }
        if (c.concepts.length) process.stdout.write(`Concepts: ${c.concepts.map((k) => k.label).join('; ')}\n`);
        if (c.thirdOrders.length) process.stdout.write(`Third-order constructs: ${c.thirdOrders.map((k) => k.label).join('; ')}\n`);
      });
    });

  const studies = program.command('studies').description('studies of the synthesis');
  studies
    .command('from-included')
    .description('create a study for each report included at full text that no study lists yet')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (opts: { project: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const r = await createStudiesFromIncluded(app, actor, opts.project);
        const { state } = await workbench(app, actor, opts.project);
        if (globals(cmd).json) printJson({ created: r?.events.length ?? 0, studies: state.synthesis.studies });
        else {
          process.stdout.write(`Created ${r?.events.length ?? 0} studies.\n`);
          printTable(['id', 'label', 'reports'], state.synthesis.studies.map((s) => [s.id, s.label, s.reportIds.join(', ')]));
        }
      });
    });

  const fulltext = program.command('fulltext').description('full-text PDFs of studies');
  fulltext
    .command('attach')
    .description('upload a PDF for a study and extract its text')
    .requiredOption('--project <id>', 'project id or name')
    .option('--study <id>', 'the study it belongs to')
    .argument('<file>', 'the PDF')
    .action(async (file: string, opts: { project: string; study?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const row = await uploadFullText(app, actor, opts.project, { name: basename(file), bytes: readFileSync(file), studyId: opts.study });
        await runJobs(app);
        const [after] = (await listFullTexts(app, actor, opts.project)).filter((f) => f.id === row.id);
        if (globals(cmd).json) printJson(after);
        else process.stdout.write(`${after!.name}: ${after!.status === 'extracted' ? `${after!.pageCount} pages of text extracted` : `text not extracted (${after!.error})`}; file id ${after!.id}\n`);
      });
    });
  fulltext
    .command('list')
    .requiredOption('--project <id>', 'project id or name')
    .option('--study <id>', 'only this study')
    .action(async (opts: { project: string; study?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const files = await listFullTexts(app, actor, opts.project, opts.study);
        if (globals(cmd).json) printJson(files);
        else printTable(['id', 'study', 'name', 'status', 'pages', 'bytes'], files.map((f) => [f.id, f.studyId, f.name, f.status, f.pageCount, f.byteSize]));
      });
    });
  fulltext
    .command('text')
    .description('print the extracted text of a file (or one page)')
    .requiredOption('--project <id>', 'project id or name')
    .requiredOption('--file <id>', 'file id')
    .option('--page <n>', 'only this page')
    .action(async (opts: { project: string; file: string; page?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const { pages } = await fullTextPages(app, actor, opts.project, opts.file);
        const shown = opts.page ? pages.filter((p) => p.page === Number(opts.page)) : pages;
        if (globals(cmd).json) printJson(shown);
        else for (const p of shown) process.stdout.write(`--- page ${p.page} ---\n${p.text}\n`);
      });
    });
  fulltext
    .command('reextract')
    .requiredOption('--project <id>', 'project id or name')
    .requiredOption('--file <id>', 'file id')
    .action(async (opts: { project: string; file: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        await reextractFullText(app, actor, opts.project, opts.file);
        await runJobs(app);
        process.stdout.write('Text extracted again.\n');
      });
    });

  program
    .command('excerpts')
    .description('check that every excerpt is still found in its full text (orphans are listed; exit code 1 when any)')
    .requiredOption('--project <id>', 'project id or name')
    .option('--study <id>', 'only this study')
    .action(async (opts: { project: string; study?: string }, cmd: Command) => {
      await withApp(cmd, async (app, actor) => {
        const anchors = await excerptAnchors(app, actor, opts.project, opts.study);
        const orphans = anchors.filter((a) => a.result.orphan);
        if (globals(cmd).json) printJson({ excerpts: anchors.length, orphans });
        else {
          process.stdout.write(`${anchors.length} excerpts, ${orphans.length} orphaned.\n`);
          for (const o of orphans) process.stdout.write(`  ${o.excerptId}: ${o.result.orphan ? o.result.reason : ''}\n`);
        }
        if (orphans.length > 0) process.exitCode = 1;
      });
    });
}
