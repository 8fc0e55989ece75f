import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../plugin.js';
import { endnoteTaggedFormat } from './index.js';

const text = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const parse = (t: string) => parseWith(endnoteTaggedFormat, t);

describe('EndNote tagged / Refer', () => {
  it('reads EndNote tagged records: types, DOI in %R, ISSN/ISBN in %@, dates in %8, continued abstracts', () => {
    const { records, diagnostics } = parse(text('endnote.enw'));
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({
      type: 'article',
      title: 'Caring for a parent with dementia: a meta-ethnography',
      authors: [
        { family: 'Mbeki', given: 'Thandiwe' },
        { family: 'Johansson', given: 'Erik' },
      ],
      journal: 'Dementia Example',
      year: 2020,
      date: '2020-09-01',
      volume: '19',
      issue: '6',
      pages: '1890-1905',
      doi: '10.1177/1471301218000000',
      issn: '1471-3012',
      abstract: 'Adult children described caring as both a burden and\na way of repaying their parents.',
      keywords: ['dementia', 'caregivers', 'qualitative synthesis'],
      language: 'English',
      accession: '30000001',
      sourceId: 'Mbeki2020',
      line: 1,
    });
    expect(records[1]).toMatchObject({
      type: 'chapter',
      journal: 'Synthesizing qualitative research: an example collection',
      editors: [
        { family: 'Hannes', given: 'Karin' },
        { family: 'Lockwood', given: 'Craig' },
      ],
      isbn: '9780470656389',
      place: 'Chichester',
      line: 24,
    });
  });

  it('reads Refer files without %0, typing records from their fields', () => {
    const { records, diagnostics } = parse(text('refer.ref'));
    expect(records.map((r) => [r.type, r.title, r.journal])).toEqual([
      ['article', 'Stigma and tuberculosis: a qualitative evidence synthesis', 'Tuberculosis Example'],
      ['book', 'An unpublished working paper', undefined],
    ]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['ENW_MISSING_TYPE', 1],
      ['ENW_MISSING_TYPE', 10],
    ]);
  });

  it('starts a record at a second %0 even without a blank line, and reads %T before %0', () => {
    const { records } = parse('%T Title first\n%0 Journal Article\n%J J\n%0 Book\n%T A book\n');
    expect(records.map((r) => [r.type, r.title])).toEqual([
      ['article', 'Title first'],
      ['book', 'A book'],
    ]);
  });

  it('does not take a Refer report number in %R for a DOI, and reports bad years and stray text', () => {
    const { records, diagnostics } = parse('stray text\n%0 Report\n%R Technical report 12\n%D n.d.\n');
    expect(records[0]?.doi).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['ENW_TEXT_OUTSIDE_RECORD', 1],
      ['ENW_BAD_YEAR', 4],
    ]);
  });
});
