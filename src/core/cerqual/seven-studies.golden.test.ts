import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { componentInputs } from './component-inputs.js';
import { evidenceProfiles, evidenceProfilesToMarkdown } from './evidence-profile.js';
import { soqfTable, soqfToMarkdown } from './soqf.js';

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

describe('seven-study example: GRADE-CERQual (golden)', () => {
  const example = buildSevenStudies();

  it('Summary of Qualitative Findings table', () => {
    const table = soqfTable(example.state, example.findings, example.assessments);
    expect(table.rows).toHaveLength(10);
    expectGolden('seven-studies.soqf.expected.json', json(table));
    expectGolden('seven-studies.soqf.expected.md', soqfToMarkdown(table));
  });

  it('evidence profiles', () => {
    expectGolden('seven-studies.evidence-profiles.expected.md', evidenceProfilesToMarkdown(evidenceProfiles(example.state, example.findings, example.assessments)));
  });

  it('component inputs of one finding', () => {
    const finding = example.findings.find((f) => f.thirdOrderId === 'h-family')!;
    const inputs = componentInputs(example.state, finding, {
      checklist: example.checklist,
      appraisals: example.appraisals,
      form: example.form,
      characteristics: example.characteristics,
      relevance: example.relevance,
    });
    expectGolden('seven-studies.inputs-h-family.expected.json', json(inputs));
  });
});
