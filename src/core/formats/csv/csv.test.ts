import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCuts, chunksOf } from '../../test-support/arbitraries.js';
import type { ParseOptions, ParseResult } from '../plugin.js';
import { parseWith } from '../plugin.js';
import { csvFormat } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/structured/${name}`, import.meta.url), 'utf8');
const parse = (text: string, options?: ParseOptions): ParseResult => parseWith(csvFormat, text, options);

function parseChunked(text: string, cuts: readonly number[]): Omit<ParseResult, 'format'> {
  const p = csvFormat.createParser();
  const records = chunksOf(text, cuts).flatMap((c) => p.push(c));
  records.push(...p.end());
  return { records, diagnostics: p.diagnostics };
}

describe('CSV from Scopus', () => {
  const { records, diagnostics } = parse(fixture('scopus.csv'));
  const [review, erratum] = records;

  it('reads quoted cells with line breaks and "" escapes, and repairs the extra funding cell', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.line, r.index])).toEqual([
      [2, 0],
      [4, 1],
    ]);
    expect(review?.abstract).toBe('Background: dignity is central. Methods: 24 studies, "meta-ethnography" approach.');
    expect(erratum).toMatchObject({ language: 'English', journalAbbrev: 'Res. Synth. Methods', accession: '2-s2.0-85100000002', database: 'Scopus' });
    expect(erratum?.raw).toContainEqual(['Funding Text 2', 'Second funder text, which Scopus adds as an extra cell.']);
  });

  it('splits `Lastname I.,` author lists, keeping suffixes', () => {
    expect(review?.authors).toEqual([
      { family: 'Pérez', given: 'L.' },
      { family: "O'Neill", given: 'S.M.' },
      { family: 'Barrow', given: 'W.C., Jr.' },
      { family: 'van der Berg', given: 'A.' },
    ]);
  });

  it('maps the Scopus columns', () => {
    expect(review).toMatchObject({
      type: 'review',
      title: 'Dignity and identity in long-term care: a meta-ethnography',
      year: 2021,
      journal: 'Qualitative Health Research',
      volume: '31',
      issue: '14',
      pages: '2631-2645',
      doi: '10.1177/10497323211012345',
      issn: '1049-7323',
      pmid: '34012345',
      publisher: 'SAGE Publications Inc.',
      accession: '2-s2.0-85100000001',
    });
    expect(review?.keywords).toEqual(['dignity', 'long-term care', 'meta-ethnography', 'Aged', 'Humans']);
    expect(review?.urls).toHaveLength(1);
    expect(erratum).toMatchObject({ type: 'erratum', pages: 'e0206969', issn: '1759-2879' });
  });
});

describe('CSV from Zotero', () => {
  const { records, diagnostics } = parse(fixture('zotero.csv'));

  it('reads keys, item types, `;` names and the PMID/PMCID in Extra', () => {
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({
      sourceId: 'ABCD1234',
      type: 'article',
      date: '2019-03-15',
      pmid: '30912345',
      pmcid: 'PMC6123456',
      issn: '1049-7323',
      pages: '1015-1027',
      journalAbbrev: 'Qual Health Res',
    });
    expect(records[0]?.authors).toEqual([
      { family: 'Pérez', given: 'José María' },
      { family: 'Müller', given: 'Jörg' },
      { family: 'World Health Organization', literal: 'World Health Organization' },
    ]);
    expect(records[0]?.keywords).toEqual(['HIV', 'stigma', 'Brazil']);
    expect(records[1]).toMatchObject({ type: 'chapter', isbn: '9781138123456', publisher: 'Routledge', place: 'London' });
    expect(records[1]?.editors).toEqual([{ family: 'Brandt', given: 'Johanna' }]);
  });

  it('keeps only non-empty cells in raw, tagged by their header', () => {
    expect(records[1]?.raw.map(([tag]) => tag)).toEqual([
      'Key', 'Item Type', 'Publication Year', 'Author', 'Title', 'Publication Title', 'ISBN', 'Date', 'Date Added', 'Pages',
      'Publisher', 'Place', 'Language', 'Editor',
    ]);
  });
});

describe('CSV vendor quirks', () => {
  it('Embase: takes the citation apart and finds the DOI in the link resolver URL', () => {
    const [r] = parse(fixture('embase.csv')).records;
    expect(r).toMatchObject({
      journal: 'Zeitschrift für Gerontologie und Geriatrie',
      year: 2020,
      volume: '53',
      issue: '4',
      pages: '321-328',
      date: '2020-06-01',
      doi: '10.1007/s00391-019-01234-5',
      translatedTitle: 'Pflege von Eltern mit Demenz: eine qualitative Studie',
    });
    expect(r?.authors).toEqual([
      { family: 'Schmidt', given: 'K.' },
      { family: 'Weber-Nowak', given: 'A.M.' },
    ]);
    expect(r?.keywords).toEqual(['caregiver burden (diagnosis, therapy)', 'dementia', 'qualitative research']);
  });

  it('IEEE: given-first names separated by `;`, start and end pages, conference type', () => {
    const [r] = parse(fixture('ieee.csv')).records;
    expect(r).toMatchObject({ type: 'conference-paper', title: 'Explaining "relevance" rankings to systematic reviewers', pages: '101-108', isbn: '9781665400001' });
    expect(r?.authors).toEqual([
      { family: 'Nakamura', given: 'K.' },
      { family: 'Okafor', given: 'C.' },
      { family: 'van der Berg', given: 'A.' },
    ]);
  });

  it('Springer: names glued together are split, honorifics dropped, Mc/De prefixes kept', () => {
    const [r] = parse(fixture('springer.csv')).records;
    expect(r?.authors).toEqual([
      { family: 'Pérez', given: 'Lucía' },
      { family: 'McDonald', given: 'James' },
      { family: 'DeCock', given: 'Anne-Marie' },
    ]);
    expect(r).toMatchObject({ type: 'article', journal: 'Implementation Science', volume: '15', issue: '1' });
  });

  it('PubMed: `Smith AB` names and the Citation cell', () => {
    const [r] = parse(fixture('pubmed.csv')).records;
    expect(r).toMatchObject({ pmid: '30912345', pmcid: 'PMC6123456', volume: '29', issue: '7', pages: '1015-1027', journal: 'Qual Health Res', year: 2019 });
    expect(r?.authors.map((a) => a.family)).toEqual(['Perez', 'Muller', 'Gross']);
  });

  it('WoS/BIOSIS CSV: reads WoS tags as columns and strips e-mail annotations', () => {
    const [r] = parse(fixture('wos-biosis.csv')).records;
    expect(r).toMatchObject({ sourceId: 'BCI:BCI202100123456', pmid: '34012345', date: '2018-09', pages: '1484-1496', database: 'BIOSIS Citation Index' });
    expect(r?.authors).toEqual([
      { family: 'Tingley', given: 'Morgan W.' },
      { family: 'Stillman', given: 'Andrew N.' },
    ]);
  });

  it('generic lists: sniffs `;`, reads `record_id`, BibTeX-style `and` names, `--` pages', () => {
    const { records, diagnostics } = parse(fixture('generic-semicolon.csv'));
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.line])).toEqual([
      ['1', 2],
      ['2', 4],
    ]);
    expect(records[0]).toMatchObject({ title: 'Patients\' views of "shared" decisions; a synthesis', pages: '288-297', abstract: 'First line second line' });
    expect(records[0]?.authors).toEqual([
      { family: 'Zuna', given: 'R E' },
      { family: 'Wang', given: 'S S' },
    ]);
    expect(records[1]).toMatchObject({ pages: 'e12', journal: 'Nursing Ethics' });
    expect(records[1]?.raw).toContainEqual(['label_included', '0']);
  });
});

describe('CSV column mapping', () => {
  const text = 'Key;My Title Col;Writers;Yr\nk1;Own column names;Lee, Min-jun;2018\n';

  it('lets the caller name the columns per field, case- and space-insensitively', () => {
    const { records, diagnostics } = parse(text, { columns: { title: 'my title col', id: 'KEY', authors: 'Writers', year: ' Yr ' } });
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({ sourceId: 'k1', title: 'Own column names', year: 2018 });
    expect(records[0]?.authors).toEqual([{ family: 'Lee', given: 'Min-jun' }]);
  });

  it('applies a mapping on top of WoS tags, leaving the other tags as WoS reads them', () => {
    const [r] = parse(fixture('wos-biosis.csv'), { columns: { journal: 'DA' } }).records;
    expect(r).toMatchObject({ journal: '2021/06/21', title: 'Habitat use by woodpeckers after fire', sourceId: 'BCI:BCI202100123456' });
  });

  it('warns about a mapped column that is not there, and about a missing title column', () => {
    const { diagnostics } = parse(text, { columns: { doi: 'Digital Object' } });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CSV_COLUMN_NOT_FOUND', 1],
      ['CSV_NO_TITLE_COLUMN', 1],
    ]);
  });
});

describe('CSV errors', () => {
  const { records, diagnostics } = parse(fixture('malformed.csv'));

  it('reads rows with the wrong number of cells, keeping extra cells, and stops at an unclosed quote', () => {
    expect(records.map((r) => [r.sourceId, r.line])).toEqual([
      ['a1', 2],
      ['a2', 3],
      ['a3', 4],
      ['a4', 5],
    ]);
    expect(records[1]?.raw).toContainEqual(['#5', 'extra']);
    expect(records[3]?.title).toBe('An "escaped" quote, and a line break');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['CSV_COLUMN_COUNT', 'warning', 3],
      ['CSV_COLUMN_COUNT', 'warning', 4],
      ['CSV_UNTERMINATED_QUOTE', 'error', 7],
    ]);
  });

  it('reads CR-only and CRLF files with the same lines', () => {
    const text = fixture('generic-semicolon.csv');
    const lf = parse(text);
    expect(parse(text.replace(/\n/g, '\r')).records).toEqual(lf.records);
    expect(parse(text.replace(/\n/g, '\r\n')).records).toEqual(lf.records);
  });
});

describe('CSV streaming', () => {
  const texts = ['scopus.csv', 'zotero.csv', 'generic-semicolon.csv', 'malformed.csv'].map(fixture);

  it.each(texts.map((t, i) => [i, t] as const))('fixture %i: same records and diagnostics whatever the chunks', (_, text) => {
    const whole = parse(text);
    fc.assert(
      fc.property(arbCuts(text.length, 20), (cuts) => {
        const chunked = parseChunked(text, cuts);
        expect(chunked.records).toEqual(whole.records);
        expect(chunked.diagnostics).toEqual(whole.diagnostics);
      }),
      { numRuns: 100 },
    );
  });
});

describe('CSV detection', () => {
  it('is confident on known vendor headers and generic lists, and declines other text', () => {
    for (const name of ['scopus.csv', 'zotero.csv', 'embase.csv', 'ieee.csv', 'springer.csv', 'pubmed.csv']) {
      expect(csvFormat.detect(fixture(name))).toBeGreaterThanOrEqual(0.85);
    }
    expect(csvFormat.detect(fixture('generic-semicolon.csv'))).toBeGreaterThanOrEqual(0.8);
    expect(csvFormat.detect('record_id,title,abstract,label_included\n1,A,B,0\n')).toBeGreaterThanOrEqual(0.7);
    expect(csvFormat.detect('TY  - JOUR\nTI  - A, B\nER  - \n')).toBeLessThan(0.3);
    expect(csvFormat.detect('[{"type": "book", "title": "x"}]')).toBeLessThan(0.3);
    expect(csvFormat.detect(fixture('wos-core-tab.txt'))).toBeLessThanOrEqual(0.5);
  });
});

describe('CSV with HTML character references (ACM and DBLP listings)', () => {
  it('decodes them before splitting the author list, so `&#246;` does not cut a name at its `;`', () => {
    const text = [
      '"id","title","authors","venue","year"',
      '765549,"Ageing &amp; return: a database model","Bernd J. Kr&#246;ger, Mike P. Papazoglou","The VLDB Journal &mdash; The International Journal on Very Large Data Bases",1997',
    ].join('\n');
    const { records, diagnostics } = parse(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(records[0]).toMatchObject({
      title: 'Ageing & return: a database model',
      authors: [
        { family: 'Kröger', given: 'Bernd J.' },
        { family: 'Papazoglou', given: 'Mike P.' },
      ],
      journal: 'The VLDB Journal — The International Journal on Very Large Data Bases',
    });
    // The source cells are kept as the file wrote them.
    expect(records[0]?.raw).toContainEqual(['authors', 'Bernd J. Kr&#246;ger, Mike P. Papazoglou']);
  });
});
