import { AppError } from '../core/errors.js';
import {
  buildReport,
  emergeChecklist,
  entreqChecklist,
  locateChecklist,
  reportDocx,
  reportFigures,
  reportHtml,
  reportMarkdown,
  reportTablesCsv,
  type ReportInput,
  type ReportModel,
  type ReportScreeningStage,
} from '../core/reports/index.js';
import { reviewData, type ReportTextKey } from '../core/workbench/index.js';
import { eventsRepo, recordsRepo } from '../store/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';
import { dedupOverview } from './dedup.js';
import { htmlToPdf, svgsToPng } from './render/chromium.js';
import { agreement, getScreeningSettings, prisma } from './screening.js';
import { searchLog } from './searches.js';
import { workbench } from './workbench.js';

/**
 * The report of a project: every number computed from its data at the moment it is asked for (search log,
 * de-duplication, screening, PRISMA, the synthesis, appraisals, characteristics, CERQual), never stored.
 * Built by the pure core; this module only gathers the input and prints PDF/PNG through Chromium.
 */
export const reportFormats = ['html', 'md', 'docx', 'pdf', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export async function reportInput(app: App, actor: Actor, projectRef: string): Promise<ReportInput> {
  const { project, state } = await workbench(app, actor, projectRef);
  const data = reviewData(state);
  const [log, overview, settings, flow, agreed, snapshots] = await Promise.all([
    searchLog(app, actor, project.id),
    dedupOverview(app, actor, project.id, { groupLimit: 0 }),
    getScreeningSettings(app, actor, project.id),
    prisma(app, actor, project.id),
    agreement(app, actor, project.id),
    eventsRepo.listEvents(app.store.db, { projectId: project.id, types: ['ranking.snapshot'], limit: 1 }),
  ]);
  const texts = data.texts as Partial<Record<ReportTextKey, string>>;
  const { authors, ...prose } = texts;
  const db = flow.counts.databases;
  const other = flow.counts.otherMethods;
  const kappaOf = (stage: string): ReportScreeningStage['agreement'] => {
    const a = agreed.stages.find((s) => s.stage === stage);
    if (!a || a.units === 0) return undefined;
    const kappa = a.pairs[0]?.kappa.value;
    return { pairs: a.units, ...(a.percentAgreement !== null ? { percent: a.percentAgreement } : {}), ...(kappa !== null && kappa !== undefined ? { kappa } : {}) };
  };
  const taAgreement = kappaOf('title-abstract');
  const ftAgreement = kappaOf('full-text');
  const studyReports = [];
  for (const study of state.synthesis.studies) {
    const reports = [];
    for (const id of study.reportIds) {
      const r = await recordsRepo.findRecord(app.store.db, project.id, id);
      if (r) reports.push(r.record);
    }
    studyReports.push({ studyId: study.id, reports });
  }
  return {
    project: {
      title: project.title,
      ...(project.question ? { question: project.question } : {}),
      isExample: project.isExample,
      ...(authors ? { authors } : {}),
      texts: prose,
    },
    generatedAt: app.now(),
    software: 'metaethno',
    searches: log.map((s) => ({
      source: s.source,
      kind: s.kind,
      ...(s.platform ? { platform: s.platform } : {}),
      ...(s.method ? { method: s.method } : {}),
      ...(s.dateRun ? { dateRun: s.dateRun } : {}),
      ...(s.query ? { query: s.query } : {}),
      ...(s.limits ? { limits: s.limits } : {}),
      ...(s.filters ? { filters: s.filters } : {}),
      ...(s.hitsReported !== null ? { hitsReported: s.hitsReported } : {}),
      recordsImported: s.recordsImported,
    })),
    ...(overview.records > 0
      ? {
          dedup: {
            method: 'automatic matching on DOI, PubMed id and normalised title, authors, year and journal, with possible duplicates reviewed by hand',
            recordsImported: overview.records,
            duplicatesRemoved: overview.records - overview.unique,
            uniqueRecords: overview.unique,
          },
        }
      : {}),
    ...(overview.records > 0
      ? {
          screening: {
            reviewersPerRecord: settings.settings.reviewersPerRecord,
            blinded: settings.settings.blinded,
            stages: [
              { stage: 'title-abstract', screened: db.screened, included: db.sought, excluded: db.screeningExcluded.total, ...(taAgreement ? { agreement: taAgreement } : {}) },
              {
                // Full text: both PRISMA columns (records from other methods skip title/abstract, not full text).
                stage: 'full-text',
                screened: db.assessed + (other?.assessed ?? 0),
                included: db.included + (other?.included ?? 0),
                excluded: db.eligibilityExcluded.total + (other?.eligibilityExcluded.total ?? 0),
                ...(ftAgreement ? { agreement: ftAgreement } : {}),
              },
            ],
            exclusionReasons: settings.settings.exclusionReasons,
            // Ranking snapshots are stored when a reviewer's queue was ordered by the model.
            rankingUsed: snapshots.length > 0,
            ...(settings.settings.eligibilityCriteria ? { eligibilityCriteria: settings.settings.eligibilityCriteria } : {}),
          },
          prisma: flow.counts,
        }
      : {}),
    synthesis: state.synthesis,
    studyReports,
    appraisal: { checklist: data.checklist, appraisals: data.appraisals },
    characteristics: { form: data.form, values: data.characteristics },
    cerqual: { findings: data.findings, assessments: data.assessments, relevance: data.relevance },
  };
}

export async function projectReport(app: App, actor: Actor, projectRef: string): Promise<ReportModel> {
  return buildReport(await reportInput(app, actor, projectRef));
}

/** The eMERGe and ENTREQ checklists located in the report: where each item is addressed, or what is missing. */
export async function reportChecklists(app: App, actor: Actor, projectRef: string) {
  const model = await projectReport(app, actor, projectRef);
  return { emerge: locateChecklist(model, emergeChecklist), entreq: locateChecklist(model, entreqChecklist) };
}

export type RenderedReport = Readonly<{ fileName: string; mediaType: string; bytes: Uint8Array }>;

const slug = (title: string): string => title.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase() || 'report';

export async function renderProjectReport(app: App, actor: Actor, projectRef: string, format: string): Promise<RenderedReport> {
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw new AppError('REPORT_FORMAT_UNKNOWN', `Unknown report format "${format}". Available: ${reportFormats.join(', ')}.`, { format });
  }
  const model = await projectReport(app, actor, projectRef);
  const name = slug(model.title);
  const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
  switch (format as ReportFormat) {
    case 'html':
      return { fileName: `${name}.html`, mediaType: 'text/html; charset=utf-8', bytes: utf8(reportHtml(model)) };
    case 'md':
      return { fileName: `${name}.md`, mediaType: 'text/markdown; charset=utf-8', bytes: utf8(reportMarkdown(model)) };
    case 'json':
      return { fileName: `${name}.json`, mediaType: 'application/json', bytes: utf8(JSON.stringify(model, null, 2)) };
    case 'docx': {
      // Figures go into Word as PNG when Chromium is there to draw them; otherwise the DOCX says where they are.
      let figurePngs: Record<string, Uint8Array> | undefined;
      try {
        figurePngs = await svgsToPng(Object.fromEntries(reportFigures(model).map((f) => [f.id, f.svg])));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'RENDERER_UNAVAILABLE')) throw error;
      }
      return {
        fileName: `${name}.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await reportDocx(model, figurePngs ? { figurePngs } : {}),
      };
    }
    case 'pdf':
      return { fileName: `${name}.pdf`, mediaType: 'application/pdf', bytes: await htmlToPdf(reportHtml(model)) };
  }
}

/** Every table of the report as formula-safe CSV. */
export async function reportCsvFiles(app: App, actor: Actor, projectRef: string) {
  return reportTablesCsv(await projectReport(app, actor, projectRef));
}

/** Every figure as SVG, and as PNG when `png` (needs Chromium). */
export async function reportFigureFiles(app: App, actor: Actor, projectRef: string, options: { png?: boolean } = {}): Promise<{ name: string; bytes: Uint8Array }[]> {
  const figures = reportFigures(await projectReport(app, actor, projectRef));
  const out: { name: string; bytes: Uint8Array }[] = figures.map((f) => ({ name: `${f.id}.svg`, bytes: new Uint8Array(Buffer.from(f.svg, 'utf8')) }));
  if (options.png) {
    const pngs = await svgsToPng(Object.fromEntries(figures.map((f) => [f.id, f.svg])));
    for (const [id, bytes] of Object.entries(pngs)) out.push({ name: `${id}.png`, bytes });
  }
  return out;
}
