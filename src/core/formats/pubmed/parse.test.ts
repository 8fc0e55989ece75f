import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../plugin.js';
import { pubmedFormat } from './index.js';
import { medlineTag } from './parse.js';

const text = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const parse = (t: string) => parseWith(pubmedFormat, t);

describe('medlineTag', () => {
  it.each([
    ['PMID- 31234567', 4, 6],
    ['AU  - Haddad L', 2, 6],
    ['PMID-22664238', 4, 5],
    ['TI  -This is also a title', 2, 5],
    ['SO- another line', 2, 4],
    ['ISSN - ISSN-1234-5679', 4, 7],
  ])('reads %j', (line, length, start) => expect(medlineTag(line)).toEqual({ length, start }));

  it.each(['NF-kappa B/metabolism', '      continuation', 'SO  invalid line', 'pmid- 1'])('rejects %j', (line) =>
    expect(medlineTag(line)).toBeUndefined(),
  );
});

describe('PubMed / MEDLINE', () => {
  it('reads a PubMed record: FAU over AU, wrapped title and abstract, [doi] LID, PG expansion, PMC, MeSH', () => {
    const { records, diagnostics } = parse(text('pubmed.nbib'));
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({
      type: 'review',
      pmid: '31234567',
      pmcid: 'PMC6851234',
      title: 'Experiences of refugees accessing primary care: a systematic review and meta-ethnography',
      abstract: "BACKGROUND: Refugees face barriers to primary care. METHODS: We followed Noblit and Hare's seven phases. RESULTS: Twenty studies were included.",
      authors: [
        { family: 'Haddad', given: 'Layla' },
        { family: 'Søndergaard', given: 'Mette' },
        { family: 'Refugee Health Collaboration', literal: 'Refugee Health Collaboration' },
      ],
      year: 2019,
      date: '2019-11-14',
      journal: 'BMC public health',
      journalAbbrev: 'BMC Public Health',
      volume: '19',
      issue: '1',
      pages: '1523-1529',
      doi: '10.1186/s12889-019-0000-0',
      issn: '1471-2458',
      keywords: ['Humans', '*Refugees/psychology', 'meta-ethnography', 'primary care'],
      language: 'eng',
      place: 'England',
      database: 'PubMed',
      line: 1,
      index: 0,
    });
    expect(records[0]?.raw.find(([t]) => t === 'TI')?.[1]).toBe('Experiences of refugees accessing primary care: a systematic review and meta-ethnography.');
  });

  it('types errata from PT and reads season dates', () => {
    const r = parse(text('pubmed.nbib')).records[1];
    expect(r).toMatchObject({ type: 'erratum', date: '2020-03', year: 2020, line: 41, index: 1 });
  });

  it('reads ERIC .nbib without PMID: comma names in AU, DOI URL in AID, ISSN tag, OID accession', () => {
    const { records } = parse(text('eric.nbib'));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      type: 'article',
      authors: [
        { family: 'Moreau', given: 'Élise' },
        { family: 'Kaplan', given: 'Daniel' },
      ],
      doi: '10.1000/jeer.2018.12.2.45',
      issn: '1234-5679',
      accession: 'EJ1181234',
      database: 'ERIC',
      urls: ['http://eric.ed.gov/?id=EJ1181234'],
      keywords: ['Inclusion', 'Teacher Attitudes'],
      line: 2,
    });
    expect(records[0]?.pmid).toBeUndefined();
  });

  it('uses AU when there is no FAU, and books use BTI', () => {
    const [a] = parse('PMID- 1\nAU  - Long V\nAU  - Marland H\nBTI - A Handbook\nPT  - Book\n').records;
    expect(a).toMatchObject({ type: 'book', title: 'A Handbook', authors: [{ family: 'Long', given: 'V.' }, { family: 'Marland', given: 'H.' }] });
  });

  it('skips text between records and untagged lines with warnings, and starts a new record at a second PMID', () => {
    const { records, diagnostics } = parse('\nPMID- 1\nSO  invalid line\nTI  - First\nPMID- 2\nTI  - Second\n\nThis line is not MEDLINE.\n\nPMC - PMC123456\nTI-\nDP  - 2013 06 10\n');
    expect(records.map((r) => [r.pmid, r.title, r.line])).toEqual([
      ['1', 'First', 2],
      ['2', 'Second', 5],
      [undefined, undefined, 10],
    ]);
    expect(records[2]).toMatchObject({ pmcid: 'PMC123456', date: '2013-06-10' });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['PUBMED_UNTAGGED_LINE', 3],
      ['PUBMED_TEXT_OUTSIDE_RECORD', 8],
    ]);
  });

  it('warns about a publication date without a year', () => {
    expect(parse('PMID- 1\nDP  - unknown\n').diagnostics.map((d) => [d.code, d.line])).toEqual([['PUBMED_BAD_YEAR', 2]]);
  });
});
