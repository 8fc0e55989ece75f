/**
 * One Ovid labelled record → the canonical record. Ovid folds journal, volume, issue, pages and date
 * into one `Source` string, which is taken apart here.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Author, ImportedRecord, RecordType } from '../../records/record.js';
import { cleanTitle, guessType, normaliseDoi, normalisePages, parseAuthor } from '../../records/fields.js';
import type { OpenRecord } from '../tagged/open-record.js';
import type { FieldBag } from '../tagged/values.js';
import {
  all,
  classifySerials,
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
import { ovidFieldLabels as labels, postNominals } from './mapping.js';

export const ovidDiagnosticCodes = {
  OVID_TEXT_OUTSIDE_RECORD: 'Lines before the first numbered record (`<1>`) were skipped.',
  OVID_VALUE_WITHOUT_LABEL: 'An indented value appeared before any field label in a record; it was skipped.',
} as const;

/** `Verbeek, Jan MD *` → `Verbeek, Jan`; `FAAN 1` → nothing (a post-nominal split off by `;`). */
function cleanName(part: string): string {
  let v = part.replace(/\s+(?:\d+(?:\s*,\s*\d+)*|[*+\u2020\u2021\u00a7#]+)\s*$/u, '').trim();
  for (;;) {
    const m = /[,\s]+([A-Za-z]{2,8})\.?$/.exec(v);
    if (!m?.[1] || !postNominals.has(m[1].toLowerCase().replace(/\./g, ''))) break;
    v = v.slice(0, m.index).trim();
  }
  // "Okeke, Chinedu." → "Okeke, Chinedu"; initials keep their full stops ("Smith, J. A.").
  if (/\p{Ll}{2}\.$/u.test(v)) v = v.slice(0, -1);
  return postNominals.has(v.toLowerCase().replace(/\./g, '')) ? '' : v;
}

/** People in the author field; those marked `[Ed]` are editors. */
function peopleOf(values: readonly string[]): { authors: Author[]; editors: Author[] } {
  const authors: Author[] = [];
  const editors: Author[] = [];
  for (const value of values) {
    // MEDLINE's "Authors Full Name" ends each name with a full stop instead of using semicolons.
    const parts = value.includes(';') ? value.split(/\s*[;\n]\s*/) : value.split(/\n|\.\s+(?=[\p{L}'’ -]+,\s)/u);
    for (const part of parts) {
      const editor = /\s*[[(]eds?\.?[\])]\s*$/i.exec(part);
      const a = parseAuthor(cleanName(editor ? part.slice(0, editor.index) : part));
      if (a) (editor ? editors : authors).push(a);
    }
  }
  return { authors, editors };
}

type Source = { journal?: string; volume?: string; issue?: string; pages?: string; date?: string };

/**
 * `Ecohydrology.   8(6):1048-1064, September 2015.` and PsycINFO's
 * `Very Long Title. Vol 28(2) April 2015, 103-106.`; anything else gives the text before the first
 * full stop as the journal.
 */
export function parseSource(source: string | undefined): Source {
  if (!source) return {};
  const s = source.replace(/\s+/g, ' ').trim();
  const journals = /^(.+?)\.\s+(\d+)(?:\(([^)]+)\))?:\s*([^,]+?),\s*(.+?)\.?$/.exec(s);
  if (journals) {
    const [, journal, volume, issue, pages, date] = journals;
    return { journal, volume, issue, pages, date };
  }
  const psyc = /^(.+?)\.\s+Vol\s+(\w+)\(([^)]+)\)\s+(.*?\d{4}),\s*(.+?)\.?$/.exec(s);
  if (psyc) {
    const [, journal, volume, issue, date, pages] = psyc;
    return { journal, volume, issue, pages, date };
  }
  if (/^\(|^[^.]*\(\d{4}\)/.test(s)) return {};
  const journal = /^(.+?)\.(?:\s|$)/.exec(s)?.[1] ?? s;
  return { journal };
}

function recordType(bag: FieldBag, source: Source): RecordType {
  const dt = all(bag, ...labels.documentType).join('; ');
  const guess = guessType(dt.replace(/pdf only/gi, ''));
  if (guess) return guess;
  return source.journal ? 'article' : 'other';
}

function keywordsOf(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const k of v.split(/\s*[;\n]\s*/)) {
      const t = k.replace(/\.$/, '').trim();
      if (t !== '') out.push(t);
    }
  }
  return unique(out);
}

export function ovidToRecord(rec: OpenRecord, index: number, _report: (d: Diagnostic) => void): ImportedRecord {
  const { bag, raw, line } = rec;
  const source = parseSource(first(bag, ...labels.source));
  const date = parseDate(first(bag, ...labels.date) ?? source.date);
  const year = yearOf([first(bag, ...labels.year), date, source.date]);
  const uniqueId = first(bag, ...labels.uniqueIdentifier);
  const database = squash(first(bag, ...labels.database));
  const isMedline = database !== undefined && /medline|pubmed/i.test(database);
  const serials = classifySerials(all(bag, ...labels.issn, ...labels.isbn));
  const people = peopleOf(all(bag, labels.authors.find((l) => bag.has(l)) ?? labels.authors[0]));
  const title = first(bag, ...labels.title)?.replace(/\.?\s*\[[A-Za-z ]+\]\s*$/, '');
  return makeRecord(
    {
      type: recordType(bag, source),
      title: cleanTitle(title),
      abstract: paragraphText(first(bag, ...labels.abstract)),
      authors: people.authors,
      editors: people.editors.length > 0 ? people.editors : undefined,
      year,
      date: date !== undefined && (year === undefined || date.startsWith(String(year))) ? date : year !== undefined ? String(year) : undefined,
      journal: squash(first(bag, ...labels.journal) ?? source.journal),
      volume: squash(first(bag, ...labels.volume) ?? source.volume),
      issue: squash(first(bag, ...labels.issue) ?? source.issue),
      pages: normalisePages(first(bag, ...labels.pages) ?? source.pages),
      doi: normaliseDoi(first(bag, ...labels.doi)),
      pmid: first(bag, ...labels.pmid)?.match(/\d+/)?.[0] ?? (isMedline ? uniqueId?.match(/^\d+$/)?.[0] : undefined),
      pmcid: findPmcid(all(bag, ...labels.pmcid)),
      isbn: serials.isbn,
      issn: serials.issn,
      keywords: keywordsOf(all(bag, ...labels.keywords)),
      language: squash(first(bag, ...labels.language)?.replace(/\.$/, '')),
      publisher: squash(first(bag, ...labels.publisher)),
      place: squash(first(bag, ...labels.place)?.replace(/\.$/, '')),
      urls: findUrls(all(bag, ...labels.urls)),
      accession: squash(first(bag, ...labels.accession)?.replace(/\.$/, '') ?? (isMedline ? undefined : uniqueId)),
      database: database ?? 'Ovid',
    },
    { raw, index, line },
  );
}
