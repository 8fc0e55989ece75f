/**
 * RIS tag ↔ canonical field tables, as data (STYLE.md L4). The parser reads a field from the first tag
 * of its list that has a value; the exporter writes each field with the first tag of its list. Vendors
 * disagree on tags (Ovid writes `T1`/`A1`/`Y1`/`N2`, Zotero `TI`/`AU`/`PY`/`AB`, EndNote `T2` for the
 * journal, AIP both `JF` and `JO`), hence the lists.
 */
import type { RecordType } from '../../records/record.js';

/** RIS reference types (TY) → record type. Unlisted types fall back to `guessType`, then `other`. */
export const risTypeToRecord: Readonly<Record<string, RecordType>> = {
  JOUR: 'article',
  JFULL: 'article',
  EJOUR: 'article',
  MGZN: 'article',
  NEWS: 'article',
  INPR: 'article',
  ABST: 'conference-abstract',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'book',
  SER: 'book',
  CHAP: 'chapter',
  ECHAP: 'chapter',
  CONF: 'conference-paper',
  CPAPER: 'conference-paper',
  THES: 'thesis',
  RPRT: 'report',
  GOVDOC: 'report',
  STAT: 'report',
  STAND: 'report',
  DATA: 'dataset',
  DBASE: 'dataset',
  AGGR: 'dataset',
  ELEC: 'webpage',
  WEB: 'webpage',
  BLOG: 'webpage',
  ICOMM: 'webpage',
  UNPB: 'preprint',
  MANSCPT: 'preprint',
  ENCYC: 'chapter',
  DICT: 'chapter',
  PAMP: 'book',
  CTLG: 'book',
  CLSWK: 'book',
  ANCIENT: 'book',
  HEAR: 'report',
  GRNT: 'report',
  PRESS: 'article',
  UNPD: 'preprint',
  // Official RIS types with no bibliographic counterpart of ours: known, so not reported as unknown.
  ADVS: 'other',
  ART: 'other',
  BILL: 'other',
  CASE: 'other',
  CHART: 'other',
  COMP: 'other',
  EQUA: 'other',
  FIGURE: 'other',
  INTV: 'other',
  LEGAL: 'other',
  MAP: 'other',
  MPCT: 'other',
  MULTI: 'other',
  MUSIC: 'other',
  PAT: 'other',
  PCOMM: 'other',
  POD: 'other',
  SLIDE: 'other',
  SOUND: 'other',
  UNBILL: 'other',
  VIDEO: 'other',
  OTHER: 'other',
  GEN: 'other',
};

/** Record type → RIS type for export. Subtypes of articles also get an `M3` (type of work) word. */
export const recordToRisType: Readonly<Record<RecordType, { ty: string; m3?: string }>> = {
  article: { ty: 'JOUR' },
  review: { ty: 'JOUR', m3: 'Review' },
  erratum: { ty: 'JOUR', m3: 'Erratum' },
  letter: { ty: 'JOUR', m3: 'Letter' },
  editorial: { ty: 'JOUR', m3: 'Editorial' },
  book: { ty: 'BOOK' },
  chapter: { ty: 'CHAP' },
  'conference-paper': { ty: 'CPAPER' },
  'conference-abstract': { ty: 'ABST' },
  thesis: { ty: 'THES' },
  report: { ty: 'RPRT' },
  preprint: { ty: 'UNPB' },
  dataset: { ty: 'DATA' },
  webpage: { ty: 'ELEC' },
  other: { ty: 'GEN' },
};

/**
 * `M3` (type of work) words that refine a journal type, as Scopus, Embase and our exporter write them.
 * Only whole-value matches count: `M3` also carries DOIs and Ovid subject classes.
 */
export const workTypeRefinements: readonly (readonly [RegExp, RecordType])[] = [
  [/^(review|systematic review|short survey|meta-analysis)$/i, 'review'],
  [/^(erratum|correction|corrigendum)$/i, 'erratum'],
  [/^letter$/i, 'letter'],
  [/^(editorial|note|comment)$/i, 'editorial'],
  [/^(conference paper|conference review)$/i, 'conference-paper'],
  [/^(conference abstract|meeting abstract)$/i, 'conference-abstract'],
];

/** Canonical field → RIS tags, in the order the parser prefers them. The first is what we export. */
export const risFieldTags = {
  title: ['TI', 'T1', 'CT'],
  translatedTitle: ['TT'],
  abstract: ['AB', 'N2'],
  authors: ['AU', 'A1'],
  editors: ['A2', 'ED'],
  /** `PY` then `Y1` then `DA`: the first with a plausible year wins. */
  year: ['PY', 'Y1', 'DA'],
  date: ['DA', 'PY', 'Y1'],
  journal: ['T2', 'JF', 'JO', 'BT'],
  journalAbbrev: ['J2', 'JA', 'JO', 'J1'],
  volume: ['VL', 'VO'],
  issue: ['IS', 'CP'],
  startPage: ['SP'],
  endPage: ['EP'],
  doi: ['DO'],
  /** Where DOIs hide when `DO` is missing, in the order we look. */
  doiFallback: ['M3', 'UR', 'L1', 'L2', 'L4', 'LK', 'N1', 'M1', 'AN'],
  pmid: ['U1', 'U2', 'U3', 'U4', 'U5', 'C1', 'N1', 'M1'],
  pmcid: ['C2', 'AN', 'U1', 'N1'],
  serial: ['SN'],
  keywords: ['KW'],
  language: ['LA'],
  publisher: ['PB'],
  place: ['CY', 'PP'],
  urls: ['UR', 'L1', 'L2', 'L4', 'LK'],
  notes: ['N1'],
  accession: ['AN'],
  database: ['DB', 'DP'],
  sourceId: ['ID'],
} as const satisfies Record<string, readonly string[]>;

/** Tags that start and end a record. */
export const startTag = 'TY';
export const endTag = 'ER';
