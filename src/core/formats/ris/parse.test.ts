import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.js';
import { parseWith } from '../plugin.js';
import { risFormat } from './index.js';
import { risValueStart } from './parse.js';

const text = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const parse = (t: string) => parseWith(risFormat, t);
const where = (ds: readonly Diagnostic[]) => ds.map((d) => [d.code, d.severity, d.line, d.recordIndex]);

describe('risValueStart', () => {
  it.each([
    ['TY  - JOUR', 6],
    ['TY - JOUR', 5],
    ['TY\t-\tJOUR', 5],
    ['ER  -', 5],
    ['TY  -JOUR', 5],
    ['A1  - Smith', 6],
  ])('reads %j as a tag line', (line, start) => expect(risValueStart(line)).toBe(start));

  it.each(['NF-kappa B/metabolism', 'AB -based prose', 'Methods: we searched', 'ty  - jour', '  AU  - indented', 'ER'])(
    'does not read %j as a tag line',
    (line) => expect(risValueStart(line)).toBe(-1),
  );
});

describe('RIS vendor flavours', () => {
  it('reads Ovid: numbered records, T1/A1/Y1/N2/JF, DOI in a URL, NL after ER, "No Specified" pages', () => {
    const { records, diagnostics } = parse(text('ovid-psycinfo.ris'));
    expect(records).toHaveLength(2);
    const [a, b] = records;
    expect(a).toMatchObject({
      type: 'article',
      title: "Living with uncertainty: a qualitative study of carers' experiences of hospital discharge",
      authors: [
        { family: 'Okafor', given: 'Adaeze N' },
        { family: 'Lindqvist', given: 'Maja' },
        { family: 'Ferreira', given: 'Joao P' },
      ],
      year: 2021,
      journal: 'Journal of Qualitative Health',
      doi: '10.1000/jqh.2021.0042',
      abstract: expect.stringContaining('Carers described discharge'),
      issn: '1234-5679',
      sourceId: '2021-12345-001',
      line: 2,
    });
    expect(a?.pages).toBeUndefined();
    expect(a?.raw.at(-1)).toEqual(['NL', 'J Qual Health']);
    expect(b).toMatchObject({ pages: '201-219', volume: '12', issue: '3', line: 26, index: 1 });
    expect(where(diagnostics)).toEqual([
      ['RIS_TAG_AFTER_ER', 'info', 21, 0],
      ['RIS_TEXT_OUTSIDE_RECORD', 'info', 23, undefined],
      ['RIS_TAG_AFTER_ER', 'info', 38, 1],
      ['RIS_TEXT_OUTSIDE_RECORD', 'info', 40, undefined],
    ]);
  });

  it('reads ProQuest: DOI URL, duplicated ISSN, partial DA date, database', () => {
    const [r] = parse(text('proquest.ris')).records;
    expect(r).toMatchObject({
      doi: '10.1080/13676261.2019.000000',
      issn: '1367-6261',
      date: '2019-06',
      pages: '745-762',
      database: 'ProQuest One Academic',
      accession: '2214991469; 51887',
      keywords: ['Help-seeking', 'Stigma', 'Adolescents'],
    });
  });

  it('reads Scopus: M3 refines the type, DOI lower-cased, accented authors, notes', () => {
    const [r] = parse(text('scopus.ris')).records;
    expect(r).toMatchObject({
      type: 'review',
      doi: '10.1111/hex.13190',
      journal: 'Health Expectations Example',
      journalAbbrev: 'Health Expect. Ex.',
      authors: [
        { family: 'García-López', given: 'María' },
        { family: 'Müller', given: 'Jürgen' },
        { family: 'Zhang', given: 'Wei' },
      ],
      notes: 'Cited By :12\nExport Date: 1 March 2022',
      database: 'Scopus',
    });
  });

  it('reads EBSCOhost: PMID in N1, JO/JF/JA journals, DP and DB', () => {
    const [r] = parse(text('ebsco-cinahl.ris')).records;
    expect(r).toMatchObject({
      pmid: '33012345',
      journal: 'Nursing in Critical Care Example',
      journalAbbrev: 'NURS CRIT CARE EX',
      date: '2021-03',
      database: 'cin20',
      place: 'Hoboken, New Jersey',
    });
  });

  it('reads Embase: multi-line N2 abstract, starred keywords, e-page, ISSN with a note', () => {
    const [r] = parse(text('embase.ris')).records;
    expect(r).toMatchObject({
      type: 'review',
      abstract: 'Background: Returning to work after cancer is a complex process.\nMethods: We searched five databases.',
      keywords: ['*cancer survivor', '*return to work', 'qualitative research'],
      pages: 'e0815',
      issn: '2325-9671',
      doi: '10.1093/occmed/kqaa000',
    });
  });

  it('reads Web of Science RIS whose AD/C3 repeats are separated by bare CR inside a line', () => {
    const { records } = parse(text('wos-bare-cr.ris'));
    const r = records[0]!;
    expect(r.raw.filter(([t]) => t === 'AD').map(([, v]) => v)).toEqual([
      'Univ Tromso, Dept Community Med, Tromso, Norway',
      'Univ Bergen, Dept Global Publ Hlth, Bergen, Norway',
    ]);
    expect(r.raw.filter(([t]) => t === 'C3')).toHaveLength(2);
    expect(r).toMatchObject({ accession: 'WOS:000450000000001', abstract: 'Rural general practitioners described isolation and autonomy.\nTwelve studies were synthesised.' });
  });

  it('reads Rayyan keyword lists continued on untagged lines', () => {
    const [r] = parse(text('rayyan-keywords.ris')).records;
    expect(r?.keywords).toEqual(['Health Facility Administration', 'Patient Safety', 'Medication Reconciliation', 'Quality Improvement']);
    expect(r?.sourceId).toBe('1');
  });

  it('reads Zotero: continued notes, ;-joined keywords, organisation authors, internal-pdf links dropped', () => {
    const [r] = parse(text('zotero-notes.ris')).records;
    expect(r).toMatchObject({
      notes: '<p>Included at full text.</p>\n<p>Second reviewer agreed.</p>',
      keywords: ['Food insecurity', 'Motherhood', 'Qualitative synthesis'],
      urls: ['https://www.sciencedirect.com/science/article/pii/S0277953622000001'],
      date: '2022-04-15',
    });
    expect(r?.authors[1]).toEqual({ family: 'World Health Organization', literal: 'World Health Organization' });
    expect(r?.raw).toContainEqual(['L1', 'internal-pdf://1234567890/Dubois-2022.pdf']);
  });

  it('reads EndNote with BOM, CRLF and leading blank lines: chapters with editors and ISBNs, theses', () => {
    const { records, diagnostics } = parse(text('endnote-bom-crlf.ris'));
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({
      type: 'chapter',
      editors: [{ family: 'Hare', given: 'R. D.' }],
      journal: 'Synthesising qualitative studies: an example handbook',
      isbn: '9780803930231',
      pages: '25-44',
      line: 3,
    });
    expect(records[1]).toMatchObject({ type: 'thesis', authors: [{ family: 'Ó Súilleabháin', given: 'Pádraig' }], line: 17 });
  });

  it('accepts TY/ER spacing variants, an empty TY and RIS dates', () => {
    const { records, diagnostics } = parse(text('spacing-variants.ris'));
    expect(records.map((r) => [r.type, r.year, r.date])).toEqual([
      ['article', 2021, '2021'],
      ['book', 2005, '2005-07-15'],
      ['other', 2019, '2019-03-04'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps every tag in raw, in order, including unknown ones', () => {
    const [r] = parse('TY  - JOUR\nTI  - T\nZZ  - custom\nXY  - other\nER  - \n').records;
    expect(r?.raw).toEqual([
      ['TY', 'JOUR'],
      ['TI', 'T'],
      ['ZZ', 'custom'],
      ['XY', 'other'],
    ]);
  });

  it('reads a record with thousands of AU lines', () => {
    const authors = Array.from({ length: 5000 }, (_, i) => `AU  - Author${i}, A.`).join('\n');
    const [r] = parse(`TY  - JOUR\n${authors}\nTI  - Consortium paper\nER  - \n`).records;
    expect(r?.authors).toHaveLength(5000);
    expect(r?.authors[4999]).toEqual({ family: 'Author4999', given: 'A.' });
  });

  it('finds DOIs hidden in UR, N1 and M3 when DO is missing', () => {
    const one = (body: string) => parse(`TY  - JOUR\n${body}\nER  - \n`).records[0]?.doi;
    expect(one('UR  - http://dx.doi.org/10.1023/A:1017379030770')).toBe('10.1023/a:1017379030770');
    expect(one('N1  - doi: 10.1063/1.4814070')).toBe('10.1063/1.4814070');
    expect(one('M3  - 10.1016/j.powtec.2012.01.008')).toBe('10.1016/j.powtec.2012.01.008');
    expect(one('N1  - Compare 10.1000/xyz123 in the appendix')).toBeUndefined();
  });

  it('takes titles, journals and types from their alternative tags', () => {
    const one = (body: string) => parse(`${body}\nER  - \n`).records[0];
    expect(one('TY  - BOOK\nBT  - A book title\nT2  - A series')).toMatchObject({ type: 'book', title: 'A book title' });
    expect(one('TY  - BOOK\nBT  - A book title')?.journal).toBeUndefined();
    expect(one('TY  - CONF\nTI  - Paper\nBT  - Proceedings of X')).toMatchObject({ type: 'conference-paper', journal: 'Proceedings of X' });
    expect(one('TY  - JOUR\nCT  - Caption title\nJA  - J Abbr')).toMatchObject({ title: 'Caption title', journalAbbrev: 'J Abbr' });
    expect(one('TY  - JOUR\nTI  - Orig\nTT  - Translated')).toMatchObject({ translatedTitle: 'Translated' });
    expect(one('TY  - ELEC\nTI  - Page')).toMatchObject({ type: 'webpage' });
    expect(one('TY  - PAT\nTI  - A patent')?.type).toBe('other');
  });

  it('reads pages from SP alone, SP with a range, and SP/EP', () => {
    const pages = (body: string) => parse(`TY  - JOUR\n${body}\nER  - \n`).records[0]?.pages;
    expect(pages('SP  - 1-5')).toBe('1-5');
    expect(pages('SP  - 123\nEP  - 9')).toBe('123-129');
    expect(pages('SP  - pp 37-64')).toBe('37-64');
    expect(pages('SP  - 044504')).toBe('044504');
  });
});

describe('RIS malformed input', () => {
  it('reports a faulty year with its line, and keeps the record', () => {
    const { records, diagnostics } = parse(text('faulty-year.ris'));
    expect(records).toHaveLength(1);
    expect(records[0]?.year).toBeUndefined();
    expect(where(diagnostics)).toEqual([['RIS_BAD_YEAR', 'warning', 3, 0]]);
  });

  it('keeps a truncated last record and says the file was cut', () => {
    const { records, diagnostics } = parse(text('truncated.ris'));
    expect(records.map((r) => r.title)).toEqual(['The first record is complete', 'The second record was cut off in the middle of the abst']);
    expect(where(diagnostics)).toEqual([['FILE_TRUNCATED', 'warning', 7, 1]]);
  });

  it('tells a missing ER at the end of a complete file from a truncation', () => {
    expect(where(parse('TY  - JOUR\nTI  - x\n').diagnostics)).toEqual([['RIS_MISSING_ER', 'warning', 1, 0]]);
  });

  it('documents banners, records without TY or ER, stray ERs and trailing text, with line numbers', () => {
    const { records, diagnostics } = parse(text('malformed.ris'));
    expect(records.map((r) => [r.title, r.type, r.line])).toEqual([
      ['A record after a banner', 'article', 4],
      ['A record that lost its TY line', 'other', 9],
      ['A record that lost its ER', 'article', 15],
      ['The record after it', 'article', 18],
    ]);
    expect(where(diagnostics)).toEqual([
      ['RIS_TEXT_OUTSIDE_RECORD', 'info', 1, undefined],
      ['RIS_MISSING_TY', 'warning', 9, 1],
      ['RIS_STRAY_ER', 'info', 14, undefined],
      ['RIS_MISSING_ER', 'warning', 15, 2],
      ['RIS_TEXT_OUTSIDE_RECORD', 'info', 23, undefined],
    ]);
    expect(diagnostics[0]?.message).toContain('3 line(s)');
  });

  it('never throws, whatever the text', () => {
    for (const t of ['', '\n\n', 'ER  - ', 'TY  -', '\uFEFF', 'TY  - JOUR\nAU  -\nPY  - ////\nSP  - \nER  -', 'A\rB\r\nC']) {
      expect(() => parse(t)).not.toThrow();
    }
  });
});
