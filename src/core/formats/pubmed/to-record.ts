/**
 * One MEDLINE record's raw tags → the canonical record. Tables are in `mapping.ts`; this holds the
 * rules they cannot express (FAU/AU pairing, `[doi]` article identifiers, publication-type priority).
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, normaliseDoi, normalisePages, parseAuthor } from '../../records/fields.js';
import type { OpenRecord } from '../tagged/open-record.js';
import type { FieldBag } from '../tagged/values.js';
import {
  all,
  extractIsbn,
  extractIssn,
  findPmcid,
  findUrls,
  first,
  makeRecord,
  paragraphText,
  parseDate,
  squash,
  unique,
  yearOf,
} from '../tagged/values.js';
import { owners, publicationTypes, pubmedFieldTags as tags } from './mapping.js';

export const pubmedDiagnosticCodes = {
  PUBMED_TEXT_OUTSIDE_RECORD: 'Lines that are neither MEDLINE tags nor continuation lines appeared between records and were skipped.',
  PUBMED_UNTAGGED_LINE: 'A line inside a record had no tag and no indentation; it was skipped.',
  PUBMED_BAD_YEAR: 'The publication date (`DP`) holds no plausible year; the record has no year.',
} as const;

/** Authors in file order: each `FAU` with its `AU` as one person, a lone `AU` or `CN` as itself. */
function authorsOf(rec: OpenRecord, full: string, short: string): Author[] {
  const out: Author[] = [];
  let pairedFull = false;
  for (const [tag, value] of rec.raw) {
    if (tag === full || (tag === short && !pairedFull)) {
      const a = parseAuthor(value);
      if (a) out.push(a);
      pairedFull = tag === full;
      continue;
    }
    if (tag === short) pairedFull = false;
    else if (tag === 'CN' && full === 'FAU') {
      const name = squash(value);
      if (name) out.push({ family: name, literal: name });
    }
  }
  return out;
}

function recordType(bag: FieldBag): RecordType {
  const types = all(bag, ...tags.types);
  for (const [re, type] of publicationTypes) if (types.some((t) => re.test(t))) return type;
  if (bag.has('BTI')) return bag.has('TI') ? 'chapter' : 'book';
  return bag.has('JT') || bag.has('TA') ? 'article' : 'other';
}

/** The DOI among `LID`/`AID` values: a `[doi]` label first, then any DOI-looking value that is not a PII. */
function doiOf(bag: FieldBag): string | undefined {
  const ids = all(bag, ...tags.articleIds);
  for (const v of ids) if (/\[doi\]\s*$/i.test(v)) return normaliseDoi(v.replace(/\[doi\]\s*$/i, ''));
  for (const v of ids) if (!/\[(pii|pmc|pmcid|bookaccession)\]/i.test(v)) {
    const doi = normaliseDoi(v);
    if (doi) return doi;
  }
  return undefined;
}

function issnOf(bag: FieldBag): string | undefined {
  for (const v of all(bag, ...tags.issn)) {
    const issn = extractIssn(v);
    if (issn) return issn;
  }
  return undefined;
}

function keywordsOf(bag: FieldBag): string[] {
  return unique(all(bag, ...tags.keywords).map((k) => k.trim()));
}

export function pubmedToRecord(rec: OpenRecord, index: number, report: (d: Diagnostic) => void): ImportedRecord {
  const { bag, raw, line } = rec;
  const type = recordType(bag);
  const dates = all(bag, ...tags.date);
  const dp = first(bag, 'DP');
  const year = yearOf([dp]) ?? yearOf(dates);
  if (dp !== undefined && yearOf([dp]) === undefined) {
    report(diag('PUBMED_BAD_YEAR', 'warning', `No plausible year in DP "${dp}".`, { line: rec.markLine ?? line, recordIndex: index }));
  }
  let date = parseDate(dp);
  if (date === undefined || (year !== undefined && !date.startsWith(String(year)))) date = year !== undefined ? String(year) : undefined;
  const fullTitle = first(bag, 'TI');
  const bookTitle = first(bag, 'BTI');
  const hasFull = bag.has('FAU');
  const authors = authorsOf(rec, hasFull ? 'FAU' : 'AU', hasFull ? 'AU' : 'FAU');
  const editors = authorsOf(rec, bag.has('FED') ? 'FED' : 'ED', bag.has('FED') ? 'ED' : 'FED');
  const journal = squash(first(bag, 'JT', 'TA')) ?? (fullTitle !== undefined ? squash(bookTitle) : undefined);
  const abbrev = squash(first(bag, ...tags.journalAbbrev));
  const owner = first(bag, ...tags.owner)?.toUpperCase();
  return makeRecord(
    {
      type,
      title: cleanTitle(fullTitle ?? bookTitle),
      translatedTitle: cleanTitle(first(bag, ...tags.translatedTitle)),
      abstract: paragraphText(all(bag, ...tags.abstract).join('\n')),
      authors,
      editors: editors.length > 0 ? editors : undefined,
      year,
      date,
      journal,
      journalAbbrev: abbrev !== journal ? abbrev : undefined,
      volume: squash(first(bag, ...tags.volume)),
      issue: squash(first(bag, ...tags.issue)),
      pages: normalisePages(first(bag, ...tags.pages)),
      doi: doiOf(bag),
      pmid: first(bag, ...tags.pmid)?.match(/\d+/)?.[0],
      pmcid: findPmcid(all(bag, ...tags.pmcid)),
      isbn: extractIsbn(first(bag, ...tags.isbn)),
      issn: issnOf(bag),
      keywords: keywordsOf(bag),
      language: squash(first(bag, ...tags.language)),
      publisher: squash(first(bag, ...tags.publisher)),
      place: squash(first(bag, ...tags.place)),
      urls: findUrls(all(bag, ...tags.articleIds)).filter((u) => normaliseDoi(u) === undefined),
      notes: paragraphText(all(bag, ...tags.notes).join('\n')),
      accession: squash(first(bag, ...tags.accession)),
      database: owner !== undefined ? (owners[owner] ?? owner) : bag.has('PMID') ? 'PubMed' : undefined,
    },
    { raw, index, line },
  );
}
