import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { ScriptStep } from '../../core/workbench/index.js';
import { projectsRepo } from '../../store/index.js';
import { actorByName, type Actor } from '../actors.js';
import type { App } from '../context.js';
import { renderTextPdf } from '../fulltext/index.js';
import { runJobs } from '../jobs.js';
import { uploadFullText } from '../study-files.js';
import { applySteps } from '../workbench.js';
import { defaultExampleDir } from './files.js';
import { loadExampleRecords } from './load-records.js';

/**
 * The built-in example review, whole: the front half from `loadExampleRecords` (searches, imports,
 * de-duplication, two reviewers' screening), then the reading and synthesis of `synthesis.json` — each
 * study's illustrative full text made into a PDF and uploaded, excerpts found in the extracted text, and
 * every construct, translation, judgement and report text applied through the same steps a team's web
 * app or script sends. Appraisals are recorded by the reviewer who made them.
 */
const documentSchema = z.object({
  title: z.string(),
  authors: z.string().optional(),
  note: z.string().optional(),
  sections: z.array(z.object({ heading: z.string().optional(), paragraphs: z.array(z.string()) })),
});
const synthesisSchema = z.object({
  studies: z.array(z.object({ id: z.string(), work: z.string(), label: z.string(), year: z.number().optional(), document: documentSchema })),
  actions: z.array(z.object({ label: z.string(), steps: z.array(z.record(z.string(), z.unknown())) })),
  texts: z.record(z.string(), z.string()),
});

export type CreatedExample = Readonly<{ projectId: string; seconds: number }>;

export async function createExampleProject(app: App, actor: Actor, options: { dir?: string } = {}): Promise<CreatedExample> {
  const started = Date.now();
  const dir = options.dir ?? defaultExampleDir;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, 'synthesis.json'), 'utf8'));
  } catch (error) {
    throw new AppError('INVALID_ARGUMENT', `The example's synthesis.json cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = synthesisSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_ARGUMENT', `The example's synthesis.json is malformed: ${parsed.error.issues[0]?.message ?? ''}`);
  const synthesis = parsed.data;

  const { projectId, includedRecordIds } = await loadExampleRecords(app, actor, options);
  const lead = await actorByName(app, 'ana');

  // Studies name the records included at full text as their reports.
  const [first, ...rest] = synthesis.actions as unknown as { label: string; steps: ScriptStep[] }[];
  const studySteps = (first?.steps ?? []).map((step) => {
    if (step.type !== 'create' || step.kind !== 'study') return step;
    const spec = synthesis.studies.find((s) => s.id === step.value.id);
    const reportIds = spec ? (includedRecordIds[spec.work] ?? []) : [];
    if (reportIds.length === 0) throw new AppError('INVALID_ARGUMENT', `Study ${step.value.id} of the example has no included report.`);
    return { ...step, value: { ...step.value, reportIds } };
  });
  await applySteps(app, lead, projectId, studySteps, { label: first?.label ?? 'Studies' });

  const fileOf = new Map<string, string>();
  for (const s of synthesis.studies) {
    const bytes = await renderTextPdf(s.document);
    const file = await uploadFullText(app, lead, projectId, { name: `${s.work}.pdf`, bytes, studyId: s.id });
    fileOf.set(s.id, file.id);
  }
  await runJobs(app);
  const resolve = (step: ScriptStep): ScriptStep => {
    if (step.type !== 'excerpt' || !step.fileId.startsWith('@')) return step;
    const fileId = fileOf.get(step.fileId.slice(1));
    if (!fileId) throw new AppError('INVALID_ARGUMENT', `The example refers to ${step.fileId}, which has no full text.`);
    return { ...step, fileId };
  };

  for (const action of rest) {
    const steps = action.steps.map(resolve);
    // Each reviewer records their own appraisals; the lead records the consensus and everything else.
    const byReviewer = new Map<string, ScriptStep[]>();
    for (const step of steps) {
      const by = step.type === 'put' && step.doc === 'appraisal' ? String((step.value as { by?: string }).by ?? 'ana') : 'ana';
      byReviewer.set(by, [...(byReviewer.get(by) ?? []), step]);
    }
    for (const [name, list] of byReviewer) await applySteps(app, name === 'ana' ? lead : await actorByName(app, name), projectId, list, { label: action.label });
  }
  const texts: ScriptStep[] = Object.entries(synthesis.texts).map(([key, value]) => ({ type: 'put', doc: 'text', key, value }));
  await applySteps(app, lead, projectId, texts, { label: 'Report texts' });
  return { projectId, seconds: (Date.now() - started) / 1000 };
}

/** The example project of this store, if one was created. */
export async function findExampleProject(app: App): Promise<string | undefined> {
  const all = await projectsRepo.listAllProjects(app.store.db);
  return all.find((p) => p.isExample)?.id;
}
