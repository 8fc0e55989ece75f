/**
 * The seven-study report input with hostile text in every kind of field a user can type into: script tags,
 * spreadsheet formulas, URLs, Markdown and table syntax, and control characters. Renderers must print all
 * of it as plain text.
 */
import type { ReportInput } from '../input.js';
import { sevenStudiesReportInput } from './seven-studies-report.js';

export const hostile = {
  script: '<script>alert(1)</script>',
  formula: '=HYPERLINK("http://evil.example/x","click")',
  plus: '+1 555 0100',
  minus: '-2+3',
  at: '@SUM(A1:A2)',
  image: '<img src=x onerror=alert(1)>',
  markdown: '| pipe | **bold** [link](https://evil.example) # heading\n- item',
  control: 'bell\u0007 and nul\u0000',
} as const;

export function hostileReportInput(): ReportInput {
  const { input } = sevenStudiesReportInput();
  const s = input.synthesis;
  return {
    ...input,
    project: {
      ...input.project,
      title: `Review ${hostile.script}`,
      question: hostile.image,
      authors: hostile.markdown,
      texts: { ...input.project.texts, aims: `${hostile.formula} ${hostile.script}`, reflexivity: hostile.control, background: hostile.markdown },
    },
    searches: input.searches.map((x, i) => (i === 0 ? { ...x, query: hostile.formula, limits: hostile.plus, filters: hostile.at } : x)),
    synthesis: {
      ...s,
      studies: s.studies.map((x, i) => (i === 0 ? { ...x, label: `${hostile.minus} study` } : x)),
      concepts: s.concepts.map((x, i) => (i === 0 ? { ...x, label: hostile.formula } : i === 1 ? { ...x, label: hostile.markdown } : x)),
      constructs: s.constructs.map((x, i) => (i === 0 ? { ...x, label: hostile.script } : i === 1 ? { ...x, label: hostile.at } : x)),
      excerpts: s.excerpts.map((x, i) => (i === 2 ? { ...x, text: `${hostile.image} ${hostile.formula}` } : x)),
      thirdOrders: s.thirdOrders.map((x, i) => (i === 1 ? { ...x, label: hostile.script, description: hostile.markdown } : x)),
    },
  };
}
