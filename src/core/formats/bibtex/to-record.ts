/**
 * BibTeX/BibLaTeX fields to a record draft. Field names are case-insensitive; vendors add their own
 * (`Unique-ID` and `Keywords-Plus` from Web of Science, `document_type` and `source` from Scopus,
 * `pmid`, `eprint` with `eprinttype = {pubmed}`).
 */
import { cleanTitle, guessType, normaliseDoi, normalisePages, parseYear } from '../../records/fields.js';
import type { RecordType } from '../../records/record.js';
import type { RecordDraft } from '../csv/build-record.js';
import { classifySerial, findPmid, normaliseIssn, parseDate, splitList } from '../csv/field-values.js';
import { decodeLatex, decodeVerbatim } from './latex.js';
import { parseBibtexNames } from './names.js';

/** Entry type (lower-case) → record type. */
export const bibtexEntryTypes: Readonly<Record<string, RecordType>> = {
  article: 'article',
  periodical: 'book',
  book: 'book',
  mvbook: 'book',
  booklet: 'book',
  collection: 'book',
  mvcollection: 'book',
  proceedings: 'book',
  mvproceedings: 'book',
  reference: 'book',
  mvreference: 'book',
  inbook: 'chapter',
  incollection: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  suppcollection: 'chapter',
  inreference: 'chapter',
  inproceedings: 'conference-paper',
  conference: 'conference-paper',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  manual: 'report',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  webpage: 'webpage',
  dataset: 'dataset',
  data: 'dataset',
  preprint: 'preprint',
  unpublished: 'other',
  misc: 'other',
  software: 'other',
  patent: 'other',
  standard: 'other',
};

/** Entry types whose `type`-like field may say something more precise (Review, Editorial, Preprint…). */
const refinable = new Set<RecordType>(['article', 'other', 'webpage', 'conference-paper']);

/** Fields read verbatim (no LaTeX decoding): identifiers and locations. */
const verbatimFields = new Set(['url', 'doi', 'eprint', 'file', 'pdf', 'link', 'biburl', 'urldate', 'pmid', 'pmcid', 'isbn', 'issn']);

type Fields = ReadonlyMap<string, string>;

/** Collect fields by lower-case name, first occurrence wins (every occurrence stays in raw). */
export function fieldMap(fields: readonly (readonly [string, string])[]): Fields {
  const map = new Map<string, string>();
  for (const [name, value] of fields) {
    const k = name.toLowerCase();
    if (!map.has(k) && value.trim() !== '') map.set(k, value);
  }
  return map;
}

type FieldText = (...names: string[]) => string | undefined;

/** The first present field of `names`, decoded (LaTeX, or verbatim for identifiers). */
function reader(fields: Fields): FieldText {
  const value: FieldText = (...names) => {
    for (const n of names) {
      const v = fields.get(n);
      if (v === undefined) continue;
      const decoded = verbatimFields.has(n) ? decodeVerbatim(v) : decodeLatex(v);
      if (decoded !== '') return decoded;
    }
    return undefined;
  };
  return value;
}

function recordType(entryType: string, text: FieldText): RecordType {
  const base = bibtexEntryTypes[entryType.toLowerCase()] ?? guessType(entryType) ?? 'other';
  if (!refinable.has(base)) return base;
  const eprintType = text('eprinttype', 'archiveprefix')?.toLowerCase();
  if ((base === 'other' || base === 'webpage') && eprintType && /arxiv|biorxiv|medrxiv|psyarxiv|ssrn|preprint/.test(eprintType)) return 'preprint';
  const declared = text('type', 'document_type', 'documenttype', 'pubtype', 'publication-type', 'entrysubtype');
  const refined = declared ? guessType(declared.split(/[;,]/)[0]) : undefined;
  // A WoS `@inproceedings` says `Proceedings Paper`; only a meeting abstract refines it.
  if (base === 'conference-paper') return refined === 'conference-abstract' ? refined : base;
  return refined ?? base;
}

function dateOf(text: FieldText, year: number | undefined): string | undefined {
  const date = parseDate(text('date'));
  if (date) return date;
  if (year === undefined) return undefined;
  const month = text('month');
  // A year alone is `year`; a date is only worth keeping when it says more.
  if (!month) return undefined;
  return parseDate(`${month} ${text('day') ?? ''} ${year}`.replace(/\s+/g, ' ').trim(), year);
}

const urlsIn = (value: string | undefined): string[] =>
  value ? value.split(/\s+/).filter((u) => /^(?:https?|ftp):\/\//i.test(u)) : [];

/** Fill a draft from one entry's type and fields. */
export function bibtexDraft(entryType: string, fields: Fields): RecordDraft {
  const text = reader(fields);
  const type = recordType(entryType, text);
  const year = parseYear(text('year')) ?? parseYear(text('date'));
  const eprintType = text('eprinttype', 'archiveprefix')?.toLowerCase();
  const eprint = text('eprint');
  const url = text('url');
  const howpublished = fields.get('howpublished');
  const urls = [...urlsIn(url), ...urlsIn(text('link')), ...urlsIn(howpublished ? decodeVerbatim(howpublished) : undefined)];
  const pmid = text('pmid', 'pubmedid', 'pubmed', 'pubmed_id', 'colrev.pubmed.pubmedid') ?? (eprintType === 'pubmed' ? eprint : undefined) ?? findPmid(text('note'));
  const serial = classifySerial(text('isbn'));
  const keywordFields = ['keywords', 'keyword', 'author_keywords', 'author-keywords', 'keywords-plus', 'mesh'];
  return {
    type,
    title: cleanTitle(text('title')),
    translatedTitle: cleanTitle(text('translatedtitle', 'title-translation', 'transtitle')),
    abstract: text('abstract'),
    authors: parseBibtexNames(fields.get('author')),
    editors: parseBibtexNames(fields.get('editor')),
    year,
    date: dateOf(text, year),
    journal: text('journal', 'journaltitle', 'booktitle', 'journalfull'),
    journalAbbrev: text('shortjournal', 'journal-iso', 'journal-abbreviation', 'journalabbrev', 'journal_abbrev', 'iso-source-abbreviation'),
    volume: text('volume'),
    issue: text('issue') ?? (type === 'report' || type === 'book' || type === 'thesis' ? undefined : text('number')),
    pages: normalisePages(text('pages', 'eid', 'article-number', 'art_number', 'articleno')),
    doi: normaliseDoi(text('doi')) ?? urls.map((u) => (/doi\.org\//i.test(u) ? normaliseDoi(u) : undefined)).find((d) => d),
    pmid: pmid && /^\d+$/.test(pmid) ? pmid : undefined,
    pmcid: text('pmcid', 'pmc'),
    // EndNote-derived files (and JabRef's conversions of them) put a journal's ISSN in `isbn`.
    isbn: serial.isbn,
    issn: normaliseIssn(text('issn', 'eissn', 'issn-linking')) ?? serial.issn,
    keywords: keywordFields.flatMap((k) => splitList(text(k), true)),
    language: text('language', 'langid'),
    publisher: text('publisher', 'school', 'institution', 'organization'),
    place: text('address', 'location'),
    urls,
    notes: text('note'),
    accession: text('unique-id', 'accession-number', 'accession', 'an'),
    database: text('source', 'database'),
  };
}
