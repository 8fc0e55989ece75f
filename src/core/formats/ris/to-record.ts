/**
 * One RIS record's raw tags → the canonical record. The tag tables are in `mapping.ts`; this file holds
 * the rules that tables cannot express (page joining, DOIs hidden in other tags, ISSN vs ISBN).
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, guessType, normalisePages, parseAuthor } from '../../records/fields.js';
import {
  all,
  classifySerials,
  findDoi,
  findPmcid,
  findPmid,
  findUrls,
  first,
  makeRecord,
  paragraphText,
  parseDate,
  squash,
  stripPagePrefix,
  unique,
  yearOf,
} from '../tagged/values.js';
import type { OpenRecord } from '../tagged/open-record.js';
import type { FieldBag } from '../tagged/values.js';
import { risFieldTags as tags, risTypeToRecord, workTypeRefinements } from './mapping.js';

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

const knownRisType = (ty: string): RecordType | undefined =>
  Object.hasOwn(risTypeToRecord, ty) ? risTypeToRecord[ty] : undefined;

function recordType(bag: FieldBag): RecordType {
  const ty = (first(bag, 'TY') ?? '').toUpperCase();
  let type: RecordType = knownRisType(ty) ?? guessType(ty) ?? 'other';
  if (type === 'article') {
    // Scopus/Embase put the document type in M3; refine a journal record only on a whole-word match.
    for (const m3 of all(bag, 'M3')) {
      const hit = workTypeRefinements.find(([re]) => re.test(m3));
      if (hit) {
        type = hit[1];
        break;
      }
    }
  }
  return type;
}

function pagesOf(bag: FieldBag): string | undefined {
  const sp = stripPagePrefix(first(bag, ...tags.startPage));
  const ep = stripPagePrefix(first(bag, ...tags.endPage));
  // Ovid writes "SP - No" / "EP - Specified" when it has no pages: a page needs a digit.
  if (!sp || !/\d/.test(sp)) return ep && /\d/.test(ep) && !sp ? normalisePages(ep) : undefined;
  if (!ep || !/\d/.test(ep) || /[-\u2010-\u2015]/.test(sp.slice(1))) return normalisePages(sp);
  return normalisePages(`${sp}-${ep}`);
}

function journalOf(bag: FieldBag, type: RecordType): string | undefined {
  // For a book, T2/BT are the series or the book itself, not a container.
  const list = type === 'book' ? (['JF', 'JO'] as const) : tags.journal;
  return squash(first(bag, ...list));
}

function abbrevOf(bag: FieldBag, journal: string | undefined): string | undefined {
  for (const tag of tags.journalAbbrev) {
    const v = squash(first(bag, tag));
    if (v && v !== journal) return v;
  }
  return undefined;
}

function titleOf(bag: FieldBag, type: RecordType): string | undefined {
  const t = first(bag, ...tags.title) ?? (type === 'book' ? first(bag, 'BT') : undefined) ?? first(bag, 'ST');
  return cleanTitle(t);
}

function notesOf(bag: FieldBag): string | undefined {
  const notes = all(bag, ...tags.notes);
  // N2 is the abstract for Ovid/EndNote; when AB holds the abstract, a different N2 is a note.
  const ab = first(bag, 'AB');
  if (ab !== undefined) for (const n2 of all(bag, 'N2')) if (n2 !== ab) notes.push(n2);
  return paragraphText(notes.join('\n'));
}

function doiOf(bag: FieldBag): string | undefined {
  const direct = findDoi(all(bag, ...tags.doi));
  if (direct) return direct;
  // N1/M1/AN carry free text: only trust a DOI there when it is labelled or a doi.org link.
  const loose = new Set(['N1', 'M1', 'AN']);
  for (const tag of tags.doiFallback) {
    for (const v of all(bag, tag)) {
      if (loose.has(tag) && !/\bdoi\b|doi\.org/i.test(v)) continue;
      const doi = findDoi([v]);
      if (doi) return doi;
    }
  }
  return undefined;
}

function pmidOf(bag: FieldBag): string | undefined {
  const labelled = findPmid(all(bag, ...tags.pmid));
  if (labelled) return labelled;
  // PubMed-derived RIS puts the PMID in AN with DB/DP naming PubMed or MEDLINE.
  const db = first(bag, ...tags.database) ?? '';
  const an = first(bag, 'AN');
  if (an && /^\d{1,9}$/.test(an) && /pubmed|medline|\bnlm\b/i.test(db)) return an;
  return undefined;
}

function pmcidOf(bag: FieldBag): string | undefined {
  return findPmcid(all(bag, ...tags.pmcid).filter((v) => /^\s*PMC\d+\s*$/.test(v) || /\bPMCID:?\s*PMC\d+/i.test(v)));
}

/**
 * Map one record. Its `markLine` is the line of its first year tag, for diagnostics; `report` receives
 * the record-level warnings.
 */
export function risToRecord(rec: OpenRecord, index: number, report: (d: Diagnostic) => void): ImportedRecord {
  const { raw, bag, line } = rec;
  const yearLine = rec.markLine;
  const type = recordType(bag);
  const ty = first(bag, 'TY');
  if (ty !== undefined && knownRisType(ty.toUpperCase()) === undefined && guessType(ty) === undefined) {
    report(
      diag('RIS_UNKNOWN_TYPE', 'info', `Unknown RIS type "${ty}"; the record is typed "${type}".`, { line, recordIndex: index }),
    );
  }
  const yearValues = tags.year.flatMap((t) => all(bag, t));
  const year = yearOf(yearValues);
  if (year === undefined && yearValues.length > 0) {
    report(
      diag('RIS_BAD_YEAR', 'warning', `No plausible year in "${yearValues[0] ?? ''}".`, {
        line: yearLine ?? line,
        recordIndex: index,
      }),
    );
  }
  let date: string | undefined;
  for (const tag of tags.date) {
    for (const v of all(bag, tag)) {
      const d = parseDate(v);
      if (d && (year === undefined || d.startsWith(String(year))) && (date === undefined || d.length > date.length)) date = d;
    }
    if (date && date.length > 4) break;
  }
  const journal = journalOf(bag, type);
  const serials = classifySerials(all(bag, ...tags.serial));
  const editors = authorsOf(all(bag, ...tags.editors));
  return makeRecord(
    {
      type,
      title: titleOf(bag, type),
      translatedTitle: cleanTitle(first(bag, ...tags.translatedTitle)),
      abstract: paragraphText(first(bag, ...tags.abstract)),
      authors: authorsOf(all(bag, ...tags.authors)),
      editors: editors.length > 0 ? editors : undefined,
      year,
      date: date ?? (year !== undefined ? String(year) : undefined),
      journal,
      journalAbbrev: abbrevOf(bag, journal),
      volume: squash(first(bag, ...tags.volume)),
      issue: squash(first(bag, ...tags.issue)),
      pages: pagesOf(bag),
      doi: doiOf(bag),
      pmid: pmidOf(bag),
      pmcid: pmcidOf(bag),
      isbn: serials.isbn,
      issn: serials.issn,
      keywords: keywordsOf(all(bag, ...tags.keywords)),
      language: squash(first(bag, ...tags.language)),
      publisher: squash(first(bag, ...tags.publisher)),
      place: squash(first(bag, ...tags.place)),
      urls: findUrls(all(bag, ...tags.urls)),
      notes: notesOf(bag),
      accession: squash(first(bag, ...tags.accession)),
      database: squash(first(bag, ...tags.database)),
    },
    { raw, index, line, sourceId: squash(first(bag, ...tags.sourceId)) },
  );
}
