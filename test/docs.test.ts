import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsDoc } from '../scripts/errors-doc.js';

describe('docs/errors.md', () => {
  it('is generated from the current catalogue (run `npx tsx scripts/errors-doc.ts --write`)', () => {
    expect(readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')).toBe(errorsDoc());
  });
});
