import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWith, parseWith } from '../plugin.js';
import type { ExportableRecord } from '../plugin.js';
import type { Author, BibRecord, ImportedRecord, RecordType } from '../../records/record.js';
import { recordTypes } from '../../records/record.js';
import { risExporter, risFormat } from './index.js';

const words = [
  'care', 'trust', 'dignity', 'loneliness', 'stigma', 'meta-ethnography', 'nursing', 'carers', 'refugees', 'qualitative',
  'Pérez', 'Müller', 'Łódź', 'São', 'Paulo', 'naïve', 'Ødegård', '東京', 'Ελληνικά', 'café', 'Ñandú', 'Żółć', 'İstanbul', 'Čapek',
];
const orgWords = ['Group', 'Collaboration', 'Consortium', 'Committee', 'Network'];

const word = fc.constantFrom(...words);
const phrase = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const person: fc.Arbitrary<Author> = fc.record({
  family: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
  given: fc.constantFrom('A.', 'J. A.', 'Maria', 'Jürgen', 'Åse', 'Li'),
});
const organisation: fc.Arbitrary<Author> = fc
  .tuple(word, fc.constantFrom(...orgWords))
  .map(([w, o]) => `${w} ${o}`)
  .map((name) => ({ family: name, literal: name }));
const author = fc.oneof({ weight: 5, arbitrary: person }, { weight: 1, arbitrary: organisation });
const paragraphs = fc.array(phrase(1, 8), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const pages = fc.oneof(
  fc.integer({ min: 1, max: 900 }).chain((s) => fc.integer({ min: s, max: s + 99 }).map((e) => (e === s ? String(s) : `${s}-${e}`))),
  digits(7, 7).map((d) => `e${d}`),
);
const date = fc
  .tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => ({ year: y, date: m === 0 ? String(y) : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }));

/** Canonical records: the shape our parsers produce (cleaned titles, bare DOIs, expanded pages…). */
const canonicalRecord: fc.Arbitrary<ExportableRecord> = fc
  .record(
    {
      id: digits(1, 6).map((d) => `rec-${d}`),
      type: fc.constantFrom<RecordType>(...recordTypes),
      title: phrase(1, 12),
      translatedTitle: phrase(1, 6),
      abstract: paragraphs,
      authors: fc.array(author, { maxLength: 6 }),
      editors: fc.array(person, { minLength: 1, maxLength: 3 }),
      when: date,
      journal: phrase(1, 5),
      journalAbbrev: phrase(1, 3).map((s) => `${s} Abbr`),
      volume: digits(1, 3),
      issue: digits(1, 2),
      pages,
      doi: fc.tuple(digits(4, 5), fc.array(fc.constantFrom('a', 'b', 'x', '1', '7', '.', '-', '/'), { minLength: 1, maxLength: 12 })).map(([p, s]) => `10.${p}/j${s.join('')}9`),
      pmid: digits(1, 8).map((d) => `1${d}`),
      pmcid: digits(3, 7).map((d) => `PMC1${d}`),
      isbn: digits(10, 10).map((d) => `978${d}`),
      issn: fc.tuple(digits(4, 4), digits(3, 3), fc.constantFrom('0', '5', 'X')).map(([a, b, c]) => `${a}-${b}${c}`),
      keywords: fc.uniqueArray(phrase(1, 3), { maxLength: 6 }),
      language: fc.constantFrom('English', 'Español', 'Deutsch', '日本語'),
      publisher: phrase(1, 4),
      place: phrase(1, 3),
      urls: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'données', 'x1').chain((w) => digits(1, 4).map((d) => `https://example.org/${w}/${d}`)), { maxLength: 3 }),
      notes: paragraphs,
      accession: digits(6, 12).map((d) => `WOS:${d}`),
      database: fc.constantFrom('Scopus', 'Web of Science', 'CINAHL Ultimate', 'PsycINFO'),
    },
    { requiredKeys: ['id', 'type', 'authors', 'keywords', 'urls'] },
  )
  .map(({ when, ...r }) => {
    const out: Record<string, unknown> = { ...r };
    if (when) Object.assign(out, when);
    // A book has no container: its T2 is a series, and our reader does not take it as the journal.
    if (r.type === 'book') delete out['journal'];
    if (Array.isArray(out['editors']) && out['editors'].length === 0) delete out['editors'];
    return out as ExportableRecord;
  });

const canonical = (r: ImportedRecord | ExportableRecord): BibRecord => {
  const { raw: _raw, index: _index, line: _line, sourceId: _sourceId, id: _id, ...rest } = r as ImportedRecord & { id?: string };
  return rest;
};

describe('risExporter', () => {
  it('writes standard tags with CRLF line ends, one record after another', () => {
    const rec: ExportableRecord = {
      id: 'r1',
      type: 'review',
      title: 'Trust in home care',
      authors: [{ family: 'Pérez', given: 'José' }, { family: 'Cochrane Collaboration', literal: 'Cochrane Collaboration' }],
      year: 2021,
      date: '2021-03-04',
      journal: 'Journal of Care',
      pages: '123-129',
      doi: '10.1000/abc',
      pmid: '123456',
      keywords: ['trust', 'care'],
      urls: ['https://example.org/a'],
      abstract: 'First line\nAB  - looks like a tag\nER',
    };
    const out = exportWith(risExporter, [rec, { ...rec, id: 'r2' }]);
    expect(out.split('\r\n').slice(0, 20)).toEqual([
      'TY  - JOUR',
      'ID  - r1',
      'TI  - Trust in home care',
      'AU  - Pérez, José',
      'AU  - Cochrane Collaboration',
      'PY  - 2021',
      'DA  - 2021/03/04',
      'T2  - Journal of Care',
      'SP  - 123',
      'EP  - 129',
      'DO  - 10.1000/abc',
      'U1  - 123456[pmid]',
      'M3  - Review',
      'KW  - trust',
      'KW  - care',
      'UR  - https://example.org/a',
      'AB  - First line',
      ' AB  - looks like a tag',
      ' ER',
      'ER  - ',
    ]);
    const back = parseWith(risFormat, out);
    expect(back.records).toHaveLength(2);
    expect(back.records[0]?.abstract).toBe(rec.abstract);
  });

  it('round-trips canonical records: parse(export(r)) equals r on every canonical field (property)', () => {
    fc.assert(
      fc.property(fc.array(canonicalRecord, { minLength: 1, maxLength: 4 }), (records) => {
        const text = exportWith(risExporter, records);
        const parsed = parseWith(risFormat, text);
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.records.map(canonical)).toEqual(records.map(canonical));
        expect(parsed.records.map((r) => r.sourceId)).toEqual(records.map((r) => r.id));
      }),
      { numRuns: 300 },
    );
  });
});
