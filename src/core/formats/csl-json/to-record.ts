/**
 * CSL-JSON items (Zotero, citation.js, Crossref, Pandoc, our own export) to record drafts. Values are
 * loosely typed in the wild (numbers for `volume`, arrays for `container-title` from Crossref, dates as
 * `date-parts`, `raw` or `literal`), so every read is defensive. Our exporter's `custom` object carries
 * what CSL has no field for, and is read back first.
 */
import { cleanTitle, guessType, normaliseDoi, normaliseIsbn, normalisePages, parseYear } from '../../records/fields.js';
import type { Author, RawField, RecordType } from '../../records/record.js';
import { recordTypes } from '../../records/record.js';
import type { RecordDraft } from '../csv/build-record.js';
import { findPmcid, findPmid, normaliseIssn, parseDate, splitList } from '../csv/field-values.js';

/** CSL item types → record types. */
export const cslTypes: Readonly<Record<string, RecordType>> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'preprint',
  review: 'article',
  'review-book': 'article',
  book: 'book',
  classic: 'book',
  periodical: 'book',
  chapter: 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  entry: 'chapter',
  'paper-conference': 'conference-paper',
  event: 'conference-paper',
  speech: 'conference-paper',
  thesis: 'thesis',
  report: 'report',
  regulation: 'report',
  legislation: 'report',
  standard: 'report',
  dataset: 'dataset',
  webpage: 'webpage',
  post: 'webpage',
  'post-weblog': 'webpage',
  document: 'other',
  manuscript: 'other',
  'personal_communication': 'other',
  interview: 'other',
  software: 'other',
  patent: 'other',
};

type Item = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string from a string, a number, or the first element of an array of them. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s): s is string => s !== undefined);
  const s = str(v);
  return s ? [s] : [];
}

/** One CSL name: `{family, given}` with particles, or `{literal}`. */
function name(v: unknown): Author | undefined {
  if (typeof v === 'string') return v.trim() ? { family: v.trim(), literal: v.trim() } : undefined;
  if (!isObject(v)) return undefined;
  const literal = str(v['literal']);
  if (literal) return { family: literal, literal };
  const particle = [str(v['non-dropping-particle'])].filter(Boolean).join(' ');
  const family = [particle, str(v['family'])].filter((p) => p).join(' ');
  const dropping = str(v['dropping-particle']);
  const given = [str(v['given']), dropping].filter((p) => p).join(' ');
  const suffix = str(v['suffix']);
  if (!family) return given ? { family: given } : undefined;
  const fullGiven = suffix ? (given ? `${given}, ${suffix}` : suffix) : given;
  return fullGiven ? { family, given: fullGiven } : { family };
}

const names = (v: unknown): Author[] => (Array.isArray(v) ? v.map(name).filter((a): a is Author => a !== undefined) : []);

const pad = (n: number): string => String(n).padStart(2, '0');

/** `{"date-parts": [[2021, 3, 4]]}`, `{"raw": "2021-03"}`, `{"literal": "Spring 2019"}` or a string. */
function dateOf(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return parseDate(String(v));
  if (!isObject(v)) return undefined;
  const parts = v['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const [y, m, d] = parts[0].map((p: unknown) => Number(p));
    if (y !== undefined && Number.isInteger(y)) {
      const iso = [String(y), m ? pad(m) : undefined, m && d ? pad(d) : undefined].filter((p) => p !== undefined).join('-');
      return parseDate(iso);
    }
  }
  return parseDate(str(v['raw']) ?? str(v['literal']));
}

const isRecordType = (v: string | undefined): v is RecordType => v !== undefined && (recordTypes as readonly string[]).includes(v);

/** Raw fields of an item: strings as they are, anything else as JSON, one entry per array element. */
export function rawOf(item: Item): RawField[] {
  const raw: RawField[] = [];
  for (const [key, value] of Object.entries(item)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === null || v === undefined || v === '') continue;
      raw.push([key, typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)]);
    }
  }
  return raw;
}

/** Fill a draft from one CSL item. Returns the draft and the item's `id`. */
export function cslDraft(item: Item): { draft: RecordDraft; sourceId: string | undefined } {
  const custom = isObject(item['custom']) ? item['custom'] : {};
  const cslType = str(item['type']);
  const customType = str(custom['type']);
  const type = isRecordType(customType) ? customType : cslType ? (cslTypes[cslType] ?? guessType(cslType)) : undefined;
  const date = dateOf(item['issued']);
  const note = str(item['note']);
  const keywordList = strings(custom['keywords']);
  const urls = strings(custom['urls']);
  return {
    sourceId: str(item['id']) ?? str(item['citation-key']) ?? str(item['citation_key']),
    draft: {
      type,
      title: cleanTitle(str(item['title'])),
      translatedTitle: cleanTitle(str(custom['translatedTitle']) ?? str(item['original-title'])),
      abstract: str(item['abstract']),
      authors: names(item['author']),
      editors: names(item['editor']),
      year: parseYear(date),
      date,
      journal: str(item['container-title']),
      journalAbbrev: str(item['container-title-short']) ?? str(item['journalAbbreviation']),
      volume: str(item['volume']),
      issue: str(item['issue']),
      pages: normalisePages(str(item['page'])),
      doi: normaliseDoi(str(item['DOI']) ?? str(item['doi'])),
      pmid: str(item['PMID']) ?? findPmid(note),
      pmcid: str(item['PMCID']) ?? findPmcid(note),
      isbn: normaliseIsbn(str(item['ISBN'])),
      issn: normaliseIssn(str(item['ISSN'])),
      keywords: keywordList.length > 0 ? keywordList : strings(item['keyword']).flatMap((k) => splitList(k, true)),
      language: str(item['language']),
      publisher: str(item['publisher']),
      place: str(item['publisher-place']) ?? str(item['event-place']),
      urls: urls.length > 0 ? urls : strings(item['URL']),
      notes: note,
      accession: str(custom['accession']) ?? str(item['call-number']),
      database: str(custom['database']) ?? str(item['source']),
    },
  };
}
