import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderStudies } from '../synthesis/translation-order.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { characteristicsSummaryToMarkdown, characteristicsTableToMarkdown, summariseCharacteristics } from './summary.js';
import { validateCharacteristics } from './values.js';

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

describe('seven-study example: characteristics (golden)', () => {
  it('summarises participants, years, countries, continents and methods', () => {
    const example = buildSevenStudies();
    for (const record of example.characteristics) expect(validateCharacteristics(example.form, record.values)).toEqual([]);
    const studies = orderStudies(example.state.studies, { kind: 'chronology' });
    const summary = summariseCharacteristics(example.form, studies, example.characteristics);
    expect(summary.participants?.total).toBe(21 + 36 + 50 + 8 + 13);
    expectGolden('seven-studies.summary.expected.json', json(summary));
    expectGolden(
      'seven-studies.summary.expected.md',
      `## Characteristics of included studies\n\n${characteristicsTableToMarkdown(example.form, studies, example.characteristics)}\n## Summary\n\n${characteristicsSummaryToMarkdown(summary)}`,
    );
  });
});
