import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { emptySynthesisState } from '../synthesis/state.js';
import { buildReport } from './build.js';
import type { ReportInput } from './input.js';
import { plainText, reportTables, type ReportModel } from './model.js';
import { reportMarkdown } from './render/markdown.js';
import { defaultExampleNotice } from './sections/title.js';
import { sevenStudiesReportInput } from './test-support/seven-studies-report.js';

const empty: ReportInput = {
  project: { title: 'Living with chronic pain', isExample: false, texts: {} },
  generatedAt: '2025-01-15T12:00:00Z',
  searches: [],
  synthesis: emptySynthesisState,
  studyReports: [],
};

const text = (model: ReportModel, sectionId: string): string =>
  (model.sections.find((s) => s.id === sectionId)?.blocks ?? [])
    .map((b) => (b.kind === 'paragraph' ? plainText(b.runs) : b.kind === 'list' ? b.items.map(plainText).join('\n') : ''))
    .join('\n');

describe('buildReport: sections in the order of a meta-ethnography', () => {
  const model = buildReport(sevenStudiesReportInput().input);

  it('orders the major parts as journals expect', () => {
    const major = model.sections.filter((s) => s.level <= 2).map((s) => s.id);
    expect(major).toEqual(['title', 'summary', 'introduction', 'methods', 'results', 'discussion', 'references', 'appendices']);
    expect(model.sections.filter((s) => s.major).map((s) => s.id)).toEqual(['methods', 'results', 'discussion', 'references', 'appendices']);
    const ids = model.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const order = ['methods-search', 'methods-dedup', 'methods-selection', 'methods-appraisal', 'methods-reading', 'methods-relating', 'methods-translation', 'methods-synthesis', 'methods-cerqual', 'results-selection', 'results-characteristics', 'results-appraisal', 'results-relating', 'results-translation', 'results-findings', 'results-line-of-argument', 'results-cerqual', 'reflexivity', 'references-studies', 'appendix-emerge', 'appendix-entreq', 'appendix-search-strategies'];
    expect(order.map((id) => ids.indexOf(id))).toEqual([...order.map((id) => ids.indexOf(id))].sort((a, b) => a - b));
  });

  it('numbers tables and figures in order of appearance', () => {
    expect(reportTables(model).map((t) => t.label)).toEqual(reportTables(model).map((_, i) => `Table ${i + 1}`));
    const figures = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure.label] : [])));
    expect(figures).toEqual(['Figure 1', 'Figure 2', 'Figure 3']);
    for (const t of reportTables(model)) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
  });

  it('puts a prominent illustrative-example notice first, and only on the example', () => {
    const first = model.sections[0]?.blocks[0];
    expect(first).toMatchObject({ kind: 'paragraph', tone: 'notice' });
    expect(first?.kind === 'paragraph' && plainText(first.runs)).toBe(`Illustrative example. ${defaultExampleNotice}`);
    const real = buildReport({ ...sevenStudiesReportInput().input, project: { ...sevenStudiesReportInput().input.project, isExample: false } });
    expect(real.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'paragraph' && b.tone === 'notice')).toBe(false);
    const custom = buildReport({ ...empty, project: { ...empty.project, isExample: true, exampleNotice: 'Made-up data.' } });
    expect(text(custom, 'title')).toContain('Illustrative example. Made-up data.');
  });

  it('takes each finding’s quotations, study and page from the evidence chain', () => {
    const family = model.sections.find((s) => s.id === 'finding-h-family');
    const quotes = family?.blocks.filter((b) => b.kind === 'quote') ?? [];
    expect(quotes[0]).toEqual({ kind: 'quote', text: 'My mother was alone; there was no question of staying away', study: 'Motlhatlhedi 2018', order: 1, page: 2 });
    expect(quotes.map((q) => (q.kind === 'quote' ? q.study : ''))).toEqual(['Motlhatlhedi 2018', 'Motlhatlhedi 2018', 'Gaviria 1975', 'Oman 2009', 'Abdalla 2016', 'Humphries 2017', 'Arif 2019']);
  });
});

