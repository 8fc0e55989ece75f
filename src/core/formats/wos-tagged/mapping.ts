/**
 * Web of Science "Plain text" (tagged) ↔ canonical field tables, as data. Tags follow Clarivate's
 * field-tag list (https://webofscience.help.clarivate.com/en-us/Content/export-records.htm); the same
 * layout carries BIOSIS, Zoological Record, Inspec and MEDLINE records exported from the WoS platform.
 */
import type { RecordType } from '../../records/record.js';

export const wosFieldTags = {
  title: ['TI'],
  /** Full names (`AF`) first; `AU` holds `Brown, JM`. Book authors: `BF`/`BA`. */
  authors: ['AF', 'AU', 'BF', 'BA'],
  groupAuthors: ['CA', 'GP'],
  editors: ['BE'],
  year: ['PY'],
  date: ['PD'],
  journal: ['SO'],
  journalAbbrev: ['JI', 'J9'],
  volume: ['VL'],
  issue: ['IS'],
  startPage: ['BP'],
  endPage: ['EP'],
  articleNumber: ['AR'],
  /** Inspec/MEDLINE records on the WoS platform give pages as one string. */
  pageString: ['PS'],
  doi: ['DI', 'D2'],
  pmid: ['PM'],
  accession: ['UT'],
  issn: ['SN', 'EI', 'IS'],
  isbn: ['BN'],
  language: ['LA'],
  publisher: ['PU'],
  place: ['PI'],
  abstract: ['AB'],
  keywords: ['DE', 'ID'],
  urls: ['UR'],
  documentType: ['DT'],
  publicationType: ['PT'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Tags whose continuation lines are further values rather than wrapped text: one author, address or
 * cited reference per line.
 */
export const listTags: ReadonlySet<string> = new Set(['AU', 'AF', 'BA', 'BF', 'BE', 'CA', 'GP', 'CR', 'C1', 'C3', 'RP', 'EM', 'FU']);

/** Document types (DT) → record type, first match wins. */
export const documentTypes: readonly (readonly [RegExp, RecordType])[] = [
  [/correction|erratum/i, 'erratum'],
  [/book review/i, 'other'],
  [/review/i, 'review'],
  [/meeting abstract|conference abstract/i, 'conference-abstract'],
  [/proceedings paper|conference/i, 'conference-paper'],
  [/editorial|news item|biographical|^note/i, 'editorial'],
  [/letter/i, 'letter'],
  [/book chapter/i, 'chapter'],
  [/^book/i, 'book'],
  [/data paper|data set|dataset/i, 'dataset'],
  [/thesis|dissertation/i, 'thesis'],
  [/preprint/i, 'preprint'],
  [/article|journal paper/i, 'article'],
];

/** Publication types (PT): J journal, B book, S series, P patent, C conference. */
export const publicationTypes: Readonly<Record<string, RecordType>> = {
  J: 'article',
  B: 'book',
  S: 'book',
  C: 'conference-paper',
  P: 'other',
};

/** `UT` prefixes → database names. */
export const databasePrefixes: Readonly<Record<string, string>> = {
  WOS: 'Web of Science Core Collection',
  BIOSIS: 'BIOSIS Previews',
  BCI: 'BIOSIS Citation Index',
  ZOOREC: 'Zoological Record',
  MEDLINE: 'MEDLINE',
  INSPEC: 'Inspec',
  CCC: 'Current Contents Connect',
  DIIDW: 'Derwent Innovations Index',
  KJD: 'KCI-Korean Journal Database',
  RSCI: 'Russian Science Citation Index',
  SCIELO: 'SciELO Citation Index',
  CABI: 'CAB Abstracts',
  FSTA: 'FSTA',
  GRANTS: 'Grants Index',
  PPRN: 'Preprint Citation Index',
};

export const headerTags: ReadonlySet<string> = new Set(['FN', 'VR']);
