/**
 * One Web of Science record's raw tags → the canonical record.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, normalisePages, parseAuthor } from '../../records/fields.js';
import type { OpenRecord } from '../tagged/open-record.js';
import type { FieldBag } from '../tagged/values.js';
import {
  all,
  extractIsbn,
  extractIssn,
  findDoi,
  findUrls,
  first,
  firstTag,
  makeRecord,
  paragraphText,
  parseDate,
  squash,
  unique,
  yearOf,
} from '../tagged/values.js';
import { databasePrefixes, documentTypes, publicationTypes, wosFieldTags as tags } from './mapping.js';

export const wosDiagnosticCodes = {
  WOS_MISSING_HEADER: 'The file does not start with the `FN`/`VR` header; it was read anyway.',
  WOS_MISSING_ER: 'A record was not closed by `ER`; it ends where the next record or the file starts/ends.',
  WOS_MISSING_EF: 'The file does not end with `EF`: it may have been cut short after its last complete record.',
  WOS_DUPLICATE_TAG: 'A tag appears twice in one record (WoS writes each tag once); both values were kept.',
  WOS_TEXT_OUTSIDE_RECORD: 'Lines outside any record were skipped.',
  WOS_UNTAGGED_LINE: 'A line inside a record had no tag and no indentation; it was skipped.',
  WOS_BAD_YEAR: 'The year tag (`PY`) holds no plausible year; the record has no year.',
} as const;

/** `Stillman, Andrew N. (andrew.stillman@uconn.edu)` → the name alone; `;`-joined lists split. */
function authorsOf(values: readonly string[]): Author[] {
  const out: Author[] = [];
  for (const value of values) {
    for (const part of value.includes(';') ? value.split(';') : [value]) {
      const a = parseAuthor(part.replace(/\([^)]*@[^)]*\)/g, ''));
      if (a) out.push(a);
    }
  }
  return out;
}

function recordType(bag: FieldBag): RecordType {
  const dt = all(bag, ...tags.documentType).join('; ');
  for (const [re, type] of documentTypes) if (re.test(dt)) return type;
  const pt = (first(bag, ...tags.publicationType) ?? '').toUpperCase();
  return Object.hasOwn(publicationTypes, pt) ? (publicationTypes[pt] ?? 'other') : 'other';
}

function pagesOf(bag: FieldBag): string | undefined {
  const bp = first(bag, ...tags.startPage);
  const ep = first(bag, ...tags.endPage);
  if (bp) return normalisePages(ep && ep !== bp ? `${bp}-${ep}` : bp);
  return normalisePages(first(bag, ...tags.articleNumber, ...tags.pageString));
}

function keywordsOf(bag: FieldBag): string[] {
  const out: string[] = [];
  for (const v of all(bag, ...tags.keywords)) {
    for (const k of v.split(';')) {
      const t = k.replace(/\s+/g, ' ').trim();
      if (t !== '') out.push(t);
    }
  }
  return unique(out);
}

function dateOf(bag: FieldBag, year: number | undefined): string | undefined {
  const pd = first(bag, ...tags.date);
  if (pd === undefined) return year !== undefined ? String(year) : undefined;
  // "PD MAY" or "PD AUG 15" carry no year: PY supplies it.
  const d = parseDate(/\b\d{4}\b/.test(pd) || year === undefined ? pd : `${pd} ${year}`);
  return d !== undefined && (year === undefined || d.startsWith(String(year))) ? d : year !== undefined ? String(year) : undefined;
}

function databaseOf(accession: string | undefined): string | undefined {
  if (!accession) return undefined;
  const prefix = /^([A-Z]+):/.exec(accession)?.[1];
  if (prefix === undefined) return 'Web of Science';
  return Object.hasOwn(databasePrefixes, prefix) ? databasePrefixes[prefix] : prefix;
}

export function wosToRecord(rec: OpenRecord, index: number, report: (d: Diagnostic) => void): ImportedRecord {
  const { bag, raw, line } = rec;
  const py = first(bag, ...tags.year);
  const year = yearOf([py]);
  if (py !== undefined && year === undefined) {
    report(diag('WOS_BAD_YEAR', 'warning', `No plausible year in PY "${py}".`, { line: rec.markLine ?? line, recordIndex: index }));
  }
  const authorTag = firstTag(bag, ...tags.authors);
  const authors = authorTag ? authorsOf(all(bag, authorTag)) : [];
  for (const group of all(bag, ...tags.groupAuthors)) {
    const name = squash(group);
    if (name) authors.push({ family: name, literal: name });
  }
  const editors = authorsOf(all(bag, ...tags.editors));
  const type = recordType(bag);
  const title = cleanTitle(first(bag, ...tags.title));
  const source = squash(first(bag, ...tags.journal));
  // For a book SO repeats the book's own title: it is a container only for chapters and articles.
  const journal = type === 'book' && (source === undefined || source.toLowerCase() === title?.toLowerCase()) ? undefined : source;
  const abbrev = squash(first(bag, ...tags.journalAbbrev));
  const accession = squash(first(bag, ...tags.accession));
  let issn: string | undefined;
  for (const v of all(bag, 'SN', 'EI')) {
    issn = extractIssn(v);
    if (issn) break;
  }
  return makeRecord(
    {
      type,
      title,
      abstract: paragraphText(first(bag, ...tags.abstract)),
      authors,
      editors: editors.length > 0 ? editors : undefined,
      year,
      date: dateOf(bag, year),
      journal,
      journalAbbrev: abbrev !== journal ? abbrev : undefined,
      volume: squash(first(bag, ...tags.volume)),
      issue: squash(first(bag, ...tags.issue)),
      pages: pagesOf(bag),
      doi: findDoi(all(bag, ...tags.doi)),
      pmid: first(bag, ...tags.pmid)?.match(/\d+/)?.[0],
      isbn: extractIsbn(first(bag, ...tags.isbn)),
      issn,
      keywords: keywordsOf(bag),
      language: squash(first(bag, ...tags.language)),
      publisher: squash(first(bag, ...tags.publisher)),
      place: squash(first(bag, ...tags.place)),
      urls: findUrls(all(bag, ...tags.urls)),
      accession,
      database: databaseOf(accession),
    },
    { raw, index, line },
  );
}
