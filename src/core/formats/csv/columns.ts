/**
 * Which column holds which field. Delimited exports differ by vendor only in their header names and in
 * a few composite cells, so the mapping is data: a list of header aliases per field (matched
 * case- and space-insensitively, first present alias wins), a profile per known header set for the
 * vendor quirks, and the caller's `ParseOptions.columns` on top.
 */
import { guessType } from '../../records/fields.js';
import { recordTypes } from '../../records/record.js';
import type { RecordType } from '../../records/record.js';
import type { ColumnMapping } from '../plugin.js';

/** A canonical field, or a cell that feeds one (page start/end, Zotero `Extra`, Embase `Source`…). */
export type Slot =
  | 'id'
  | 'type'
  | 'title'
  | 'translatedTitle'
  | 'abstract'
  | 'authors'
  | 'editors'
  | 'year'
  | 'date'
  | 'journal'
  | 'journalAbbrev'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'pageStart'
  | 'pageEnd'
  | 'articleNumber'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'isbn'
  | 'issn'
  | 'keywords'
  | 'language'
  | 'publisher'
  | 'place'
  | 'urls'
  | 'notes'
  | 'accession'
  | 'database'
  | 'extra'
  | 'citation'
  | 'openUrl';

/** Header aliases per slot, normalised (`normaliseHeader`), in priority order. */
export const columnAliases: Readonly<Record<Slot, readonly string[]>> = {
  id: ['id', 'record_id', 'record id', 'recordid', 'key', 'citation_key', 'citation key'],
  type: ['item type', 'document type', 'content type', 'publication type', 'entrytype', 'reference type', 'document identifier', 'type'],
  title: ['title', 'document title', 'article title', 'item title', 'primary title'],
  translatedTitle: ['translated title', 'original title', 'translated_title'],
  abstract: ['abstract', 'abstract note', 'abstracts'],
  authors: ['authors', 'author', 'author names', 'au', 'author full names', 'creators'],
  editors: ['editors', 'editor'],
  year: ['year', 'publication year', 'py', 'pubyear', 'publication_year', 'year published'],
  date: ['date', 'publication date', 'date of publication', 'pub date'],
  journal: [
    'source title',
    'publication title',
    'journal',
    'journal/book',
    'journal title',
    'publication',
    'venue',
    'secondary title',
    'booktitle',
    'book title',
  ],
  journalAbbrev: ['abbreviated source title', 'journal abbreviation', 'journal_abbrev', 'journal abbrev', 'j9'],
  volume: ['volume', 'journal volume', 'vl'],
  issue: ['issue', 'number', 'journal issue', 'is'],
  pages: ['pages', 'page', 'pp', 'page range'],
  pageStart: ['page start', 'start page', 'first page', 'startpage', 'bp'],
  pageEnd: ['page end', 'end page', 'last page', 'endpage', 'ep'],
  articleNumber: ['art. no.', 'article number', 'article no.', 'ar'],
  doi: ['doi', 'item doi', 'digital object identifier (doi)', 'di'],
  pmid: ['pubmed id', 'pmid', 'pubmedid', 'medline pmid', 'pubmed_id', 'pm'],
  pmcid: ['pmcid', 'pmc id'],
  isbn: ['isbn', 'isbns', 'bn'],
  issn: ['issn', 'sn', 'eissn', 'e-issn'],
  keywords: [
    'author keywords',
    'index keywords',
    'keywords',
    'keyword',
    'manual tags',
    'automatic tags',
    'ieee terms',
    'mesh_terms',
    'mesh terms',
    'de',
  ],
  language: ['language', 'language of original document', 'la'],
  publisher: ['publisher', 'pu'],
  place: ['place', 'publisher city', 'publisher location', 'pi'],
  urls: ['link', 'url', 'urls', 'pdf link'],
  notes: ['notes', 'note'],
  accession: ['eid', 'accession number', 'embase accession id', 'accession', 'an', 'ut'],
  database: ['database', 'source', 'library catalog', 'data source'],
  extra: ['extra'],
  citation: ['citation'],
  openUrl: ['open url link'],
};

/** Slots that gather every matching column instead of the first. */
export const multiSlots: ReadonlySet<Slot> = new Set<Slot>(['keywords', 'urls']);

/**
 * Slots read from the first non-empty of their present aliases, not only the first present one: a
 * generic export often has both `journal` and `booktitle`, and conference papers fill only the latter.
 */
export const fallbackSlots: ReadonlySet<Slot> = new Set<Slot>(['journal']);

/**
 * Known header sets. The profile switches the few vendor quirks: how names are separated, which
 * composite cell to take apart, whether `Source` is a database name (Scopus) or a citation (Embase).
 */
export type Profile =
  | 'metaethno'
  | 'wos-tags'
  | 'zotero'
  | 'scopus'
  | 'embase'
  | 'ieee'
  | 'springer'
  | 'pubmed'
  | 'generic';