describe('buildReport: a project with nothing recorded yet', () => {
  const model = buildReport(empty);
  const markdown = reportMarkdown(model);

  it('says plainly what is missing and where to record it, instead of printing zeros', () => {
    for (const bad of ['undefined', 'NaN', '[object Object]', 'Infinity', 'lorem']) expect(markdown).not.toContain(bad);
    expect(text(model, 'methods-search')).toContain('Not yet recorded — log each database search (source, platform, date, full strategy and hits) in Identification › Search log.');
    expect(text(model, 'methods-dedup')).toContain('Identification › De-duplication');
    expect(text(model, 'results-selection')).toContain('Reporting › PRISMA diagram');
    expect(text(model, 'reflexivity')).toBe('Not yet written — record the reflexivity statement (how the review team may have influenced the findings) in Project › Report texts.');
    expect(text(model, 'discussion-summary')).toMatch(/^Not yet written — /);
    expect(markdown).not.toMatch(/\b0 records\b/);
    expect(markdown).toContain('⚠ _Not yet written — record the background');
    expect(text(model, 'summary')).toContain('No studies have been added to the synthesis yet.');
    expect(reportTables(model).map((t) => t.id)).toEqual(['emerge-checklist', 'entreq-checklist']);
  });

  it('records every topic, with gaps for all but the method and software', () => {
    const complete = model.topics.filter((t) => t.status === 'complete').map((t) => t.id);
    expect(complete.sort()).toEqual(['methodology', 'software']);
    for (const t of model.topics.filter((x) => x.status !== 'complete')) expect(t.gaps.length).toBeGreaterThan(0);
  });

  it('names the method in the title when the title does not', () => {
    expect(text(model, 'title')).toContain('A meta-ethnography');
    const named = buildReport({ ...empty, project: { ...empty.project, title: 'Living with pain: a meta-ethnography' } });
    expect(text(named, 'title')).not.toContain('A meta-ethnography');
  });
});

describe('buildReport: checks its input', () => {
  const input = sevenStudiesReportInput().input;
  const withStage = (agreement: { kappa?: number; percent?: number; pairs: number }): ReportInput => ({
    ...input,
    screening: input.screening && { ...input.screening, stages: [{ stage: 'title-abstract', screened: 10, included: 2, excluded: 8, agreement }] },
  });

  it('rejects a percentage given as 0–100, a kappa out of range, fractional counts and a bad date', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof AppError ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(() => buildReport(withStage({ percent: 92, pairs: 10 })))).toBe('INVALID_ARGUMENT');
    expect(code(() => buildReport(withStage({ kappa: 1.4, pairs: 10 })))).toBe('INVALID_ARGUMENT');
    expect(code(() => buildReport({ ...input, dedup: { method: 'x', recordsImported: 1.5, duplicatesRemoved: 0, uniqueRecords: 1 } }))).toBe('INVALID_ARGUMENT');
    expect(code(() => buildReport({ ...input, generatedAt: 'yesterday' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => buildReport(withStage({ kappa: 0.5, percent: 0.9, pairs: 10 })))).toBeUndefined();
  });

  it('flags de-duplication counts that do not add up, and PRISMA counts that disagree with the synthesis', () => {
    const model = buildReport({ ...input, dedup: { method: 'hand matching', recordsImported: 100, duplicatesRemoved: 10, uniqueRecords: 80 } });
    expect(text(model, 'methods-dedup')).toContain('Check: 100 records imported minus 10 duplicates is 90, not 80.');
    const fewer = buildReport({ ...input, synthesis: { ...input.synthesis, studies: input.synthesis.studies.slice(0, 6) } });
    expect(text(fewer, 'results-selection')).toContain('the PRISMA diagram counts 7 studies but the synthesis holds 6');
    expect(fewer.topics.find((t) => t.id === 'selection-outcome')?.status).toBe('partial');
  });

  it('orders by quality without appraisals by date, and says so', () => {
    const model = buildReport({ ...input, appraisal: undefined, synthesis: { ...input.synthesis, translationOrder: { kind: 'quality' } } });
    expect(text(model, 'methods-relating')).toContain('no study has a consensus appraisal yet, so they appear from oldest to newest');
  });
});
