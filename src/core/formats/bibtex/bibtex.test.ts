import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCuts, chunksOf } from '../../test-support/arbitraries.js';
import type { ParseResult } from '../plugin.js';
import { parseWith } from '../plugin.js';
import { bibtexFormat } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/structured/${name}`, import.meta.url), 'utf8');
const parse = (text: string): ParseResult => parseWith(bibtexFormat, text);

function parseChunked(text: string, cuts: readonly number[]): Omit<ParseResult, 'format'> {
  const p = bibtexFormat.createParser();
  const records = chunksOf(text, cuts).flatMap((c) => p.push(c));
  records.push(...p.end());
  return { records, diagnostics: p.diagnostics };
}

describe('BibTeX import of a Web of Science export', () => {
  const { records, diagnostics } = parse('\uFEFF' + fixture('wos-savedrecs.bib'));

  it('reads every entry with its key, line and no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.line, r.index])).toEqual([
      ['WOS:000712345600012', 3, 0],
      ['WOS:000698765400033', 31, 1],
    ]);
  });

  it('unwraps double braces and decodes leaked HTML entities', () => {
    const r = records[0]!;
    expect(r.title).toBe("Dignity & identity in long-term care: a meta-ethnography of residents' accounts");
    expect(r.journal).toBe('QUALITATIVE HEALTH RESEARCH');
    expect(r.journalAbbrev).toBe('Qual. Health Res.');
  });

  it('maps the WoS fields', () => {
    const r = records[0]!;
    expect(r).toMatchObject({
      type: 'review',
      year: 2021,
      date: '2021-12-03',
      volume: '31',
      issue: '14',
      pages: '2631-2645',
      doi: '10.1177/10497323211012345',
      issn: '1049-7323',
      language: 'English',
      publisher: 'SAGE PUBLICATIONS INC',
      accession: 'WOS:000712345600012',
    });
    expect(r.authors).toEqual([
      { family: 'Pérez', given: 'Lucía' },
      { family: "O'Neill", given: 'Siobhan M.' },
      { family: 'van der Berg', given: 'Anna' },
    ]);
    expect(r.keywords).toEqual([
      'dignity',
      'long-term care',
      'meta-ethnography',
      'qualitative synthesis',
      'NURSING-HOMES',
      'OLDER-PEOPLE',
      'EXPERIENCES',
    ]);
    expect(r.abstract).toMatch(/^Background: Dignity is a central value in long-term care\. We synthesised 24/);
  });

  it('reads a proceedings paper: booktitle, editors, ISBN and an escaped underscore in the DOI', () => {
    const r = records[1]!;
    expect(r.type).toBe('conference-paper');
    expect(r.journal).toBe('PROCEEDINGS OF THE 9TH EVIDENCE SYNTHESIS CONFERENCE');
    expect(r.editors).toEqual([
      { family: 'Lindqvist', given: 'M.' },
      { family: 'Brandt', given: 'J.' },
    ]);
    expect(r.isbn).toBe('9783161484100');
    expect(r.doi).toBe('10.1007/978-3-16-148410-0_12');
  });

  it('keeps every source field in order in raw, the entry type first', () => {
    const raw = records[0]!.raw;
    expect(raw[0]).toEqual(['@type', 'article']);
    expect(raw.map(([tag]) => tag)).toEqual([
      '@type', 'Author', 'Book-Group-Author', 'Title', 'Journal', 'Year', 'Volume', 'Number', 'Pages', 'Month', 'Abstract',
      'Publisher', 'Address', 'Type', 'Language', 'DOI', 'ISSN', 'EISSN', 'Keywords', 'Keywords-Plus', 'Journal-ISO',
      'Unique-ID', 'DA',
    ]);
    expect(raw.find(([t]) => t === 'Book-Group-Author')?.[1]).toBe('Care Home Study Group');
  });
});

describe('BibTeX import with LaTeX, macros and comments', () => {
  const { records, diagnostics } = parse(fixture('latex-zotero.bib'));
  const [perez, nguyen, ahmed, who] = records;

  it('skips @string, @preamble and @comment but uses the macros', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.sourceId)).toEqual(['perez_dignity_2019', 'nguyen2020screening', 'ahmed2018', 'who2021']);
    expect(perez?.journal).toBe('Qualitative Health Research');
    expect(perez?.date).toBe('2019-03');
  });

  it('decodes accents, special letters, quotes, dashes and case-protecting braces', () => {
    expect(perez?.title).toBe('Living with HIV in São Paulo: A qualitative study of “everyday” stigma');
    expect(perez?.abstract).toBe(
      'Stigma shapes care—and silence shapes stigma. We interviewed 31 women in São Paulo about disclosure, and report three themes.',
    );
    expect(perez?.authors).toEqual([
      { family: 'Pérez', given: 'José María' },
      { family: 'Müller', given: 'Jörg' },
      { family: 'Groß', given: 'Anna-Lena' },
      { family: 'World Health Organization', literal: 'World Health Organization' },
      { family: 'de la Cruz', given: 'Ana' },
      { family: 'Ødegård', given: 'Kari' },
    ]);
    expect(nguyen?.title).toBe('Active learning for title–abstract screening: A 10% workload & 95% recall');
  });

  it('maps identifiers, keywords and pages', () => {
    expect(perez).toMatchObject({ doi: '10.1177/1049732319841234', pmid: '30912345', pages: '1015-1027', issue: '7', volume: '29', language: 'en' });
    expect(perez?.urls).toEqual(['https://example.org/articles/perez_2019']);
    expect(perez?.keywords).toEqual(['HIV', 'qualitative research', 'stigma', 'Brazil']);
  });

  it('reads suffixes, editors, BibLaTeX dates and publisher details', () => {
    expect(nguyen?.authors).toEqual([
      { family: 'Nguyen', given: 'Thi Lan' },
      { family: 'Smith', given: 'John, Jr.' },
    ]);
    expect(nguyen).toMatchObject({
      type: 'conference-paper',
      journal: 'Proceedings of the Evidence Synthesis Conference',
      date: '2020-09-14',
      year: 2020,
      publisher: 'Springer',
      place: 'Cham',
      isbn: '9783030123456',
    });
    expect(nguyen?.editors).toHaveLength(2);
  });

  it('maps entry types and their fields (thesis school, misc with a URL in howpublished)', () => {
    expect(ahmed).toMatchObject({ type: 'thesis', year: 2018, publisher: 'University of Edinburgh' });
    expect(ahmed?.urls).toEqual(['http://hdl.handle.net/1842/12345']);
    expect(who).toMatchObject({ type: 'other', pmid: '34567890', year: 2021 });
    expect(who?.authors).toEqual([{ family: 'World Health Organization', literal: 'World Health Organization' }]);
    expect(who?.urls).toEqual(['https://www.example.int/publications/self-care']);
  });
});

describe('BibTeX syntax errors', () => {
  const { records, diagnostics } = parse(fixture('broken.bib'));

  it('reads the rest of the file after a broken entry', () => {
    expect(records.map((r) => r.sourceId)).toEqual(['good1', 'missingEquals', 'unbalanced', 'afterBroken', 'extraBrace']);
    expect(records.find((r) => r.sourceId === 'afterBroken')?.title).toBe('The entry after a broken one is still read');
  });

  it('reports each problem with its line', () => {
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['BIBTEX_SYNTAX', 'warning', 9],
      ['BIBTEX_UNTERMINATED_ENTRY', 'warning', 16],
      ['BIBTEX_UNDEFINED_MACRO', 'warning', 19],
      ['BIBTEX_SYNTAX', 'warning', 27],
      ['BIBTEX_SYNTAX', 'warning', 27],
      ['BIBTEX_STRAY_FIELDS', 'warning', 27],
    ]);
  });

  it('skips only the malformed field', () => {
    const r = records.find((x) => x.sourceId === 'missingEquals');
    expect(r?.title).toBeUndefined();
    expect(r).toMatchObject({ journal: 'Health Expectations', year: 2019 });
  });

  it('recovers an entry with unbalanced braces field by field', () => {
    const r = records.find((x) => x.sourceId === 'unbalanced');
    expect(r).toMatchObject({ title: 'Braces never close here', year: 2020 });
    expect(r?.authors).toEqual([{ family: 'Park', given: 'Seo-yeon' }]);
  });

  it('gives fields stranded by an extra closing brace back to their entry', () => {
    expect(records.find((x) => x.sourceId === 'extraBrace')).toMatchObject({ title: 'Closed too', year: 2022 });
  });

  it('keeps an undefined macro name as text', () => {
    expect(records.find((x) => x.sourceId === 'afterBroken')?.journal).toBe('jnurs');
  });

  it('makes an entry whose value never closes, with no line layout to recover, an error', () => {
    const { records: recs, diagnostics: diags } = parse('@article{a, title = {x}}\n@article{b, title = {never {closed, year = 2000}');
    expect(recs.map((r) => r.sourceId)).toEqual(['a']);
    expect(diags).toEqual([expect.objectContaining({ code: 'BIBTEX_UNREADABLE_ENTRY', severity: 'error', line: 2 })]);
  });
});

describe('BibTeX details', () => {
  it('handles CR, CRLF and LF line ends alike', () => {
    const lf = '@article{k1,\n  title = {One},\n  year = {2001}\n}\n\n@book{k2,\n  title = {Two}\n}\n';
    const expected = parse(lf).records.map((r) => [r.sourceId, r.line, r.title]);
    expect(expected).toEqual([
      ['k1', 1, 'One'],
      ['k2', 6, 'Two'],
    ]);
    expect(parse(lf.replace(/\n/g, '\r\n')).records.map((r) => [r.sourceId, r.line, r.title])).toEqual(expected);
    expect(parse(lf.replace(/\n/g, '\r')).records.map((r) => [r.sourceId, r.line, r.title])).toEqual(expected);
  });

  it('reads parenthesised entries, quoted values, # concatenation and entries with no key', () => {
    const { records } = parse('@string(pre = "Journal of ")\n@article(, title = "A " # {"quoted"} # " title", journal = pre # {Nursing}, year = 1999)');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title: 'A "quoted" title', journal: 'Journal of Nursing', year: 1999 });
    expect(records[0]?.sourceId).toBeUndefined();
  });

  it('decodes math, Greek letters and super/subscripts', () => {
    const { records } = parse('@article{m, title = {$\\beta$-blockers and $^{13}$C in H$_2$O: $p<0.05$, {\\textit{in vivo}}}}');
    expect(records[0]?.title).toBe('β-blockers and ¹³C in H₂O: p<0.05, in vivo');
  });

  it('keeps unknown commands as written rather than losing text', () => {
    const { records } = parse('@misc{u, title = {The \\foo{bar} effect}}');
    expect(records[0]?.title).toBe('The \\foo{bar} effect');
  });

  it('marks arXiv misc entries as preprints and WoS review types as reviews', () => {
    const { records } = parse('@misc{a, title = {P}, eprint = {2101.00001}, archiveprefix = {arXiv}}\n@article{b, title = {R}, type = {Review; Early Access}}');
    expect(records.map((r) => r.type)).toEqual(['preprint', 'review']);
  });
});

describe('BibTeX streaming', () => {
  const text = [fixture('wos-savedrecs.bib'), fixture('latex-zotero.bib'), fixture('broken.bib')].join('\r\n');
  const whole = parse(text);

  it('gives the same records and diagnostics whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(arbCuts(text.length, 25), (cuts) => {
        const chunked = parseChunked(text, cuts);
        expect(chunked.records).toEqual(whole.records);
        expect(chunked.diagnostics).toEqual(whole.diagnostics);
      }),
      { numRuns: 200 },
    );
  });

  it('survives one character per chunk', () => {
    expect(parseChunked(text, Array.from({ length: text.length }, (_, i) => i)).records).toEqual(whole.records);
  });
});

describe('BibTeX detection', () => {
  it('recognises BibTeX and rejects other formats', () => {
    expect(bibtexFormat.detect(fixture('latex-zotero.bib'))).toBeGreaterThanOrEqual(0.9);
    expect(bibtexFormat.detect('\uFEFF\n@article{ WOS:1,\nAuthor = {A, B},\n}')).toBeGreaterThanOrEqual(0.9);
    expect(bibtexFormat.detect('TY  - JOUR\nTI  - A title\nER  - \n')).toBe(0);
    expect(bibtexFormat.detect('id,title\n1,"mail me @ home"\n')).toBe(0);
  });
});
