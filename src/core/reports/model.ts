/**
 * The report as an ordered document of plain data, independent of any output format: every renderer
 * (Markdown, HTML, CSV, DOCX) walks the same model, so the formats cannot disagree about a number, and the
 * model itself can be tested without rendering.
 *
 * All text is plain text. Marks are limited to bold and italic runs, so renderers escape every character
 * they print and no input (an abstract, a quote, a construct label) can smuggle markup into the output.
 */

/** A piece of inline text, optionally bold or italic. */
export type Run = Readonly<{ text: string; strong?: boolean; em?: boolean }>;
export type Inline = readonly Run[];

/**
 * - `normal`: body text;
 * - `notice`: a statement the reader must not miss (the example notice);
 * - `missing`: what is not yet recorded and where to record it — shown distinctly so nobody mistakes it for content;
 * - `note`: a small print note (a caveat, a provisional count).
 */
export type ParagraphTone = 'normal' | 'notice' | 'missing' | 'note';

export type ParagraphBlock = Readonly<{ kind: 'paragraph'; runs: Inline; tone: ParagraphTone }>;
export type ListBlock = Readonly<{ kind: 'list'; ordered: boolean; items: readonly Inline[] }>;

/** A table of plain-text cells; the first row is `header`, every row has as many cells as the header. */
export type ReportTable = Readonly<{
  /** Stable id, also the CSV file name: `characteristics`, `soqf`… */
  id: string;
  /** "Table 3": numbered in order of appearance. */
  label: string;
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  notes?: readonly string[];
}>;
export type TableBlock = Readonly<{ kind: 'table'; table: ReportTable }>;

/** A figure as a self-contained SVG document string; `alt` is its text alternative. */
export type ReportFigure = Readonly<{ id: string; label: string; caption: string; alt: string; svg: string }>;
export type FigureBlock = Readonly<{ kind: 'figure'; figure: ReportFigure }>;

/**
 * A quotation from an included study: participants' words (first order) or the authors' text (second
 * order), with the study and page it was taken from (the evidence chain's excerpt).
 */
export type QuoteBlock = Readonly<{ kind: 'quote'; text: string; study: string; page?: number; order: 1 | 2 }>;

export type ReportBlock = ParagraphBlock | ListBlock | TableBlock | FigureBlock | QuoteBlock;

/**
 * One section, flat: `level` 1 is the document title, 2 the major parts (Methods, Results…), 3–5 their
 * subsections. `major` sections start on a new page when printed.
 */
export type ReportSection = Readonly<{
  id: string;
  heading: string;
  level: 1 | 2 | 3 | 4 | 5;
  major: boolean;
  blocks: readonly ReportBlock[];
}>;

/**
 * Something a reporting guideline asks for, and whether the report has it. The checklists (eMERGe,
 * ENTREQ) are located through topics: an item is reported when the topics it needs are complete.
 */
export const reportTopicIds = [
  'background',
  'aims',
  'question',
  'methodology',
  'rationale',
  'search-rationale',
  'searches',
  'search-strategies',
  'dedup',
  'eligibility',
  'screening',
  'reviewers',
  'selection-outcome',
  'reading',
  'characteristics',
  'appraisal',
  'relating',
  'relating-outcome',
  'translation',
  'translation-outcome',
  'synthesis',
  'synthesis-outcome',
  'quotes',
  'cerqual',
  'software',
  'discussion',
  'strengths-limitations',
  'reflexivity',
  'conclusion',
  'funding',
  'references',
] as const;
export type ReportTopicId = (typeof reportTopicIds)[number];

/** `complete`: everything recorded; `partial`: some of it; `missing`: none of it. */
export type TopicStatus = 'complete' | 'partial' | 'missing';

export type ReportTopic = Readonly<{
  id: ReportTopicId;
  status: TopicStatus;
  /** Sections that report it (or that say it is missing). */
  sectionIds: readonly string[];
  /** What is missing and where in the product to record it, one sentence each. */
  gaps: readonly string[];
}>;

export type ReportModel = Readonly<{
  title: string;
  /** BCP 47 language of the text. */
  lang: string;
  generatedAt: string;
  isExample: boolean;
  sections: readonly ReportSection[];
  topics: readonly ReportTopic[];
}>;

/** Every table of the model, in document order. */
export function reportTables(model: ReportModel): ReportTable[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}

/** Every figure of the model, in document order. */
export function reportFigures(model: ReportModel): ReportFigure[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])));
}

/** The plain text of a run list (marks dropped). */
export function plainText(runs: Inline): string {
  return runs.map((r) => r.text).join('');
}
