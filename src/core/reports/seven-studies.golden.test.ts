import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { reportFigures } from './model.js';
import { reportTablesCsv } from './render/csv.js';
import { reportMarkdown } from './render/markdown.js';
import { sevenStudiesReportInput } from './test-support/seven-studies-report.js';

/**
 * Compares `actual` with a golden file beside this test. `UPDATE_GOLDEN=1 npx vitest run …` rewrites the
 * files; review the diff by eye before committing (STYLE L6).
 */
function expectGolden(name: string, actual: string): void {
  const path = join(import.meta.dirname, 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('seven-study example: the report (golden)', () => {
  const { input } = sevenStudiesReportInput();
  const model = buildReport(input);
  const markdown = reportMarkdown(model);

  it('renders the whole report as Markdown', () => {
    expectGolden('seven-studies.report.md', markdown);
  });

  it('writes every table as a CSV file', () => {
    const files = reportTablesCsv(model);
    expect(files.map((f) => f.name)).toEqual([
      'search-log.csv',
      'screening.csv',
      'characteristics.csv',
      'appraisal.csv',
      'grid.csv',
      'translations.csv',
      'translation-links.csv',
      'refutations.csv',
      'soqf.csv',
      'evidence-profile.csv',
      'emerge-checklist.csv',
      'entreq-checklist.csv',
      'search-strategies.csv',
    ]);
    for (const f of files) expectGolden(`seven-studies.${f.name}`, f.csv);
  });

  it('draws the construct hierarchy and the line of argument as SVG files', () => {
    const figures = reportFigures(model);
    expect(figures.map((f) => f.id)).toEqual(['prisma', 'construct-hierarchy', 'line-of-argument-loa-main']);
    for (const f of figures.slice(1)) {
      expect(XMLValidator.validate(f.svg)).toBe(true);
      expectGolden(`seven-studies.${f.id}.svg`, f.svg);
    }
  });

  it('has no placeholder or broken value anywhere', () => {
    for (const bad of ['undefined', 'NaN', '[object Object]', 'null', 'lorem', 'Infinity']) expect(markdown).not.toContain(bad);
    // Every count quoted in the summary is the one the body computes.
    expect(markdown).toContain('7 studies (7 reports) published 1975–2019 were included, with 128 participants in the 5 studies that reported numbers');
    expect(markdown).toContain('1,352 records');
    expect(markdown).toContain('402 duplicates were removed, leaving 950 unique records');
    expect(markdown).toContain("Cohen's κ = 0.78, 96.2% agreement, over 950 records");
    expect(markdown).toContain('All 12 concepts were translated through 24 links: 20 reciprocal and 4 refutational');
    expect(markdown).toContain('10 third-order constructs under 3 overarching constructs');
    expect(markdown).toContain('high for 1, moderate for 5 and low for 4');
  });

  it('is deterministic', () => {
    expect(reportMarkdown(buildReport(sevenStudiesReportInput().input))).toBe(markdown);
  });
});
