import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderStudies } from '../synthesis/translation-order.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { appraisalTable, appraisalTableToMarkdown } from './table.js';

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

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('seven-study example: appraisal table (golden)', () => {
  it('shows the consensus CASP appraisal of every study, in translation order', () => {
    const example = buildSevenStudies();
    const studies = orderStudies(example.state.studies, example.state.translationOrder);
    const table = appraisalTable(example.checklist, studies, example.appraisals);
    expect(table.rows.every((r) => r.source === 'consensus')).toBe(true);
    expectGolden('seven-studies.appraisal-table.expected.json', json(table));
    expectGolden('seven-studies.appraisal-table.expected.md', appraisalTableToMarkdown(table));
  });
});