/** `"Source title "` → `source title`. */
export const normaliseHeader = (h: string): string => h.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The columns our own CSV exporter writes, in order (also the signature of its files). */
export const metaethnoColumns = [
  'id',
  'type',
  'title',
  'translated_title',
  'authors',
  'editors',
  'year',
  'date',
  'journal',
  'journal_abbrev',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'isbn',
  'issn',
  'keywords',
  'language',
  'publisher',
  'place',
  'urls',
  'abstract',
  'notes',
  'accession',
  'database',
] as const;

const isWosTagHeader = (h: string): boolean => /^[A-Z][A-Z0-9]$/.test(h.trim());

/** Recognise a vendor from its header row (original spelling, so WoS tags stay upper-case). */
export function detectProfile(headers: readonly string[]): Profile {
  const set = new Set(headers.map(normaliseHeader));
  const has = (...names: string[]): boolean => names.every((n) => set.has(n));
  if (has('id', 'type', 'title', 'authors', 'journal_abbrev', 'accession', 'database')) return 'metaethno';
  const tags = headers.filter(isWosTagHeader).length;
  if (tags >= 5 && tags >= headers.length * 0.6 && set.has('pt') && (set.has('ti') || set.has('au'))) return 'wos-tags';
  if (has('key', 'item type') && (set.has('publication title') || set.has('abstract note'))) return 'zotero';
  if (has('author names') && (set.has('source') || [...set].some((h) => h.startsWith('emtree')))) return 'embase';
  if (has('item title', 'content type')) return 'springer';
  if (has('pmid', 'citation') && set.has('journal/book')) return 'pubmed';
  if (set.has('eid') || has('source title', 'authors') || has('authors', 'link', 'document type')) return 'scopus';
  if (set.has('document title') || has('publication title', 'start page')) return 'ieee';
  return 'generic';
}

/** Column indexes per slot: the first present alias, or every present alias for multi slots. */
export type ColumnPlan = ReadonlyMap<Slot, readonly number[]>;

/** Slots the caller may override through `ParseOptions.columns`: a canonical field name or `id`. */
const isSlot = (name: string): name is Slot => Object.hasOwn(columnAliases, name);

/**
 * Resolve aliases against a header row, then apply the caller's mapping. Returns the plan and the
 * override names that matched no column (reported by the parser).
 */
export function planColumns(
  headers: readonly string[],
  profile: Profile,
  overrides: ColumnMapping | undefined,
): { plan: ColumnPlan; missing: string[] } {
  const normalised = headers.map(normaliseHeader);
  const indexOf = (name: string): number => normalised.indexOf(normaliseHeader(name));
  const plan = new Map<Slot, number[]>();
  for (const [slot, names] of Object.entries(columnAliases)) {
    if (!isSlot(slot)) continue;
    let list = names;
    // Scopus `Source` names the database; Embase `Source` is a whole citation.
    if (slot === 'database' && profile === 'embase') list = names.filter((n) => n !== 'source');
    if (slot === 'citation' && profile === 'embase') list = ['source'];
    const found = list.map(indexOf).filter((i) => i >= 0);
    if (found.length > 0) plan.set(slot, multiSlots.has(slot) || fallbackSlots.has(slot) ? found : found.slice(0, 1));
  }
  const missing: string[] = [];
  for (const [slot, header] of Object.entries(overrides ?? {})) {
    if (header === undefined || !isSlot(slot)) continue;
    const i = indexOf(header);
    if (i < 0) {
      missing.push(header);
      continue;
    }
    plan.set(slot, [i]);
    // An explicit pages column replaces the start/end pair the defaults may have found.
    if (slot === 'pages') {
      plan.delete('pageStart');
      plan.delete('pageEnd');
    }
  }
  return { plan, missing };
}

/** Type words of Zotero, CSL, BibTeX and the vendors that `guessType` does not read right. */
const typeWords: Readonly<Record<string, RecordType>> = {
  journalarticle: 'article',
  magazinearticle: 'article',
  newspaperarticle: 'article',
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  booksection: 'chapter',
  inbook: 'chapter',
  incollection: 'chapter',
  conferencepaper: 'conference-paper',
  'paper-conference': 'conference-paper',
  inproceedings: 'conference-paper',
  proceedingspaper: 'conference-paper',
  blogpost: 'webpage',
  forumpost: 'webpage',
  'post-weblog': 'webpage',
  webpage: 'webpage',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  techreport: 'report',
  manuscript: 'other',
  document: 'other',
  misc: 'other',
  j: 'article',
  b: 'book',
};

const isRecordType = (v: string): v is RecordType => (recordTypes as readonly string[]).includes(v);

/** A type word from any vendor column to our record type. */
export function typeFromWord(value: string | undefined): RecordType | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (isRecordType(v)) return v;
  return typeWords[v.toLowerCase().replace(/[\s_]/g, '')] ?? guessType(v);
}
