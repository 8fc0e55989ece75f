/**
 * EndNote tagged ("Refer/BibIX", `.enw`) ↔ canonical field tables, as data. Tags follow EndNote's
 * "Tagged format" table (`%0` reference type, `%A` author, `%T` title…); plain Refer files (`.ref`)
 * use the same letters.
 */
import type { RecordType } from '../../records/record.js';

export const endnoteFieldTags = {
  type: ['%0'],
  title: ['%T'],
  translatedTitle: ['%Q'],
  shortTitle: ['%!'],
  abstract: ['%X'],
  authors: ['%A'],
  editors: ['%E'],
  year: ['%D'],
  date: ['%8', '%D'],
  /** `%J` journal; `%B` secondary title (the book of a section, the journal in AIS exports). */
  journal: ['%J', '%B'],
  volume: ['%V'],
  issue: ['%N'],
  pages: ['%P'],
  /** `%R` is the DOI in EndNote; in Refer it is a report number, so only a real DOI counts. */
  doi: ['%R', '%U', '%O', '%Z'],
  serial: ['%@'],
  keywords: ['%K'],
  language: ['%G'],
  publisher: ['%I'],
  place: ['%C'],
  urls: ['%U', '%>'],
  notes: ['%Z', '%<'],
  accession: ['%M'],
  database: ['%~', '%W'],
  sourceId: ['%F'],
  workType: ['%9'],
} as const satisfies Record<string, readonly string[]>;

/** EndNote reference types (`%0`) → record type. Unlisted types fall back to `guessType`. */
export const endnoteTypes: Readonly<Record<string, RecordType>> = {
  'journal article': 'article',
  'electronic article': 'article',
  'magazine article': 'article',
  'newspaper article': 'article',
  journal: 'article',
  book: 'book',
  'edited book': 'book',
  'electronic book': 'book',
  'book section': 'chapter',
  'electronic book section': 'chapter',
  'encyclopedia': 'chapter',
  'dictionary': 'chapter',
  'conference paper': 'conference-paper',
  'conference proceedings': 'conference-paper',
  conference: 'conference-paper',
  thesis: 'thesis',
  report: 'report',
  'government document': 'report',
  'web page': 'webpage',
  'online database': 'webpage',
  dataset: 'dataset',
  'unpublished work': 'preprint',
  manuscript: 'preprint',
  generic: 'other',
};
