import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  agreement,
  conflicts,
  decide,
  getScreeningSettings,
  prisma,
  recordRetrieval,
  resolveConflict,
  screeningQueue,
  settledConflicts,
  undoLastDecision,
  updateScreeningSettings,
} from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { csvRow } from '../../core/formats/csv/cells.js';
import { parseTermList, type ScreeningStage } from '../../core/screening/index.js';
import { globals, withApp } from '../context.js';
import { printJson, printTable } from '../output.js';

const stageOf = (s: string): ScreeningStage => {
  if (s === 'title-abstract' || s === 'ta') return 'title-abstract';
  if (s === 'full-text' || s === 'ft') return 'full-text';
  throw new AppError('INVALID_ARGUMENT', `Unknown stage "${s}": title-abstract (ta) or full-text (ft).`);
};

export function registerScreenCommands(program: Command): void {
  const screen = program.command('screen').description('blinded dual screening: queue, decisions, conflicts, agreement (act as a member with --as NAME)');

  screen
    .command('settings')
    .requiredOption('--project <id>', 'project id or name')
    .option('--reviewers <n>', 'reviewers per record at both stages (1-3)')
    .option('--reviewers-ta <n>', 'reviewers per record at title/abstract')
    .option('--reviewers-ft <n>', 'reviewers per record at full text')
    .option('--blinded <on|off>', 'blind reviewers to each other')
    .option('--criteria <text>', 'eligibility criteria shown beside every record')
    .option('--reason <code=label...>', 'exclusion reasons (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--include-terms <list>', 'keywords to highlight as relevant ("quoted phrases", wild*cards)')
    .option('--exclude-terms <list>', 'keywords to highlight as irrelevant')
    .action(async (opts: { project: string; reviewers?: string; reviewersTa?: string; reviewersFt?: string; blinded?: string; criteria?: string; reason: string[]; includeTerms?: string; excludeTerms?: string }, cmd: Command) => {
      const n = (v: string | undefined): 1 | 2 | 3 | undefined => (v === undefined ? undefined : (Number(v) as 1 | 2 | 3));
      const changes = {
        ...(opts.reviewers || opts.reviewersTa || opts.reviewersFt
          ? { reviewersPerRecord: { 'title-abstract': n(opts.reviewersTa ?? opts.reviewers), 'full-text': n(opts.reviewersFt ?? opts.reviewers) } }
          : {}),
        ...(opts.blinded ? { blinded: opts.blinded === 'on' || opts.blinded === 'true' } : {}),
        ...(opts.criteria !== undefined ? { eligibilityCriteria: opts.criteria } : {}),
        ...(opts.reason.length ? { exclusionReasons: opts.reason.map((r) => ({ code: r.split('=')[0]!.trim(), label: (r.split('=')[1] ?? r).trim() })) } : {}),
        ...(opts.includeTerms !== undefined || opts.excludeTerms !== undefined
          ? { keywords: { include: parseTermList(opts.includeTerms ?? ''), exclude: parseTermList(opts.excludeTerms ?? '') } }
          : {}),
      };
      const result = await withApp(cmd, (app, actor) => (Object.keys(changes).length ? updateScreeningSettings(app, actor, opts.project, changes) : getScreeningSettings(app, actor, opts.project)));
      if (globals(cmd).json) printJson(result);
      else {
        const s = result.settings;
        process.stdout.write(`Reviewers per record: ${s.reviewersPerRecord['title-abstract']} at title/abstract, ${s.reviewersPerRecord['full-text']} at full text; blinding ${s.blinded ? 'on' : 'off'}.\n`);
        process.stdout.write(`Exclusion reasons: ${s.exclusionReasons.map((r) => `${r.code} (${r.label})`).join('; ')}\n`);
        if (result.keywords.include.length || result.keywords.exclude.length) process.stdout.write(`Keywords: +${result.keywords.include.join(', +')}  -${result.keywords.exclude.join(', -')}\n`);
      }
    });

  screen
    .command('queue')
    .requiredOption('--project <id>', 'project id or name')
    .option('--stage <stage>', 'title-abstract (ta) or full-text (ft)', 'ta')
    .option('--limit <n>', 'how many', '10')
    .action(async (opts: { project: string; stage: string; limit: string }, cmd: Command) => {
      const q = await withApp(cmd, (app, actor) => screeningQueue(app, actor, opts.project, stageOf(opts.stage), Number(opts.limit)));
      if (globals(cmd).json) printJson(q);
      else {
        printTable(['rank', 'record', 'year', 'title'], q.items.map((i) => [i.rank + 1, i.recordId, i.year, i.title]), 90);
        process.stdout.write(`${q.progress.decidedByMe} decided by you, ${q.progress.leftForMe} left. Estimated relevant records left: ${q.estimate.estimate.toFixed(1)} (${q.estimate.low.toFixed(0)}–${q.estimate.high.toFixed(0)}).\n`);
      }
    });

  screen
    .command('decide')
    .argument('<record>', 'record id')
    .argument('<decision>', 'include | exclude | maybe')
    .requiredOption('--project <id>', 'project id or name')
    .option('--stage <stage>', 'title-abstract (ta) or full-text (ft)', 'ta')
    .option('--reason <code>', 'exclusion reason code (required at full text)')
    .option('--note <text>', 'a note')
    .action(async (record: string, decision: string, opts: { project: string; stage: string; reason?: string; note?: string }, cmd: Command) => {
      const r = await withApp(cmd, (app, actor) => decide(app, actor, opts.project, { recordId: record, stage: stageOf(opts.stage), decision: decision as 'include', reasonCode: opts.reason, note: opts.note }));
      if (globals(cmd).json) printJson(r);
      else process.stdout.write(`Recorded ${decision} on ${record}${r.status ? ` (now ${r.status})` : ''}.\n`);
    });

  screen
    .command('undo')
    .requiredOption('--project <id>', 'project id or name')
    .option('--stage <stage>', 'title-abstract (ta) or full-text (ft)', 'ta')
    .action(async (opts: { project: string; stage: string }, cmd: Command) => {
      const r = await withApp(cmd, (app, actor) => undoLastDecision(app, actor, opts.project, stageOf(opts.stage)));
      if (globals(cmd).json) printJson(r);
      else process.stdout.write(`Undid your last decision (record ${r.recordId}).\n`);
    });

  screen
    .command('conflicts')
    .requiredOption('--project <id>', 'project id or name')
    .option('--stage <stage>', 'only this stage')
    .option('--resolved', 'the conflicts already settled (outcome, method, when), newest first')
    .action(async (opts: { project: string; stage?: string; resolved?: boolean }, cmd: Command) => {
      const stage = opts.stage ? stageOf(opts.stage) : undefined;
      if (opts.resolved) {
        const settled = await withApp(cmd, (app, actor) => settledConflicts(app, actor, opts.project, stage));
        if (globals(cmd).json) printJson({ resolved: settled });
        else printTable(['record', 'stage', 'resolved as', 'method', 'at', 'title'], settled.map((c) => [c.recordId, c.stage, c.resolution.decision, c.resolution.method, c.resolution.at, c.title]), 80);
        return;
      }
      const list = await withApp(cmd, (app, actor) => conflicts(app, actor, opts.project, stage));
      if (globals(cmd).json) printJson({ conflicts: list });
      else printTable(['record', 'stage', 'kind', 'title'], list.map((c) => [c.recordId, c.stage, c.kind, c.title]), 80);
    });

  screen
    .command('resolve')
    .argument('<record>', 'record id')
    .argument('<decision>', 'include | exclude')
    .requiredOption('--project <id>', 'project id or name')
    .option('--stage <stage>', 'title-abstract (ta) or full-text (ft)', 'ta')
    .option('--reason <code>', 'exclusion reason code')
    .option('--method <m>', 'third-reviewer | consensus', 'third-reviewer')
    .option('--note <text>', 'how it was resolved')
    .action(async (record: string, decision: string, opts: { project: string; stage: string; reason?: string; method: string; note?: string }, cmd: Command) => {
      await withApp(cmd, (app, actor) => resolveConflict(app, actor, opts.project, { recordId: record, stage: stageOf(opts.stage), decision: decision as 'include', reasonCode: opts.reason, method: opts.method as 'consensus', note: opts.note }));
      if (globals(cmd).json) printJson({ ok: true });
      else process.stdout.write(`Resolved ${record}: ${decision}.\n`);
    });

  screen
    .command('retrieval')
    .argument('<record>', 'record id')
    .argument('<outcome>', 'retrieved | not-retrieved')
    .requiredOption('--project <id>', 'project id or name')
    .action(async (record: string, outcome: string, opts: { project: string }, cmd: Command) => {
      await withApp(cmd, (app, actor) => recordRetrieval(app, actor, opts.project, { recordId: record, outcome: outcome as 'retrieved' }));
      if (globals(cmd).json) printJson({ ok: true });
      else process.stdout.write(`Recorded: ${record} ${outcome}.\n`);
    });

  screen
    .command('agreement')
    .requiredOption('--project <id>', 'project id or name')
    .option('--csv <file>', 'write the agreement table as CSV')
    .action(async (opts: { project: string; csv?: string }, cmd: Command) => {
      const result = await withApp(cmd, (app, actor) => agreement(app, actor, opts.project));
      if (opts.csv) writeFileSync(opts.csv, result.csv.map((r) => csvRow(r)).join(''));
      if (globals(cmd).json) printJson(result);
      else printTable(result.csv[0] ?? [], result.csv.slice(1), 30);
    });

  program
    .command('prisma')
    .description('the PRISMA 2020 flow diagram, every count computed from the data')
    .requiredOption('--project <id>', 'project id or name')
    .option('--svg <file>', 'write the diagram as SVG')
    .action(async (opts: { project: string; svg?: string }, cmd: Command) => {
      const result = await withApp(cmd, (app, actor) => prisma(app, actor, opts.project));
      if (opts.svg) writeFileSync(opts.svg, result.svg);
      if (globals(cmd).json) printJson({ counts: result.counts });
      else process.stdout.write(`${JSON.stringify(result.counts, null, 2)}\n${opts.svg ? `diagram: ${opts.svg}\n` : ''}`);
    });
}
