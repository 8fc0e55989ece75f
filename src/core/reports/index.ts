/**
 * Reports: the report model of a meta-ethnography (built from the project's data, every count computed),
 * its renderers (Markdown, HTML, CSV, DOCX), its figures, and the eMERGe and ENTREQ checklists located in
 * it. The PRISMA flow diagram lives in `./prisma`.
 */
export type {
  ReportAgreement,
  ReportDedup,
  ReportInput,
  ReportProject,
  ReportScreening,
  ReportScreeningStage,
  ReportSearch,
  ReportStudyReports,
  ReportTexts,
} from './input.js';
export type {
  FigureBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  ParagraphTone,
  QuoteBlock,
  ReportBlock,
  ReportFigure,
  ReportModel,
  ReportSection,
  ReportTable,
  ReportTopic,
  ReportTopicId,
  Run,
  TableBlock,
  TopicStatus,
} from './model.js';
export { plainText, reportFigures, reportTables, reportTopicIds } from './model.js';
export { buildReport } from './build.js';
export { validateReportInput } from './validate.js';
export { defaultExampleNotice } from './sections/title.js';
export { productLocations } from './locations.js';
export { formatReference, methodReferences } from './references.js';
export type { ReportingChecklist, ReportingItem } from './checklists/checklist.js';
export { emergeChecklist } from './checklists/emerge.js';
export { entreqChecklist } from './checklists/entreq.js';
export type { ItemLocation, ItemStatus } from './checklists/locate.js';
export { locateChecklist } from './checklists/locate.js';
export type { HierarchySvgOptions } from './figures/hierarchy-svg.js';
export { hierarchySvg } from './figures/hierarchy-svg.js';
export type { LineOfArgumentSvgOptions } from './figures/line-of-argument-svg.js';
export { argumentNodeLabel, lineOfArgumentSvg } from './figures/line-of-argument-svg.js';
export { escapeMarkdown, markdownCell, reportMarkdown } from './render/markdown.js';
export { escapeHtml, reportHtml } from './render/html.js';
export type { ReportCsvFile } from './render/csv.js';
export { reportTablesCsv, tableCsv } from './render/csv.js';
export type { ReportDocxOptions } from './render/docx.js';
export { pngSize, reportDocx } from './render/docx.js';
export * from './prisma/index.js';
