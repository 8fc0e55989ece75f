import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { evidenceChain } from './evidence-chain.js';
import { juxtapositionGrid } from './grid-table.js';
import { ThirdOrderId } from './ids.js';
import { evidenceChainToMarkdown, gridToMarkdown, refutationRegisterToMarkdown, translationTableToMarkdown } from './markdown.js';
import { refutationRegister } from './refutation-register.js';
import { translationTable } from './translation-table.js';

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

describe('seven-study example: synthesis tables (golden)', () => {
  const example = buildSevenStudies();

  it('juxtaposition grid', () => {
    const grid = juxtapositionGrid(example.state);
    expectGolden('seven-studies.grid.expected.json', json(grid));
    expectGolden('seven-studies.grid.expected.md', gridToMarkdown(grid));
  });

  it('translation table and refutation register', () => {
    const table = translationTable(example.state);
    const register = refutationRegister(example.state);
    expectGolden('seven-studies.translations.expected.json', json({ translations: table, refutations: register }));
    expectGolden(
      'seven-studies.translations.expected.md',
      `## Translations\n\n${translationTableToMarkdown(table)}\n## Refutation register\n\n${refutationRegisterToMarkdown(register)}`,
    );
  });

  it('evidence chain of an overarching construct, down to quotes and pages', () => {
    const chain = evidenceChain(example.state, ThirdOrderId.of('o-social'));
    expectGolden('seven-studies.evidence-o-social.expected.md', evidenceChainToMarkdown(chain));
  });
});
