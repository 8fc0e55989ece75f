/**
 * CSL-JSON export: an array of CSL items that Zotero, citation.js and Pandoc read. What CSL has no
 * field for (our exact record type, every URL beyond the first, keywords as a list, accession number,
 * database, translated title) goes into the item's `custom` object (CSL-JSON 1.0.2), which our parser
 * reads back, so the round trip is lossless.
 */
import type { Author, RecordType } from '../../records/record.js';
import type { ExportableRecord, FormatExporter } from '../plugin.js';

/** Record type → CSL type. Several of ours share one CSL type; `custom.type` keeps ours. */
const cslTypeOf: Readonly<Record<RecordType, string>> = {
  article: 'article-journal',
  review: 'article-journal',
  letter: 'article-journal',
  editorial: 'article-journal',
  erratum: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  'conference-paper': 'paper-conference',
  'conference-abstract': 'paper-conference',
  thesis: 'thesis',
  report: 'report',
  preprint: 'article',
  dataset: 'dataset',
  webpage: 'webpage',
  other: 'document',
};

type CslName = { family?: string; given?: string; literal?: string };

function cslName(a: Author): CslName {
  if (a.literal) return { literal: a.literal };
  return a.given ? { family: a.family, given: a.given } : { family: a.family };
}

/** `2021-03-04` → `{"date-parts": [[2021, 3, 4]]}`. */
function issued(date: string | undefined, year: number | undefined): { 'date-parts': number[][] } | undefined {
  const parts = (date ?? (year !== undefined ? String(year) : '')).split('-').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

/** One record as a CSL item; keys with no value are left out. */
export function toCslItem(r: ExportableRecord): Record<string, unknown> {
  const custom: Record<string, unknown> = {
    type: r.type,
    keywords: r.keywords.length > 0 ? r.keywords : undefined,
    urls: r.urls.length > 1 ? r.urls : undefined,
    translatedTitle: r.translatedTitle,
    accession: r.accession,
    database: r.database,
  };
  const item: Record<string, unknown> = {
    id: r.id,
    type: cslTypeOf[r.type],
    title: r.title,
    author: r.authors.length > 0 ? r.authors.map(cslName) : undefined,
    editor: r.editors && r.editors.length > 0 ? r.editors.map(cslName) : undefined,
    issued: issued(r.date, r.year),
    'container-title': r.journal,
    'container-title-short': r.journalAbbrev,
    volume: r.volume,
    issue: r.issue,
    page: r.pages,
    DOI: r.doi,
    PMID: r.pmid,
    PMCID: r.pmcid,
    ISBN: r.isbn,
    ISSN: r.issn,
    URL: r.urls[0],
    keyword: r.keywords.length > 0 ? r.keywords.join(', ') : undefined,
    language: r.language,
    publisher: r.publisher,
    'publisher-place': r.place,
    abstract: r.abstract,
    note: r.notes,
    source: r.database,
    custom: Object.fromEntries(Object.entries(custom).filter(([, v]) => v !== undefined)),
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

const indent = (json: string): string => json.replace(/^/gm, '  ');

export const cslJsonExporter: FormatExporter = {
  id: 'csl-json',
  label: 'CSL-JSON',
  extension: 'json',
  mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  begin: () => '[\n',
  record: (record, index) => (index > 0 ? ',\n' : '') + indent(JSON.stringify(toCslItem(record), null, 2)),
  end: () => '\n]\n',
};
