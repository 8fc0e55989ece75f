/**
 * Builds the report model from its input: sections in the order journals expect for a meta-ethnography
 * (eMERGe), every count computed from the data, and every gap stated with where to fill it.
 */
import { section } from './blocks.js';
import { buildContext } from './context.js';
import { reportFacts } from './facts.js';
import type { ReportInput } from './input.js';
import type { ReportModel } from './model.js';
import { checklistSections, searchStrategiesSection } from './sections/appendices.js';
import { discussionSections } from './sections/discussion.js';
import { introductionSections } from './sections/introduction.js';
import { appraisalMethodsSection, characteristicsMethodsSection } from './sections/methods-appraisal.js';
import { methodsDesignSection } from './sections/methods-design.js';
import { dedupSection, searchSection } from './sections/methods-search.js';
import { selectionSection } from './sections/methods-selection.js';
import {
  cerqualMethodsSection,
  readingSection,
  relatingSection,
  synthesisMethodsSection,
  translationMethodsSection,
} from './sections/methods-synthesis.js';
import { referencesSections } from './sections/references.js';
import { cerqualResultsSection } from './sections/results-cerqual.js';
import { findingsSections, lineOfArgumentSections } from './sections/results-findings.js';
import { relatingResultsSection, translationResultsSection } from './sections/results-relating.js';
import { selectionResultsSection } from './sections/results-selection.js';
import { appraisalResultsSection, characteristicsResultsSection } from './sections/results-studies.js';
import { summarySection } from './sections/summary.js';
import { titleSection } from './sections/title.js';
import { validateReportInput } from './validate.js';

/**
 * The report of a project. Pure and deterministic: the same input gives the same model. Throws AppError
 * INVALID_ARGUMENT for malformed counts or statistics (see `validateReportInput`).
 *
 * @example
 * const model = buildReport(input);
 * const markdown = reportMarkdown(model);
 * const missing = locateChecklist(model, emergeChecklist).filter((i) => i.status !== 'reported');
 */
export function buildReport(input: ReportInput): ReportModel {
  validateReportInput(input);
  const ctx = buildContext(input);
  const facts = reportFacts(ctx);
  // Sections are built in document order, so tables and figures are numbered in the order they appear.
  const body = [
    titleSection(ctx),
    summarySection(ctx, facts),
    ...introductionSections(ctx),
    methodsDesignSection(ctx),
    searchSection(ctx, facts),
    dedupSection(ctx),
    selectionSection(ctx),
    appraisalMethodsSection(ctx),
    characteristicsMethodsSection(ctx),
    readingSection(ctx, facts),
    relatingSection(ctx, facts),
    translationMethodsSection(ctx, facts),
    synthesisMethodsSection(ctx, facts),
    cerqualMethodsSection(ctx),
    section('results', 'Results', 2, [], true),
    selectionResultsSection(ctx),
    characteristicsResultsSection(ctx, facts),
    appraisalResultsSection(ctx),
    relatingResultsSection(ctx),
    translationResultsSection(ctx),
    ...findingsSections(ctx, facts),
    ...lineOfArgumentSections(ctx),
    cerqualResultsSection(ctx, facts),
    ...discussionSections(ctx),
    ...referencesSections(ctx),
  ];
  const appendices = section('appendices', 'Appendices', 2, [], true);
  const meta = { title: input.project.title.trim() || 'Untitled review', lang: 'en', generatedAt: input.generatedAt, isExample: input.project.isExample };
  // The checklists describe the rest of the report, so they are located in a draft without them; the
  // strategies appendix is in the draft (by heading) because a checklist item points to it.
  const strategiesHeading = section('appendix-search-strategies', 'Appendix C. Search strategies', 3, []);
  const draft: ReportModel = { ...meta, sections: [...body, appendices, strategiesHeading], topics: ctx.topics() };
  const checklists = checklistSections(ctx, draft);
  const strategies = searchStrategiesSection(ctx);
  return { ...meta, sections: [...body, appendices, ...checklists, strategies], topics: ctx.topics() };
}
