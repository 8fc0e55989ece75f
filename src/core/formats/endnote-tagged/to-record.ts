/**
 * One EndNote tagged / Refer record's raw tags → the canonical record.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, guessType, normaliseDoi, normalisePages, parseAuthor } from '../../records/fields.js';
import type { OpenRecord } from '../tagged/open-record.js';
import type { FieldBag } from '../tagged/values.js';
import {
  all,
  classifySerials,
  findUrls,
  first,
  makeRecord,
  paragraphText,
  parseDate,
  squash,
  unique,
  yearOf,
} from '../tagged/values.js';
import { endnoteFieldTags as tags, endnoteTypes } from './mapping.js';

export const endnoteDiagnosticCodes = {
  ENW_MISSING_TYPE: 'A record has no `%0` reference type; it was typed from its fields or as `other`.',
  ENW_TEXT_OUTSIDE_RECORD: 'Lines outside any record (no `%` tag before them) were skipped.',
  ENW_BAD_YEAR: 'The year tag (`%D`) holds no plausible year; the record has no year.',
} as const;

function authorsOf(values: readonly string[]): Author[] {
  const out: Author[] = [];
  for (const value of values) {
    for (const part of value.includes('\n') ? value.split('\n') : [value]) {
      const a = parseAuthor(part);
      if (a) out.push(a);
    }
  }
  return out;
}

function recordType(bag: FieldBag): RecordType {
  const t = (first(bag, ...tags.type) ?? '').toLowerCase().replace(/\s+/g, ' ');
  let type: RecordType = Object.hasOwn(endnoteTypes, t) ? (endnoteTypes[t] ?? 'other') : (guessType(t) ?? 'other');
  if (t === '') {
    // No %0: judge from the fields. A %B with a volume or issue is a journal (AIS writes journals in %B).
    const serial = bag.has('%V') || bag.has('%N');
    type = bag.has('%J') || (bag.has('%B') && serial) ? 'article' : bag.has('%B') ? 'chapter' : bag.has('%I') ? 'book' : 'other';
  }
  // "%9 Ph.D." on a Thesis, "%9 Review" on an article: the work type refines.
  const work = first(bag, ...tags.workType);
  if (type === 'article' && work && /^(review|systematic review|erratum|letter|editorial)$/i.test(work)) type = guessType(work) ?? type;
  return type;
}

function keywordsOf(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const k of v.split(/\s*[;\n]\s*/)) {
      const t = k.trim();
      if (t !== '') out.push(t);
    }
  }
  return unique(out);
}

function doiOf(bag: FieldBag): string | undefined {
  for (const tag of tags.doi) {
    for (const v of all(bag, tag)) {
      // Only %R is a DOI field; elsewhere the DOI must be labelled or a doi.org link.
      if (tag !== '%R' && !/\bdoi\b|doi\.org/i.test(v)) continue;
      const doi = normaliseDoi(v);
      if (doi) return doi;
    }
  }
  return undefined;
}

export function endnoteToRecord(rec: OpenRecord, index: number, report: (d: Diagnostic) => void): ImportedRecord {
  const { bag, raw, line } = rec;
  if (!bag.has('%0')) {
    report(diag('ENW_MISSING_TYPE', 'warning', 'Record without a %0 reference type.', { line, recordIndex: index }));
  }
  const type = recordType(bag);
  const d = first(bag, ...tags.year);
  const year = yearOf([d, ...all(bag, '%8')]);
  if (d !== undefined && yearOf([d]) === undefined && year === undefined) {
    report(diag('ENW_BAD_YEAR', 'warning', `No plausible year in %D "${d}".`, { line: rec.markLine ?? line, recordIndex: index }));
  }
  let date: string | undefined;
  for (const v of all(bag, ...tags.date)) {
    const p = parseDate(v);
    if (p && (year === undefined || p.startsWith(String(year))) && (date === undefined || p.length > date.length)) date = p;
  }
  const journal = type === 'book' ? undefined : squash(first(bag, ...tags.journal));
  const serials = classifySerials(all(bag, ...tags.serial));
  const editors = authorsOf(all(bag, ...tags.editors));
  return makeRecord(
    {
      type,
      title: cleanTitle(first(bag, ...tags.title) ?? first(bag, ...tags.shortTitle)),
      translatedTitle: cleanTitle(first(bag, ...tags.translatedTitle)),
      abstract: paragraphText(first(bag, ...tags.abstract)),
      authors: authorsOf(all(bag, ...tags.authors)),
      editors: editors.length > 0 ? editors : undefined,
      year,
      date: date ?? (year !== undefined ? String(year) : undefined),
      journal,
      volume: squash(first(bag, ...tags.volume)),
      issue: squash(first(bag, ...tags.issue)),
      pages: /\d/.test(first(bag, ...tags.pages) ?? '') ? normalisePages(first(bag, ...tags.pages)) : undefined,
      doi: doiOf(bag),
      isbn: serials.isbn,
      issn: serials.issn,
      keywords: keywordsOf(all(bag, ...tags.keywords)),
      language: squash(first(bag, ...tags.language)),
      publisher: squash(first(bag, ...tags.publisher)),
      place: squash(first(bag, ...tags.place)),
      urls: findUrls(all(bag, ...tags.urls)),
      notes: paragraphText(all(bag, ...tags.notes).join('\n')),
      accession: squash(first(bag, ...tags.accession)),
      database: squash(first(bag, ...tags.database)),
    },
    { raw, index, line, sourceId: squash(first(bag, ...tags.sourceId)) },
  );
}
