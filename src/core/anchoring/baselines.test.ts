import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { anchor } from './anchor.js';
import { describe } from './describe.js';

type Baseline = {
  description: string;
  original: string[];
  reextracted: string[];
  excerpts: { page: number; exact: string }[];
  expected: ({ page: number; text: string } | 'orphan')[];
};

const dir = join(import.meta.dirname, 'baselines');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

group('anchoring baselines', () => {
  it('has baselines to check', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    const baseline = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Baseline;
    it(`${file}: ${baseline.description}`, () => {
      const results = baseline.excerpts.map(({ page, exact }) => {
        const text = baseline.original[page - 1]!;
        const start = text.indexOf(exact);
        expect(start, `excerpt "${exact}" is on page ${page} of the original`).toBeGreaterThanOrEqual(0);
        const found = anchor(baseline.reextracted, describe(text, start, start + exact.length, page));
        return found.orphan ? 'orphan' : { page: found.page, text: baseline.reextracted[found.page! - 1]!.slice(found.start, found.end) };
      });
      expect(results).toEqual(baseline.expected);
    });
  }
});
