import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCuts, chunksOf } from '../../test-support/arbitraries.js';
import type { ParseResult } from '../plugin.js';
import { parseWith } from '../plugin.js';
import { endnoteXmlFormat } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/structured/${name}`, import.meta.url), 'utf8');
const parse = (text: string): ParseResult => parseWith(endnoteXmlFormat, text);

function parseChunked(text: string, cuts: readonly number[]): Omit<ParseResult, 'format'> {
  const p = endnoteXmlFormat.createParser();
  const records = chunksOf(text, cuts).flatMap((c) => p.push(c));
  records.push(...p.end());
  return { records, diagnostics: p.diagnostics };
}

describe('EndNote XML from EndNote 20 (style runs, one line)', () => {
  const { records, diagnostics } = parse(fixture('endnote20-styled.xml'));
  const [article, chapter] = records;

  it('reads each record with its rec-number as the source id', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.index, r.line])).toEqual([
      ['101', 0, 1],
      ['102', 1, 1],
    ]);
  });

  it('joins style runs and decodes entities', () => {
    expect(article?.title).toBe('Dignity & identity in long-term care: a meta-ethnography');
    expect(article?.abstract).toBe('BACKGROUND: Dignity is a central value. METHODS: We synthesised 24 studies. RESULTS: Three constructs emerged.');
  });

  it('maps the bibliographic fields', () => {
    expect(article).toMatchObject({
      type: 'review',
      journal: 'Qualitative Health Research',
      journalAbbrev: 'Qual Health Res',
      volume: '31',
      issue: '14',
      pages: '2631-2645',
      year: 2021,
      date: '2021-12-03',
      doi: '10.1177/10497323211012345',
      issn: '1049-7323',
      pmid: '34012345',
      pmcid: 'PMC8123456',
      accession: '34012345',
      database: 'Medline',
      language: 'eng',
    });
    expect(article?.authors).toEqual([
      { family: 'Pérez', given: 'L.' },
      { family: "O'Neill", given: 'S. M.' },
      { family: 'Care Home Study Group', literal: 'Care Home Study Group' },
    ]);
    expect(article?.keywords).toEqual(['dignity', 'long-term care', 'meta-ethnography']);
    expect(article?.urls).toEqual(['https://pubmed.ncbi.nlm.nih.gov/34012345/']);
  });

  it('keeps every element (label, caption, attributes, the PDF link) in raw, in order', () => {
    const raw = article?.raw ?? [];
    expect(raw.slice(0, 4)).toEqual([
      ['database@name', 'Dignity review.enl'],
      ['database@path', 'C:\\Users\\reviewer\\Documents\\Dignity review.enl'],
      ['database', 'Dignity review.enl'],
      ['source-app@name', 'EndNote'],
    ]);
    expect(raw).toContainEqual(['ref-type@name', 'Journal Article']);
    expect(raw).toContainEqual(['ref-type', '17']);
    expect(raw).toContainEqual(['label', 'Included']);
    expect(raw).toContainEqual(['caption', 'Duplicate']);
    expect(raw).toContainEqual(['urls/pdf-urls/url', 'internal-pdf://0123456789/Perez-2021.pdf']);
    expect(raw).toContainEqual(['isbn', '1049-7323 (Print)\n1552-7557 (Linking)']);
  });

  it('reads a book section: editors, container, publisher and ISBN', () => {
    expect(chapter).toMatchObject({
      type: 'chapter',
      journal: 'Handbook of Qualitative Evidence Synthesis',
      publisher: 'Routledge',
      place: 'London',
      isbn: '9781138123456',
      pages: '45-67',
    });
    expect(chapter?.editors).toEqual([{ family: 'Brandt', given: 'Johanna' }]);
  });
});

describe('EndNote XML from Mendeley (no style runs)', () => {
  const { records, diagnostics } = parse(fixture('mendeley-oneline.xml'));

  it('takes the type from the name when the number is 0, the PMID from accession-num', () => {
    expect(diagnostics).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ type: 'article', pmid: '33212345', issue: '2', title: 'Screening prioritisation in qualitative evidence synthesis' });
    expect(records[0]?.abstract).toBe('We compared ranking models on 12 reviews <n = 23,416 records>.');
    expect(records[0]?.sourceId).toBeUndefined();
  });

  it('normalises a DOI given as a URL', () => {
    expect(records[1]).toMatchObject({ doi: '10.1186/s12874-020-01234-5', pages: 'e0206969' });
  });
});

describe('EndNote XML errors', () => {
  const text = fixture('endnote-malformed.xml');
  const { records, diagnostics } = parse(text);

  it('skips a malformed record, reads the others, and reports a file cut inside a record', () => {
    expect(records.map((r) => [r.sourceId, r.title, r.line])).toEqual([
      ['1', 'A well-formed record', 4],
      ['3', 'Also fine', 17],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['ENDNOTE_XML_MALFORMED_RECORD', 'error', 14],
      ['FILE_TRUNCATED', 'error', 23],
    ]);
  });

  it('reads CRLF and CR files with the same lines', () => {
    const crlf = parse(text.replace(/\n/g, '\r\n'));
    const cr = parse(text.replace(/\n/g, '\r'));
    expect(crlf.records).toEqual(records);
    expect(cr.records).toEqual(records);
    expect(cr.diagnostics).toEqual(diagnostics);
  });
});

describe('EndNote XML streaming', () => {
  const text = fixture('endnote20-styled.xml') + fixture('mendeley-oneline.xml').replace(/^<\?xml[^>]*\?>/, '') + fixture('endnote-malformed.xml');
  const whole = parse(text);

  it('gives the same records and diagnostics whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(arbCuts(text.length, 30), (cuts) => {
        const chunked = parseChunked(text, cuts);
        expect(chunked.records).toEqual(whole.records);
        expect(chunked.diagnostics).toEqual(whole.diagnostics);
      }),
      { numRuns: 150 },
    );
  });
});

describe('EndNote XML detection', () => {
  it('recognises the three variants and nothing else', () => {
    expect(endnoteXmlFormat.detect(fixture('endnote20-styled.xml'))).toBeGreaterThanOrEqual(0.9);
    expect(endnoteXmlFormat.detect(fixture('mendeley-oneline.xml'))).toBeGreaterThanOrEqual(0.9);
    expect(endnoteXmlFormat.detect('<?xml version="1.0"?><PubmedArticleSet><PubmedArticle/></PubmedArticleSet>')).toBe(0);
    expect(endnoteXmlFormat.detect('@article{a, title={<record>}}')).toBe(0);
  });
});
