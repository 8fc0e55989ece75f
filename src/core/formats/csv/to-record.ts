/**
 * One CSV row (already split into cells and planned by `columns.ts`) to a record draft, with the
 * vendor quirks: Embase's `Source` citation, PubMed's `Citation`, Zotero's `Extra`, Springer's glued
 * author names, Scopus page ranges split over two columns.
 */
import { cleanTitle, normaliseDoi, normaliseIsbn, normalisePages, parseYear } from '../../records/fields.js';
import type { AuthorListStyle } from './authors.js';
import { splitAuthorList } from './authors.js';
import type { RecordDraft } from './build-record.js';
import type { Profile, Slot } from './columns.js';
import { typeFromWord } from './columns.js';
import { findPmcid, findPmid, normaliseIssn, parseDate, splitList } from './field-values.js';

export type CellReader = Readonly<{
  /** The first non-blank cell of the slot's columns. */
  get(slot: Slot): string | undefined;
  /** Every non-blank cell of the slot's columns. */
  all(slot: Slot): string[];
}>;

/** Split a keyword cell on `;`, or on commas outside parentheses (Embase: `cyst (diagnosis, surgery)`). */
export function splitKeywordCell(value: string): string[] {
  if (value.includes(';')) return value.split(';').map((k) => k.trim()).filter((k) => k !== '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out.map((k) => k.trim()).filter((k) => k !== '');
}

type CitationParts = Partial<Record<'journal' | 'volume' | 'issue' | 'pages' | 'date', string>> & { year?: number };

/** Embase `Source`: `Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 1 Jul 2014`. */
export function parseEmbaseSource(value: string): CitationParts {
  const m = /^(.*?)\s*\((\d{4})\)\s*([^\s:(.]+)?(?::([^\s(.]+))?\s*(?:\(([^)]*)\))?/.exec(value);
  if (!m) return {};
  const [, journal, year, volume, issue, pages] = m;
  const published = /Date of Publication:\s*([^.]+)/i.exec(value)?.[1];
  const articleNumber = /Article Number:\s*([^\s.]+)/i.exec(value)?.[1];
  return {
    journal: journal?.trim() || undefined,
    year: parseYear(year),
    volume,
    issue,
    pages: pages ?? articleNumber,
    date: parseDate(published, parseYear(year)),
  };
}

/** PubMed `Citation`: `Nature. 2021 Dec 21;1(2):10-11. doi: 10.1111/nature1111.` */
export function parsePubmedCitation(value: string): CitationParts {
  const m = /^([^.]*)\.\s*([^;.]*?)\s*;\s*([^(:;.\s]+)?(?:\(([^)]+)\))?(?::\s*([^.;\s]+))?/.exec(value);
  if (!m) return {};
  const [, journal, date, volume, issue, pages] = m;
  return { journal: journal?.trim() || undefined, date: parseDate(date), volume, issue, pages };
}

/** An OpenURL link resolver query (`…&id=doi:10.4103%2F2303-9027.138783&atitle=…`, Embase) → its DOI. */
export function doiFromOpenUrl(url: string | undefined): string | undefined {
  const m = url ? /[?&](?:id|rft_id)=(?:doi:|info:doi\/|info%3Adoi%2F)([^&]+)/i.exec(url) : undefined;
  if (!m?.[1]) return undefined;
  try {
    return normaliseDoi(decodeURIComponent(m[1].replace(/\+/g, ' ')));
  } catch {
    return normaliseDoi(m[1]);
  }
}

const authorStyle = (profile: Profile): AuthorListStyle =>
  profile === 'springer' ? 'glued-camel' : profile === 'zotero' || profile === 'metaethno' ? 'semicolon' : 'auto';

function joinPages(start: string | undefined, end: string | undefined): string | undefined {
  if (!start) return undefined;
  return end && end !== start ? `${start}-${end}` : start;
}

/** Fill a draft from the planned cells of one row. */
export function draftFromCells(cells: CellReader, profile: Profile): RecordDraft {
  const { get, all } = cells;
  const citation = get('citation');
  const parts: CitationParts = citation
    ? profile === 'embase'
      ? parseEmbaseSource(citation)
      : parsePubmedCitation(citation)
    : {};
  const year = parseYear(get('year')) ?? parseYear(get('date')) ?? parts.year;
  const extra = get('extra');
  const style = authorStyle(profile);
  const pmid = get('pmid')?.match(/\d+/)?.[0] ?? findPmid(extra);
  return {
    type: typeFromWord(get('type')),
    title: cleanTitle(get('title')),
    translatedTitle: cleanTitle(get('translatedTitle')),
    abstract: get('abstract'),
    authors: splitAuthorList(get('authors'), style),
    editors: splitAuthorList(get('editors'), style),
    year,
    date: parseDate(get('date'), year) ?? parts.date,
    journal: get('journal') ?? parts.journal,
    journalAbbrev: get('journalAbbrev'),
    volume: get('volume') ?? parts.volume,
    issue: get('issue') ?? parts.issue,
    pages: normalisePages(get('pages') ?? joinPages(get('pageStart'), get('pageEnd')) ?? get('articleNumber') ?? parts.pages),
    doi: normaliseDoi(get('doi')) ?? doiFromOpenUrl(get('openUrl')) ?? normaliseDoi(citation),
    pmid,
    pmcid: findPmcid(get('pmcid')) ?? findPmcid(extra),
    isbn: normaliseIsbn(get('isbn')),
    issn: normaliseIssn(get('issn')),
    // Our own files join keywords with `;` only, so a keyword may hold commas.
    keywords: all('keywords').flatMap((k) => (profile === 'metaethno' ? splitList(k, false) : splitKeywordCell(k))),
    language: get('language'),
    publisher: get('publisher'),
    place: get('place'),
    urls: all('urls').flatMap((u) => u.split(/\s+/)).filter((u) => u !== ''),
    notes: get('notes'),
    accession: get('accession'),
    database: get('database'),
  };
}
