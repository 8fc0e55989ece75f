/**
 * fast-check arbitraries of canonical records, for property tests across the codebase (round trips of
 * importers and exporters, dedup invariants…). Values are realistic rather than random noise: names
 * with particles, accents and suffixes, organisations, titles with quotes, commas, braces, LaTeX
 * specials and line breaks, identifiers in their canonical form.
 *
 * `canonicalView` gives the form importers normalise to (whitespace collapsed, title without its
 * final full stop, a year-only date dropped), so that `canonicalView(parse(export(r)))` can be
 * compared with `canonicalView(r)`.
 */
import fc from 'fast-check';
import { cleanText, cleanTitle } from '../records/fields.js';
import type { Author, BibRecord } from '../records/record.js';
import { recordTypes } from '../records/record.js';
import type { ExportableRecord } from '../formats/plugin.js';

const words = [
  'Living', 'with', 'chronic', 'pain', 'a', 'qualitative', 'meta-ethnography', 'of', 'women’s', "patients'",
  'experiences', 'Pérez', 'Müller', 'naïve', 'São', 'Paulo', 'Łódź', 'Øresund', 'Straße', 'Ångström', 'café',
  '"lived', 'body"', 'care,', 'and', 'the', 'in', '{braces}', 'A&E', '50%', '$10', '#1', 'C++', 'e-health',
  'x_y', '~approx', 'x^2', 'back\\slash', '—', '–', '«dignity»', '“home”', '(HIV)', '[review]', 'vs.', 'a--b',
  "it''s", '`quoted', '@home', 'COVID-19:', 'older', 'adults', 'dementia', 'caregivers', 'stigma', 'nurses;',
  'trust:', '&amp;', 'résumé', 'Zürich', '東京', 'Ελλάδα',
];

const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ' ', ' ', '\n', '  ')), { minLength: min, maxLength: max })
    .map((parts) => parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''));

/** A title; sometimes starting with a spreadsheet formula character or ending in a full stop. */
export const arbTitle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '', '', '=', '-', '+', '@'), text(2, 14), fc.constantFrom('', '', '.', '?'))
  .map(([pre, body, end]) => pre + body + end);

const families = [
  'Pérez', 'Smith', 'van der Berg', 'de la Cruz', "O'Brien", 'Müller-Lüdenscheidt', 'Nguyen', 'Kowalczyk',
  'Ødegaard', 'Zhang', 'da Silva', 'McDonald', 'Al-Hassan', 'Ñúñez', 'Björk', 'Dubois',
];
const givens = ['José', 'Anna-Lena', 'J. A.', 'Mary Ann', 'W. C., Jr.', 'Ingrid', 'Li', 'K.', 'François', 'Aoife'];
const organisations = [
  'World Health Organization',
  'Cochrane Pain, Palliative and Supportive Care Group',
  'NICE Guideline Development Group',
  'The EPPI-Centre',
  'Johnson & Johnson Consortium',
];

/** A person (family and given names) or, now and then, an organisation kept literal. */
export const arbAuthor: fc.Arbitrary<Author> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ family: fc.constantFrom(...families), given: fc.constantFrom(...givens) }) },
  { weight: 1, arbitrary: fc.constantFrom('Plato', 'Aristotle', 'Avicenna').map((family): Author => ({ family })) },
  { weight: 1, arbitrary: fc.constantFrom(...organisations).map((o): Author => ({ family: o, literal: o })) },
);

const journals = [
  'Qualitative Health Research',
  'Sociology of Health & Illness',
  'BMJ Open',
  'Revista Latino-Americana de Enfermagem',
  'Zeitschrift für Gerontologie und Geriatrie',
  'Journal of Advanced Nursing',
];
const keywords = [
  'meta-ethnography', 'qualitative research', 'Aged, 80 and over', 'chronic pain', 'stigma (social)', 'nursing',
  'COVID-19', 'dignity', 'Humans', 'Women’s health', 'lived experience', 'e-health',
];

const arbDate = fc
  .tuple(fc.integer({ min: 1950, max: 2025 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => ({
    year: y,
    date: m === 0 ? undefined : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  }));

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));

const arbDoi = fc
  .tuple(digits(4, 5), fc.constantFrom('journal.pone.', 'j.socscimed.', 's12913-', 'qhr.', '1049-7323.'), digits(3, 7))
  .map(([reg, stem, n]) => `10.${reg}/${stem}${n}`);

const arbPages = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 40 })).map(([s, n]) => `${s}-${s + n + 1}`),
  digits(7, 7).map((d) => `e0${d}`),
  fc.integer({ min: 1, max: 90 }).map((s) => `S${s}-S${s + 4}`),
);

const arbIsbn = digits(9, 9).map((d) => {
  const body = `978${d}`;
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
});

const arbIssn = fc.tuple(digits(4, 4), digits(3, 3), fc.constantFrom('0', '5', '9', 'X')).map(([a, b, c]) => `${a}-${b}${c}`);

