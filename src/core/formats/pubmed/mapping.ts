/**
 * MEDLINE/PubMed tag ↔ canonical field tables, as data. Tags are those of the NLM "MEDLINE/PubMed
 * Data Element (Field) Descriptions" (https://www.nlm.nih.gov/bsd/mms/medlineelements.html); ERIC's
 * `.nbib` export uses the same layout with a few of its own (`ISSN`, `OID` accession numbers).
 */
import type { RecordType } from '../../records/record.js';

/** Canonical field → MEDLINE tags, in the order the parser prefers them. */
export const pubmedFieldTags = {
  pmid: ['PMID'],
  pmcid: ['PMC'],
  title: ['TI', 'BTI'],
  translatedTitle: ['TT'],
  abstract: ['AB'],
  /** Full names first; `AU` (Vancouver `Long V`) only when a record has no `FAU`. */
  authors: ['FAU', 'AU'],
  corporateAuthors: ['CN'],
  editors: ['FED', 'ED'],
  date: ['DP', 'DEP', 'DA'],
  journal: ['JT', 'TA', 'BTI'],
  journalAbbrev: ['TA'],
  volume: ['VI'],
  issue: ['IP'],
  pages: ['PG'],
  /** Article identifiers: `10.1016/x [doi]`, `S0378-1119(15)01297-4 [pii]`; ERIC writes bare DOI URLs. */
  articleIds: ['LID', 'AID'],
  issn: ['IS', 'ISSN'],
  isbn: ['ISBN'],
  keywords: ['MH', 'OT'],
  language: ['LA'],
  publisher: ['PB'],
  place: ['PL'],
  notes: ['GN'],
  accession: ['OID'],
  owner: ['OWN'],
  types: ['PT'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Publication types (PT) → record type, in priority order: a record typed both "Journal Article" and
 * "Review" is a review. ERIC's "Reports - Research" sits below "Journal Articles" for the same reason.
 */
export const publicationTypes: readonly (readonly [RegExp, RecordType])[] = [
  [/erratum|correction/i, 'erratum'],
  [/preprint/i, 'preprint'],
  [/review|meta-analysis/i, 'review'],
  [/letter/i, 'letter'],
  [/editorial|comment|news|interview|biography/i, 'editorial'],
  [/abstract/i, 'conference-abstract'],
  [/congress|conference|proceedings|meeting/i, 'conference-paper'],
  [/chapter/i, 'chapter'],
  [/^book|books$/i, 'book'],
  [/dataset/i, 'dataset'],
  [/thesis|dissertation/i, 'thesis'],
  [/journal article|^article|journal articles/i, 'article'],
  [/report/i, 'report'],
];

/** Owners (`OWN`) that name the database the record comes from. */
export const owners: Readonly<Record<string, string>> = {
  NLM: 'PubMed',
  PIP: 'PubMed',
  KIE: 'PubMed',
  NASA: 'PubMed',
  NOTNLM: 'PubMed',
  PUBMED: 'PubMed',
  ERIC: 'ERIC',
};
