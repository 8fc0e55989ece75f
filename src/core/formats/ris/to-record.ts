/**
 * One RIS record's raw tags → the canonical record. The tag tables are in `mapping.ts`; this file holds
 * the rules that tables cannot express (page joining, DOIs hidden in other tags, ISSN vs ISBN).
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, guessType, normalisePages, parseAuthor } from '../../records/fields.js';
import type { RawField } from '../../records/record.js';
import {
  classifySerials,
  findDoi,
  findPmcid,
  findPmid,
  findUrls,
  makeRecord,
  paragraphText,
  parseDate,
  squash,
  stripPagePrefix,
  unique,
  yearOf,
} from '../tagged/values.js';
import { FieldIndex, slotsOf, type Slots } from './field-index.js';
import { risFieldTags, risTypeToRecord, workTypeRefinements } from './mapping.js';

export const risDiagnosticCodes = {
  RIS_MISSING_ER: 'A record was not closed by `ER  -`; it ends where the next `TY` or the file starts/ends.',
  RIS_MISSING_TY: 'Tags appeared outside a record (no `TY  -` before them); they were read as a record of type `other`.',
  RIS_TAG_AFTER_ER: 'A tag followed `ER  -` directly (Ovid writes `NL` there); it was kept with the record it follows.',
  RIS_TEXT_OUTSIDE_RECORD: 'Lines outside any record (database banners, Ovid links) were skipped.',
  RIS_STRAY_ER: 'An `ER  -` closed no record and was ignored.',
  RIS_REPEATED_TY: 'A record has several `TY` lines before any other tag; the first one gives its type.',
  RIS_UNKNOWN_TYPE: 'The `TY` value is not a RIS reference type; the record type was guessed or set to `other`.',
  RIS_BAD_YEAR: 'The year tag (`PY`, `Y1` or `DA`) holds no plausible year; the record has no year.',
} as const;

/** The tag lists of `mapping.ts` as slots, and the single tags the rules below read. */
const tags = Object.fromEntries(Object.entries(risFieldTags).map(([field, list]) => [field, slotsOf(list)])) as Record<keyof typeof risFieldTags, Slots>;
const [TY, M3, BT, ST, AB, N2, AN] = ['TY', 'M3', 'BT', 'ST', 'AB', 'N2', 'AN'].map((t) => slotsOf([t])) as [Slots, Slots, Slots, Slots, Slots, Slots, Slots];
const bookJournal = slotsOf(['JF', 'JO']);
/** Lists read one tag at a time. */
const each = (list: Slots): Slots[] => list.map((slot) => [slot]);
const dateTags = each(tags.date);
const abbrevTags = each(tags.journalAbbrev);
/** N1/M1/AN carry free text: a DOI there counts only when it is labelled or a doi.org link. */
const looseDoiSlots = new Set(slotsOf(['N1', 'M1', 'AN']));
const doiFallbackTags = each(tags.doiFallback);

/** Split name lists that some exporters put in one tag (`AU  - Smith, J; Jones, K`). */
function authorsOf(values: readonly string[]): Author[] {
  const out: Author[] = [];
  for (const value of values) {
    if (!value.includes(';') && !value.includes('\n')) {
      const a = parseAuthor(value);
      if (a) out.push(a);
      continue;
    }
    for (const part of value.split(/\s*[;\n]\s*/)) {
      const a = parseAuthor(part);
      if (a) out.push(a);
    }
  }
  return out;
}

/** Keywords: one per tag line, per continuation line (Rayyan) or `;`-joined in one line. */
function keywordsOf(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (!value.includes(';') && !value.includes('\n')) {
      if (value !== '') out.push(value);
      continue;
    }
    for (const part of value.split(/\s*[;\n]\s*/)) {
      const k = part.trim();
      if (k !== '') out.push(k);
    }
  }
  return unique(out);
}

/** The RIS types as a Map: a lookup with a string read from the file, not an object property lookup. */
const risTypes = new Map(Object.entries(risTypeToRecord));

function recordType(f: FieldIndex, ty: string): RecordType {
  let type: RecordType = risTypes.get(ty) ?? guessType(ty) ?? 'other';
  if (type === 'article') {
    // Scopus/Embase put the document type in M3; refine a journal record only on a whole-word match.
    for (const m3 of f.all(M3)) {
      const hit = workTypeRefinements.find(([re]) => re.test(m3));
      if (hit) {
        type = hit[1];
        break;
      }
    }
  }
  return type;
}

function pagesOf(f: FieldIndex): string | undefined {
  const sp = stripPagePrefix(f.first(tags.startPage));
  const ep = stripPagePrefix(f.first(tags.endPage));
  // Ovid writes "SP - No" / "EP - Specified" when it has no pages: a page needs a digit.
  if (!sp || !/\d/.test(sp)) return ep && /\d/.test(ep) && !sp ? normalisePages(ep) : undefined;
  if (!ep || !/\d/.test(ep) || /[-\u2010-\u2015]/.test(sp.slice(1))) return normalisePages(sp);
  return normalisePages(`${sp}-${ep}`);
}

function journalOf(f: FieldIndex, type: RecordType): string | undefined {
  // For a book, T2/BT are the series or the book itself, not a container.
  return squash(f.first(type === 'book' ? bookJournal : tags.journal));
}

