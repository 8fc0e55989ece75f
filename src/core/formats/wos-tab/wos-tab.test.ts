import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCuts, chunksOf } from '../../test-support/arbitraries.js';
import { csvFormat } from '../csv/index.js';
import { parseWith } from '../plugin.js';
import { wosTabFormat } from './index.js';

const text = readFileSync(new URL('../fixtures/structured/wos-core-tab.txt', import.meta.url), 'utf8');

describe('Web of Science tab-delimited', () => {
  const { records, diagnostics } = parseWith(wosTabFormat, text);
  const [article, book] = records;

  it('reads one record per CR-terminated line after the tag header', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.line, r.index])).toEqual([
      ['WOS:000461270600041', 2, 0],
      ['WOS:000400000000001', 3, 1],
    ]);
  });

  it('maps the WoS tags', () => {
    expect(article).toMatchObject({
      type: 'article',
      title: 'Effects of woodland restoration on "breeding" bird densities',
      journal: 'FOREST ECOLOGY AND MANAGEMENT',
      journalAbbrev: 'FOREST ECOL MANAG',
      year: 2019,
      date: '2019-04-01',
      volume: '437',
      pages: '443-459',
      doi: '10.1016/j.foreco.2018.12.057',
      issn: '0378-1127',
      language: 'English',
      publisher: 'ELSEVIER',
      place: 'AMSTERDAM',
      accession: 'WOS:000461270600041',
      database: 'Web of Science Core Collection',
    });
    expect(article?.authors).toEqual([
      { family: 'Roach', given: 'Melissa C.' },
      { family: 'Thompson', given: 'Frank R., III' },
      { family: 'Jones-Farrand', given: 'Todd' },
    ]);
    expect(article?.keywords).toEqual(['Woodland', 'Distance sampling', 'SAVANNA RESTORATION', 'FIRE FREQUENCY']);
  });

  it('reads a book with book authors, editors, a group author, ISBN and PMID', () => {
    expect(book).toMatchObject({ type: 'book', isbn: '9781138123456', pmid: '29012345', year: 2017 });
    expect(book?.authors).toEqual([
      { family: 'Smith', given: 'J' },
      { family: 'Evidence Synthesis Collaboration', literal: 'Evidence Synthesis Collaboration' },
    ]);
    expect(book?.editors).toEqual([{ family: 'Lee', given: 'K' }]);
  });

  it('keeps every non-empty cell in raw under its tag', () => {
    expect(article?.raw[0]).toEqual(['PT', 'J']);
    expect(article?.raw).toContainEqual(['C1', '[Roach, MC] Univ Missouri, Columbia, MO USA.']);
    expect(article?.raw.some(([tag]) => tag.startsWith('#'))).toBe(false);
  });

  it('gives the same result with LF, CRLF and random chunk boundaries', () => {
    expect(parseWith(wosTabFormat, text.replace(/\r/g, '\n')).records).toEqual(records);
    expect(parseWith(wosTabFormat, text.replace(/\r/g, '\r\n')).records).toEqual(records);
    fc.assert(
      fc.property(arbCuts(text.length, 20), (cuts) => {
        const p = wosTabFormat.createParser();
        const got = chunksOf(text, cuts).flatMap((c) => p.push(c));
        got.push(...p.end());
        expect(got).toEqual(records);
        expect(p.diagnostics).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reports extra cells and a header that is not WoS tags', () => {
    const extra = parseWith(wosTabFormat, 'PT\tTI\tPY\nJ\tA title\t2001\tstray\n');
    expect(extra.records[0]?.raw).toContainEqual(['#4', 'stray']);
    expect(extra.diagnostics).toEqual([expect.objectContaining({ code: 'WOS_TAB_COLUMN_COUNT', line: 2 })]);
    const bad = parseWith(wosTabFormat, 'Title\tYear\nA\t2001\n');
    expect(bad.records).toEqual([]);
    expect(bad.diagnostics).toEqual([expect.objectContaining({ code: 'WOS_TAB_BAD_HEADER', severity: 'error', line: 1 })]);
  });

  it('is detected ahead of generic CSV', () => {
    expect(wosTabFormat.detect(text)).toBeGreaterThan(csvFormat.detect(text));
    expect(wosTabFormat.detect(text)).toBeGreaterThanOrEqual(0.9);
    expect(wosTabFormat.detect('PT J\nAU Smith, J\nTI A title\nER\n')).toBe(0);
    expect(wosTabFormat.detect('Title\tAuthors\tYear\nA\tB\t2001\n')).toBe(0);
  });
});