const arbUrl = fc
  .tuple(fc.constantFrom('https://www.example.org/article/', 'https://journals.example.com/view?id=', 'http://hdl.handle.net/10.', 'https://osf.io/'), digits(3, 8))
  .map(([base, n]) => base + n);

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

/** A canonical record as importers would produce it (identifiers normalised). */
export const arbBibRecord: fc.Arbitrary<BibRecord> = fc
  .record({
    type: fc.constantFrom(...recordTypes),
    title: optional(arbTitle),
    translatedTitle: optional(text(2, 8)),
    abstract: optional(text(5, 60)),
    authors: fc.array(arbAuthor, { maxLength: 6 }),
    editors: optional(fc.array(arbAuthor, { minLength: 1, maxLength: 2 })),
    when: optional(arbDate),
    journal: optional(fc.constantFrom(...journals)),
    journalAbbrev: optional(fc.constantFrom('Qual Health Res', 'BMJ Open', 'J Adv Nurs')),
    volume: optional(fc.integer({ min: 1, max: 120 }).map(String)),
    issue: optional(fc.constantFrom('1', '2', '3-4', 'Suppl 1', '12')),
    pages: optional(arbPages),
    doi: optional(arbDoi),
    pmid: optional(digits(6, 8).map((d) => String(Number(`1${d}`)))),
    pmcid: optional(digits(6, 7).map((d) => `PMC${d}`)),
    isbn: optional(arbIsbn),
    issn: optional(arbIssn),
    keywords: fc.uniqueArray(fc.constantFrom(...keywords), { maxLength: 5, selector: (k) => k.toLowerCase() }),
    language: optional(fc.constantFrom('English', 'eng', 'Português', 'Deutsch')),
    publisher: optional(fc.constantFrom('SAGE Publications', 'Elsevier', 'Wiley & Sons', 'Springer Nature')),
    place: optional(fc.constantFrom('London', 'Thousand Oaks, CA', 'São Paulo')),
    urls: fc.uniqueArray(arbUrl, { maxLength: 3 }),
    notes: optional(text(1, 10)),
    accession: optional(fc.oneof(digits(15, 15).map((d) => `WOS:${d}`), digits(11, 11).map((d) => `2-s2.0-${d}`))),
    database: optional(fc.constantFrom('Scopus', 'Web of Science Core Collection', 'MEDLINE', 'CINAHL')),
  })
  .map(({ when, editors, ...r }): BibRecord => ({ ...r, ...(when ?? {}), ...(editors ? { editors } : {}) }));

/** Ids as the store makes them, plus a few awkward ones (spaces, underscores, accents). */
export const arbRecordId: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `rec-${n}`),
  fc.constantFrom('a b', 'a_b', 'Pérez2019', 'x,y', '{key}', '%20'),
);

/** Exportable records with unique ids. */
export const arbExportableRecords = (maxLength = 5): fc.Arbitrary<ExportableRecord[]> =>
  fc
    .uniqueArray(fc.tuple(arbRecordId, arbBibRecord), { maxLength, selector: ([id]) => id })
    .map((pairs) => pairs.map(([id, r]): ExportableRecord => ({ ...r, id })));

const cleanAuthor = (a: Author): Author => {
  const family = cleanText(a.family) ?? '';
  const given = cleanText(a.given);
  const literal = cleanText(a.literal);
  return { family, ...(given ? { given } : {}), ...(literal ? { literal } : {}) };
};

/**
 * The comparable content of a record: the fields an importer normalises, normalised the same way,
 * keys with no value left out, and `date` dropped when it only repeats `year`.
 */
export function canonicalView(r: BibRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    type: r.type,
    title: cleanTitle(r.title),
    translatedTitle: cleanTitle(r.translatedTitle),
    abstract: cleanText(r.abstract),
    authors: r.authors.map(cleanAuthor),
    editors: r.editors && r.editors.length > 0 ? r.editors.map(cleanAuthor) : undefined,
    year: r.year,
    date: r.date !== undefined && r.date !== String(r.year) ? r.date : undefined,
    journal: cleanText(r.journal),
    journalAbbrev: cleanText(r.journalAbbrev),
    volume: cleanText(r.volume),
    issue: cleanText(r.issue),
    pages: cleanText(r.pages),
    doi: r.doi,
    pmid: r.pmid,
    pmcid: r.pmcid,
    isbn: r.isbn,
    issn: r.issn,
    keywords: r.keywords.map((k) => cleanText(k)).filter((k) => k !== undefined),
    language: cleanText(r.language),
    publisher: cleanText(r.publisher),
    place: cleanText(r.place),
    urls: [...r.urls],
    notes: cleanText(r.notes),
    accession: r.accession,
    database: cleanText(r.database),
  };
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined));
}

/** Cut points for streaming tests: sorted distinct offsets into a text of `length` characters. */
export const arbCuts = (length: number, maxCuts = 12): fc.Arbitrary<number[]> =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: Math.max(0, length) }), { maxLength: maxCuts })
    .map((cuts) => [...cuts].sort((a, b) => a - b));

/** `text` cut at `cuts` into consecutive chunks (some possibly empty). */
export function chunksOf(text: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}