function abbrevOf(f: FieldIndex, journal: string | undefined): string | undefined {
  for (const tag of abbrevTags) {
    const v = squash(f.first(tag));
    if (v && v !== journal) return v;
  }
  return undefined;
}

function titleOf(f: FieldIndex, type: RecordType): string | undefined {
  const t = f.first(tags.title) ?? (type === 'book' ? f.first(BT) : undefined) ?? f.first(ST);
  return cleanTitle(t);
}

function notesOf(f: FieldIndex): string | undefined {
  const notes = [...f.all(tags.notes)];
  // N2 is the abstract for Ovid/EndNote; when AB holds the abstract, a different N2 is a note.
  const ab = f.first(AB);
  if (ab !== undefined) for (const n2 of f.all(N2)) if (n2 !== ab) notes.push(n2);
  return notes.length === 0 ? undefined : paragraphText(notes.join('\n'));
}

function doiOf(f: FieldIndex): string | undefined {
  const direct = findDoi(f.all(tags.doi));
  if (direct) return direct;
  for (const tag of doiFallbackTags) {
    const loose = looseDoiSlots.has(tag[0]!);
    for (const v of f.all(tag)) {
      if (loose && !/\bdoi\b|doi\.org/i.test(v)) continue;
      const doi = findDoi([v]);
      if (doi) return doi;
    }
  }
  return undefined;
}

function pmidOf(f: FieldIndex): string | undefined {
  const labelled = findPmid(f.all(tags.pmid));
  if (labelled) return labelled;
  // PubMed-derived RIS puts the PMID in AN with DB/DP naming PubMed or MEDLINE.
  const an = f.first(AN);
  if (an && /^\d{1,9}$/.test(an) && /pubmed|medline|\bnlm\b/i.test(f.first(tags.database) ?? '')) return an;
  return undefined;
}

function pmcidOf(f: FieldIndex): string | undefined {
  return findPmcid(f.all(tags.pmcid).filter((v) => /^\s*PMC\d+\s*$/.test(v) || /\bPMCID:?\s*PMC\d+/i.test(v)));
}

/** The record being read: its raw fields in file order, its first line, and the line of its first year tag. */
export type RisOpenRecord = Readonly<{ raw: readonly RawField[]; line: number; markLine: number | undefined }>;

/**
 * Map one record. Its `markLine` is the line of its first year tag, for diagnostics; `report` receives
 * the record-level warnings. A parser passes its own `fields` index, reused from record to record.
 */
export function risToRecord(rec: RisOpenRecord, index: number, report: (d: Diagnostic) => void, fields: FieldIndex = new FieldIndex()): ImportedRecord {
  const { raw, line } = rec;
  const f = fields.index(raw);
  const yearLine = rec.markLine;
  const ty = f.first(TY);
  const tyUpper = ty === undefined ? '' : ty.toUpperCase();
  const type = recordType(f, tyUpper);
  if (ty !== undefined && !risTypes.has(tyUpper) && guessType(ty) === undefined) {
    report(
      diag('RIS_UNKNOWN_TYPE', 'info', `Unknown RIS type "${ty}"; the record is typed "${type}".`, { line, recordIndex: index }),
    );
  }
  const yearValues = f.all(tags.year);
  const year = yearOf(yearValues);
  if (year === undefined && yearValues.length > 0) {
    report(
      diag('RIS_BAD_YEAR', 'warning', `No plausible year in "${yearValues[0] ?? ''}".`, {
        line: yearLine ?? line,
        recordIndex: index,
      }),
    );
  }
  const yearText = year === undefined ? undefined : String(year);
  let date: string | undefined;
  for (const tag of dateTags) {
    for (const v of f.all(tag)) {
      const d = parseDate(v);
      if (d && (yearText === undefined || d.startsWith(yearText)) && (date === undefined || d.length > date.length)) date = d;
    }
    if (date && date.length > 4) break;
  }
  const journal = journalOf(f, type);
  const serials = classifySerials(f.all(tags.serial));
  const editors = authorsOf(f.all(tags.editors));
  return makeRecord(
    {
      type,
      title: titleOf(f, type),
      translatedTitle: cleanTitle(f.first(tags.translatedTitle)),
      abstract: paragraphText(f.first(tags.abstract)),
      authors: authorsOf(f.all(tags.authors)),
      editors: editors.length > 0 ? editors : undefined,
      year,
      date: date ?? yearText,
      journal,
      journalAbbrev: abbrevOf(f, journal),
      volume: squash(f.first(tags.volume)),
      issue: squash(f.first(tags.issue)),
      pages: pagesOf(f),
      doi: doiOf(f),
      pmid: pmidOf(f),
      pmcid: pmcidOf(f),
      isbn: serials.isbn,
      issn: serials.issn,
      keywords: keywordsOf(f.all(tags.keywords)),
      language: squash(f.first(tags.language)),
      publisher: squash(f.first(tags.publisher)),
      place: squash(f.first(tags.place)),
      urls: findUrls(f.all(tags.urls)),
      notes: notesOf(f),
      accession: squash(f.first(tags.accession)),
      database: squash(f.first(tags.database)),
    },
    { raw, index, line, sourceId: squash(f.first(tags.sourceId)) },
  );
}
