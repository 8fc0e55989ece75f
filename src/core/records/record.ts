/**
 * The canonical bibliographic record (DESIGN.md §4): one shape every importer produces and every
 * exporter, de-duplicator and screener reads. It is CSL-JSON-like but flat and typed for our use.
 * A record is immutable; corrections are events applied on top, never edits in place.
 */

export const recordTypes = [
  'article',
  'review',
  'book',
  'chapter',
  'conference-paper',
  'conference-abstract',
  'thesis',
  'report',
  'preprint',
  'dataset',
  'webpage',
  'erratum',
  'letter',
  'editorial',
  'other',
] as const;
export type RecordType = (typeof recordTypes)[number];

/** A person. `family` is always set when the source gave a name; `literal` keeps organisations whole. */
export type Author = Readonly<{ family: string; given?: string; literal?: string }>;

/** One field exactly as the source wrote it: tag (RIS `AU`, BibTeX `author`, CSV column…) and value. */
export type RawField = readonly [tag: string, value: string];

export type BibRecord = Readonly<{
  type: RecordType;
  title?: string;
  /** A second-language title, e.g. RIS `TT` or the bracketed English title of a translated article. */
  translatedTitle?: string;
  abstract?: string;
  authors: readonly Author[];
  editors?: readonly Author[];
  year?: number;
  /** ISO 8601 date or partial date (`2021`, `2021-03`, `2021-03-04`). */
  date?: string;
  /** Journal, book or proceedings title (CSL container-title). */
  journal?: string;
  journalAbbrev?: string;
  volume?: string;
  issue?: string;
  /** As written, normalised only to a plain hyphen: `123-129`, `e0206969`. */
  pages?: string;
  /** Bare DOI, lower-case, no URL prefix: `10.1371/journal.pone.0206969`. */
  doi?: string;
  pmid?: string;
  pmcid?: string;
  isbn?: string;
  issn?: string;
  keywords: readonly string[];
  language?: string;
  publisher?: string;
  place?: string;
  urls: readonly string[];
  notes?: string;
  /** Database-specific accession number (Scopus EID, WoS UT, Embase AN, EBSCO AN…). */
  accession?: string;
  /** Database or catalogue that the export names (RIS DB / DP, Scopus `Source`). */
  database?: string;
}>;

/**
 * A record as a parser read it: the canonical fields plus everything needed to trace it back to the
 * file. `raw` holds every field of the source in order, including those we do not map, so nothing a
 * database exported is ever dropped.
 */
export type ImportedRecord = BibRecord &
  Readonly<{
    raw: readonly RawField[];
    /** 0-based position of the record in its file. */
    index: number;
    /** 1-based line where the record starts in the decoded text. */
    line: number;
    /** The id the source gave the record (RIS `ID`, BibTeX key, CSV id column…), when it gave one. */
    sourceId?: string;
  }>;

export const emptyRecord: BibRecord = Object.freeze({ type: 'other', authors: [], keywords: [], urls: [] });

/** Years outside this range are treated as malformed by importers. */
export const plausibleYear = (y: number): boolean => Number.isInteger(y) && y >= 1000 && y <= 2999;
