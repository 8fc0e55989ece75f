/**
 * Every key the scorer and the blocker read, computed once per record. Comparing two prepared
 * records then costs a few string comparisons and at most one edit distance.
 */
import { authorKeys, type AuthorKeys } from './authors.js';
import { analyseDoi, analysePmid, standardNumbers, type DoiInfo } from './identifiers.js';
import { isSupplement, locatorKey, parsePages, type Pages } from './locator.js';
import { analyseTitle, type NoticeKind, type TitleInfo } from './title.js';
import type { DedupRecord } from './types.js';
import { analyseVenue, type VenueInfo } from './venue.js';

export type PreparedRecord = {
  readonly id: string;
  readonly record: DedupRecord;
  readonly title: TitleInfo | undefined;
  readonly authors: AuthorKeys;
  readonly year: number | undefined;
  readonly doi: DoiInfo | undefined;
  readonly pmid: string | undefined;
  readonly venue: VenueInfo | undefined;
  readonly volume: string | undefined;
  readonly issue: string | undefined;
  readonly pages: Pages | undefined;
  readonly numbers: readonly string[];
  /** A notice about another article (erratum, retraction, comment, reply). */
  readonly notice: NoticeKind | undefined;
  readonly preprint: boolean;
  /** A meeting abstract (supplement pagination, "Conference:" in the journal, abstract type). */
  readonly meetingAbstract: boolean;
  /** Published at a conference or workshop rather than in a journal. */
  readonly conference: boolean;
  /** The exports the record was imported from, when the caller says (`DedupRecord.origin`), sorted; empty when unknown. */
  readonly origins: readonly string[];
  /**
   * For a generic title ("Editorial", a recurring column): how many other records of the set have
   * this title, this year and an author in common (set by `deduplicate`; undefined when unknown).
   */
  readonly genericPeers: number | undefined;
  /** Folded abstract token hashes, computed on first use (most records never need them). */
  abstractHashes: Uint32Array | null | undefined;
};

const abstractStopWords =
  'the and for with that this from were was are have has had not but all can its our their which these those than then there been also into between after before during while more most other such only both each may who whom whose when where what how using used use study studies results methods method background conclusion conclusions objective objectives aims aim purpose';

/** FNV-1a of a lower-case word, the same function the tokenizer below applies in place. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const abstractStop = new Set(abstractStopWords.split(' ').map(wordHash));

const noNumbers: readonly string[] = Object.freeze([]);

/**
 * Memo tables for one de-duplication run: the same journal name recurs thousands of times and
 * the same title in every copy of a record, so each distinct string is analysed once.
 */
export type PrepareCache = { venues: Map<string, VenueInfo | undefined>; titles: Map<string, TitleInfo | undefined> };

export const newPrepareCache = (): PrepareCache => ({ venues: new Map(), titles: new Map() });

function venueOf(text: string | undefined, cache: PrepareCache | undefined): VenueInfo | undefined {
  if (text === undefined || !cache) return analyseVenue(text);
  if (cache.venues.has(text)) return cache.venues.get(text);
  const v = analyseVenue(text);
  cache.venues.set(text, v);
  return v;
}

function titleOf(record: DedupRecord, journalNorm: string | undefined, cache: PrepareCache | undefined): TitleInfo | undefined {
  if (!cache) return analyseTitle(record.title, record.translatedTitle, journalNorm);
  const key = `${record.title ?? ''}\u0000${record.translatedTitle ?? ''}\u0000${journalNorm ?? ''}`;
  if (cache.titles.has(key)) return cache.titles.get(key);
  const t = analyseTitle(record.title, record.translatedTitle, journalNorm);
  cache.titles.set(key, t);
  return t;
}

/** Compute the comparison keys of one record (`cache` shares work between records of one run). */
export function prepareRecord(record: DedupRecord, cache?: PrepareCache): PreparedRecord {
  const venueText = record.journal ?? record.journalAbbrev;
  const venue = venueOf(venueText, cache) ?? venueOf(record.journalAbbrev, cache);
  const title = titleOf(record, venue?.norm, cache);
  const doi = analyseDoi(record.doi) ?? analyseDoi(doiInNotes(record.notes));
  const pages = parsePages(record.pages);
  // A preprint DOI on a record that names a journal or conference is that venue's paper carrying a
  // stray identifier, so the DOI and publisher count only when no venue is given.
  const preprint =
    record.type === 'preprint' ||
    venue?.kind === 'preprint' ||
    (venue === undefined && ((doi?.preprint ?? false) || /\b(arxiv|biorxiv|medrxiv|ssrn|research square)\b/i.test(record.publisher ?? '')));
  const meetingAbstract =
    record.type === 'conference-abstract' ||
    isSupplement(record.volume) ||
    isSupplement(record.issue) ||
    (pages?.supplement ?? false) ||
    // Embase names a meeting's abstracts "Circulation. Conference: …"; abstract books say so.
    /[.:;]\s*(conference|congress|meeting|symposium)\b|\babstracts?\b|\babstract book\b/i.test(venueText ?? '');
  const notice: NoticeKind | undefined = title?.notice ?? (record.type === 'erratum' ? 'erratum' : undefined);
  return {
    id: record.id,
    record,
    title,
    authors: authorKeys(record.authors),
    year: record.year,
    doi,
    pmid: analysePmid(record.pmid),
    venue,
    volume: locatorKey(record.volume),
    issue: locatorKey(record.issue),
    pages,
    numbers: record.isbn || record.issn ? [...standardNumbers(record.isbn), ...standardNumbers(record.issn)] : noNumbers,
    notice,
    preprint,
    meetingAbstract,
    conference: record.type === 'conference-paper' || venue?.kind === 'conference' || venue?.kind === 'workshop',
    origins: originsOf(record.origin),
    genericPeers: undefined,
    abstractHashes: undefined,
  };
}

const noOrigins: readonly string[] = Object.freeze([]);

function originsOf(origin: string | readonly string[] | undefined): readonly string[] {
  if (origin === undefined || origin === '') return noOrigins;
  if (typeof origin === 'string') return [origin];
  return [...new Set(origin.filter((o) => o !== ''))].sort();
}

/** Do two records come from one export (a shared origin)? */
export function sameExport(p: PreparedRecord, q: PreparedRecord): boolean {
  for (const o of p.origins) if (q.origins.includes(o)) return true;
  return false;
}

function doiInNotes(notes: string | undefined): string | undefined {
  return notes && /\b10\.\d{4,9}\//.test(notes) ? notes : undefined;
}

/**
 * Sorted unique hashes of an abstract's content words (three letters or more, common words left
 * out); null when there is no usable abstract. Words are hashed while scanning the lower-cased text,
 * without folding or splitting it: abstracts are long and only set overlap is needed.
 */
export function abstractHashes(p: PreparedRecord): Uint32Array | null {
  if (p.abstractHashes !== undefined) return p.abstractHashes;
  const text = p.record.abstract;
  let result: Uint32Array | null = null;
  if (text && text.length >= 80) {
    const lower = text.toLowerCase();
    const set = new Set<number>();
    let h = 0x811c9dc5;
    let len = 0;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
      if (letter) {
        h = Math.imul(h ^ c, 0x01000193);
        len++;
      } else {
        if (len >= 3) {
          const w = h >>> 0;
          if (!abstractStop.has(w)) set.add(w);
        }
        h = 0x811c9dc5;
        len = 0;
      }
    }
    if (set.size >= 10) result = Uint32Array.from(set).sort();
  }
  p.abstractHashes = result;
  return result;
}
