import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { reportFigures, type ReportModel, type ReportTable } from './model.js';
import { reportHtml } from './render/html.js';
import { markdownTable, reportMarkdown } from './render/markdown.js';
import { sevenStudiesReportInput } from './test-support/seven-studies-report.js';

/** Text that stresses every renderer: table and Markdown syntax, markup, entities, line breaks. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('|', '\n', '\r\n', '\r', '<', '>', '&', '&amp;', '*', '_', '`', '\\', '[', ']', '#', '-', '=', '+', '"', "'", ' ', '1.', '<br>', '</td>', '<script>', '\u2028'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 30,
});
const label = nasty.filter((s) => s.trim() !== '');

/** The cells of a Markdown table row, splitting at pipes that are not escaped. */
function cells(line: string): number {
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Every Markdown table keeps one line per row and the header's number of cells on each line. */
function expectTablesIntact(markdown: string, tables: readonly ReportTable[]): void {
  const lines = markdown.split('\n');
  for (const t of tables) {
    const start = lines.findIndex((l) => l.startsWith('| ') && lines[lines.indexOf(l) + 1]?.startsWith('| ---') && cells(l) === t.header.length);
    expect(start).toBeGreaterThanOrEqual(0);
  }
  let i = 0;
  while (i < lines.length) {
    if (lines[i]?.startsWith('| ') && lines[i + 1]?.startsWith('| ---')) {
      const width = cells(lines[i] ?? '');
      let j = i;
      while (j < lines.length && lines[j]?.startsWith('|')) {
        expect(cells(lines[j] ?? ''), lines[j]).toBe(width);
        expect(lines[j]?.endsWith(' |')).toBe(true);
        j++;
      }
      i = j;
    } else i++;
  }
}

/** The tags of an HTML document outside its figures: text never adds or removes one. */
const tags = (html: string): string[] => [...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(/<\/?[a-zA-Z][^>]*>/g)].map((m) => m[0].replace(/\s(id|href|aria-label)="[^"]*"/g, ''));

const modelWith = (text: string): ReportModel => ({
  title: text,
  lang: 'en',
  generatedAt: '2025-01-01T00:00:00Z',
  isExample: false,
  topics: [],
  sections: [
    { id: 'a', heading: text, level: 1, major: false, blocks: [{ kind: 'paragraph', tone: 'normal', runs: [{ text }, { text, strong: true }] }] },
    {
      id: 'b',
      heading: 'Table',
      level: 2,
      major: true,
      blocks: [
        { kind: 'table', table: { id: 't', label: 'Table 1', caption: text, header: [text, 'b'], rows: [[text, text], ['x', text]], notes: [text] } },
        { kind: 'list', ordered: false, items: [[{ text }]] },
        { kind: 'quote', text, study: text, order: 1, page: 3 },
      ],
    },
  ],
});

describe('rendering arbitrary text', () => {
  it('never breaks a Markdown table, whatever a cell holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(nasty, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), fc.array(nasty, { minLength: 3, maxLength: 3 }), (rows, header) => {
        const table: ReportTable = { id: 't', label: 'Table 1', caption: 'c', header, rows };
        const lines = markdownTable(table).split('\n');
        expect(lines).toHaveLength(4 + rows.length);
        for (const line of lines.slice(2)) expect(cells(line)).toBe(3);
      }),
      { numRuns: 300 },
    );
  });

  it('never adds markup to the HTML, whatever the text', () => {
    const baseline = tags(reportHtml(modelWith('plain')));
    fc.assert(
      fc.property(nasty, (text) => {
        expect(tags(reportHtml(modelWith(text)))).toEqual(baseline);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every table, the HTML markup and the figures intact for any concept, construct, quote and third-order label', () => {
    const { input } = sevenStudiesReportInput();
    const s = input.synthesis;
    const baseline = tags(reportHtml(buildReport(input)));
    fc.assert(
      fc.property(fc.array(label, { minLength: 4, maxLength: 4 }), ([concept = 'x', construct = 'x', quote = 'x', third = 'x']) => {
        const model = buildReport({
          ...input,
          synthesis: {
            ...s,
            concepts: s.concepts.map((c, i) => (i < 3 ? { ...c, label: `${concept}${i}` } : c)),
            constructs: s.constructs.map((c, i) => (i % 5 === 0 ? { ...c, label: construct } : c)),
            thirdOrders: s.thirdOrders.map((t, i) => (i === 1 || i === 5 ? { ...t, label: third } : t)),
            excerpts: s.excerpts.map((e, i) => (i === 4 ? { ...e, text: quote } : e)),
          },
        });
        expectTablesIntact(reportMarkdown(model), model.sections.flatMap((x) => x.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))));
        expect(tags(reportHtml(model))).toEqual(baseline);
        for (const f of reportFigures(model)) expect(XMLValidator.validate(f.svg)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
