/**
 * Pairwise scoring. Each field adds or takes points (a log-odds-like weight, chosen by hand and
 * checked on the labelled sets, see docs/adr/0004); the sum is the score. Guards then cap the
 * class where the literature shows that near-identical records are different works (an erratum
 * and its article, Part 1 and Part 2, a preprint and its published version…). Every weight and
 * every guard appears in the verdict's evidence, so a person can see why a pair was (not) merged.
 */
import { compareAuthors } from './authors.js';
import { relateDois } from './identifiers.js';
import { pageCount } from './locator.js';
import { abstractHashes, prepareRecord, sameExport, type PreparedRecord } from './prepare.js';
import { compareTitles, containment, wordOverlap } from './similarity.js';
import type { DedupOptions, DedupRecord, FieldEvidence, PairClass, PairVerdict, ResolvedOptions } from './types.js';
import { resolveOptions } from './types.js';
import { venueSimilarity } from './venue.js';

/** Facts about the pair that the guards read after the fields are scored. */
type Facts = {
  idEqual: boolean;
  idConflict: boolean;
  titleExact: boolean;
  titleSimilarity: number;
  titleMissing: boolean;
  generic: boolean;
  authorsFull: boolean;
  /** Every author of one list is in the other (the lists agree, or one is cut short). */
  authorsAll: boolean;
  authorsMatch: boolean;
  authorsMissing: boolean;
  yearGap: number | undefined;
  venueMatch: boolean;
  venueSimilarity: number;
  kindConflict: string | undefined;
  locatorMatch: boolean;
  pagesConflict: boolean;
  /** Same volume and the same page range of two or more pages. */
  sameCitation: boolean;
  /** Two journal names that clearly differ (conference names vary too much to count). */
  journalConflict: boolean;
  /** Weight the title's similarity band would give when a changed word capped it. */
  retitledWeight: number | undefined;
  /** The same page range of two or more pages. */
  samePageRange: boolean;
  /** The DOIs differ (not versions, not cut short). */
  doiConflict: boolean;
  /** The first pages are equal. */
  samePages: boolean;
  /** Volume and issue both given and equal. */
  sameIssue: boolean;
  /** Both volumes given and different. */
  volumeConflict: boolean;
  /** Both issues given and different. */
  issueConflict: boolean;
  /** The records come from two different exports (both origins known). */
  crossExport: boolean;
  /** One title is the other without its subtitle or cut short. */
  titlePrefix: boolean;
  /** How much of one abstract's shingles the other holds (undefined: an abstract is missing). */
  abstractContainment: number | undefined;
};

type Cap = Readonly<{ to: PairClass; rule: string }>;

const round = (x: number): number => Math.round(x * 100) / 100;

function ev(field: string, similarity: number, weight: number, note: string): FieldEvidence {
  return { field, similarity: round(similarity), weight, note };
}

/** The kind of publication, as far as type and venue tell it; undefined when unknown. */
function publicationKind(p: PreparedRecord): string | undefined {
  switch (p.record.type) {
    case 'thesis':
    case 'book':
    case 'chapter':
    case 'dataset':
      return p.record.type;
    case 'conference-paper':
      return 'conference';
    case 'article':
    case 'review':
      return p.venue?.kind === 'conference' || p.venue?.kind === 'workshop' ? 'conference' : 'journal';
    default:
      if (p.venue?.kind === 'conference' || p.venue?.kind === 'workshop') return 'conference';
      return undefined;
  }
}

const isMeeting = (k: string): boolean => k === 'conference' || k === 'workshop';

/** Proceedings are published as book chapters (LNCS, CCIS): those two kinds are one. */
function compatibleKinds(a: string, b: string): boolean {
  const pair = new Set([a, b]);
  return pair.has('conference') && pair.has('chapter');
}

/** The record carries an identifier or pages: something beyond its title that places it. */
const hasLocator = (p: PreparedRecord): boolean => p.doi !== undefined || p.pmid !== undefined || p.pages !== undefined;

/** A regular journal article with a real page range (not a supplement or an abstract number). */
function regularArticle(p: PreparedRecord): boolean {
  return !p.meetingAbstract && p.pages !== undefined && !p.pages.supplement && (pageCount(p.pages) ?? 0) >= 2;
}

function scoreIdentifiers(p: PreparedRecord, q: PreparedRecord, o: ResolvedOptions, out: FieldEvidence[], f: Facts, caps: Cap[]): void {
  if (p.doi && q.doi) {
    const rel = relateDois(p.doi, q.doi);
    if (rel === 'equal') {
      out.push(ev('doi', 1, 10, 'DOI equal'));
      f.idEqual = true;
    } else if (rel === 'versions') {
      const note = `versions of one Cochrane review (pub${p.doi.cochrane?.version ?? 1} vs pub${q.doi.cochrane?.version ?? 1})`;
      if (o.mergeReviewVersions) out.push(ev('doi', 0.5, 4, note));
      else {
        out.push(ev('doi', 0.5, -2, note));
        caps.push({ to: 'possible', rule: 'review-versions' });
      }
    } else if (rel === 'truncated') {
      out.push(ev('doi', 0.5, 0, 'one DOI is cut short: not compared'));
    } else if (p.preprint !== q.preprint) {
      // a preprint server and the journal each register their own DOI for one work
      out.push(ev('doi', 0, 0, 'DOIs differ (preprint and published version)'));
    } else {
      out.push(ev('doi', 0, -12, 'DOIs differ'));
      f.idConflict = true;
      f.doiConflict = true;
    }
  } else if (p.doi || q.doi) {
    out.push(ev('doi', -1, 0, 'only one record has a DOI'));
  }
  if (p.pmid && q.pmid) {
    if (p.pmid === q.pmid) {
      out.push(ev('pmid', 1, 10, 'PMID equal'));
      f.idEqual = true;
    } else {
      out.push(ev('pmid', 0, -12, 'PMIDs differ'));
      f.idConflict = true;
    }
  }
}

function scoreTitle(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  const a = p.title;
  const b = q.title;
  if (!a || !b) {
    f.titleMissing = true;
    if (a || b) out.push(ev('title', -1, 0, 'only one record has a title'));
    else out.push(ev('title', -1, 0, 'no titles'));
    return;
  }
  const t = compareTitles(a, b);
  const s = t.similarity;
  f.generic = a.generic || b.generic;
  f.titleSimilarity = s;
  // Short titles are shared by more works: an exact match counts less the shorter they are.
  const len = Math.min(a.key.length, b.key.length);
  const exactWeight = len >= 30 ? 8 : len >= 20 ? 7 : len >= 12 ? 6 : 4;
  const via = t.viaVariant ? ' (translated title)' : '';
  let w: number;
  let note: string;
  if (s === 1) {
    f.titleExact = !t.viaVariant;
    w = f.generic ? 1 : exactWeight;
    note = f.generic ? 'titles equal but generic' : `titles equal${via}`;
  } else if (t.changedWords.length > 0 && s >= 0.85) {
    // Similar by letters, but a word is another word: a companion paper, not a typo (unless the
    // pages say otherwise, see restoreRetitled).
    w = f.generic ? 0 : 1;
    note = `titles differ in words (${t.changedWords.slice(0, 4).join(', ')})`;
    f.retitledWeight = f.generic ? 0 : s >= 0.95 ? Math.min(6.5, exactWeight) : s >= 0.9 ? 4.5 : 2;
  } else if (s >= 0.95) {
    w = f.generic ? 1 : Math.min(6.5, exactWeight);
    note = `titles nearly equal${via}`;
  } else if (s >= 0.9) {
    w = f.generic ? 0 : 4.5;
    note = `titles similar${via}`;
  } else if (t.prefix && !f.generic) {
    f.titlePrefix = true;
    w = Math.min(a.key.length, b.key.length) < 30 ? 2 : 4;
    note = 'one title is the other cut short or without its subtitle';
  } else if (t.suffix && !f.generic) {
    f.titlePrefix = true;
    w = Math.min(a.key.length, b.key.length) < 30 ? 2 : 4;
    note = 'one title is the other without its leading label';
  } else if (s >= 0.85) {
    w = 2;
    note = 'titles somewhat similar';
  } else if (s >= 0.75) {
    w = -2;
    note = 'titles differ in part';
  } else if (s >= 0.6) {
    w = -6;
    note = 'titles differ';
  } else {
    w = -12;
    note = 'titles clearly differ';
  }
  out.push(ev('title', t.prefix ? Math.max(s, t.prefixSimilarity) : s, w, note));
}

function scoreAuthors(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  const c = compareAuthors(p.authors, q.authors);
  if (!c) {
    f.authorsMissing = true;
    if (p.authors.surnames.length > 0 || q.authors.surnames.length > 0) out.push(ev('authors', -1, 0, 'only one record has authors'));
    return;
  }
  let w: number;
  let note: string;
  if (c.similarity >= 0.99 && c.coverage >= 0.99) {
    w = 4;
    note = 'all authors match';
    f.authorsFull = true;
    f.authorsAll = true;
    f.authorsMatch = true;
  } else if (c.similarity >= 0.99) {
    // one list is cut short ("et al.", a database's author limit) or misses a co-author
    w = 3;
    note = 'authors match (one list is shorter)';
    f.authorsMatch = true;
    f.authorsAll = true;
  } else if ((c.similarity >= 0.6 && c.firstMatch) || c.coverage >= 0.75) {
    w = 2;
    note = 'most authors match';
    f.authorsMatch = true;
    // five or more authors that agree but for one name (misspelt, or listed by one database only)
    f.authorsAll = Math.min(p.authors.surnames.length, q.authors.surnames.length) >= 5 && c.coverage >= 0.9;
  } else if (c.similarity >= 0.5) {
    w = 0.5;
    note = 'authors partly match';
  } else if (c.firstMatch) {
    w = 0;
    note = 'only the first author matches';
  } else if (c.similarity > 0) {
    w = -4;
    note = 'authors differ';
  } else {
    w = -7;
    note = 'no author in common';
  }
  out.push(ev('authors', c.similarity, w, note));
}

function scoreYear(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  if (p.year === undefined || q.year === undefined) {
    if (p.year !== undefined || q.year !== undefined) out.push(ev('year', -1, 0, 'only one record has a year'));
    return;
  }
  const gap = Math.abs(p.year - q.year);
  f.yearGap = gap;
  if (gap === 0) out.push(ev('year', 1, 1.5, 'same year'));
  else if (gap === 1) out.push(ev('year', 0.5, -1.5, 'years differ by one (online vs print?)'));
  else out.push(ev('year', 0, -8, `years differ by ${gap}`));
}

function scoreVenue(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  const kp = publicationKind(p);
  const kq = publicationKind(q);
  if (kp && kq && kp !== kq && !compatibleKinds(kp, kq)) {
    f.kindConflict = `${kp} vs ${kq}`;
    out.push(ev('type', 0, -4, `${kp} vs ${kq}`));
  }
  if (p.venue && q.venue) {
    const s = venueSimilarity(p.venue, q.venue);
    f.venueSimilarity = s;
    if (s >= 0.9) {
      f.venueMatch = true;
      const note =
        p.venue.norm === q.venue.norm
          ? 'same journal'
          : p.venue.alias !== undefined && p.venue.alias === q.venue.alias
            ? 'same meeting (its two names link other duplicates in this set)'
            : 'same journal (abbreviated)';
      out.push(ev('journal', s, 1.5, note));
    } else if (s >= 0.5) out.push(ev('journal', s, 0.5, 'journal names overlap'));
    // Conference and series names vary too much between databases to count against a pair much.
    else if (isMeeting(p.venue.kind) || isMeeting(q.venue.kind)) out.push(ev('journal', s, -0.5, 'venue names differ'));
    else {
      out.push(ev('journal', s, -2, 'journals differ'));
      f.journalConflict = true;
    }
  } else if (p.venue || q.venue) {
    out.push(ev('journal', -1, 0, 'only one record has a journal'));
  }
}

function scoreLocators(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  let volumeMatch = false;
  // Magazine records in some databases carry the year as the volume ("2016" beside "94"): such a
  // volume says nothing about the other record's volume.
  const yearAsVolume = p.volume !== q.volume && ((p.year !== undefined && p.volume === String(p.year)) || (q.year !== undefined && q.volume === String(q.year)));
  if (p.volume && q.volume && !yearAsVolume) {
    volumeMatch = p.volume === q.volume;
    f.volumeConflict = !volumeMatch;
    out.push(volumeMatch ? ev('volume', 1, 1, 'same volume') : ev('volume', 0, -3, 'volumes differ'));
  }
  // A month or season ("May") and an issue number ("5") are two ways of naming an issue: not compared.
  if (p.issue && q.issue && /\d/.test(p.issue) === /\d/.test(q.issue)) {
    // Within one volume a different issue is a different item (a recurring column, say).
    if (p.issue === q.issue) {
      out.push(ev('issue', 1, 0.5, 'same issue'));
      f.sameIssue = volumeMatch;
    }
    else {
      f.issueConflict = true;
      out.push(volumeMatch ? ev('issue', 0, -6, 'same volume, different issues') : ev('issue', 0, -1, 'issues differ'));
    }
  }
  if (p.pages && q.pages) {
    const a = p.pages;
    const b = q.pages;
    if (a.start === b.start) {
      const same = a.end === b.end || a.end === undefined || b.end === undefined;
      out.push(ev('pages', same ? 1 : 0.8, same ? 2.5 : 1.5, same ? 'same pages' : 'same first page'));
      f.samePages = true;
      f.samePageRange = a.end !== undefined && a.end === b.end && (pageCount(a) ?? 0) >= 2;
      f.locatorMatch = volumeMatch || p.volume === undefined || q.volume === undefined;
      f.sameCitation = volumeMatch && a.end !== undefined && a.end === b.end && (pageCount(a) ?? 0) >= 2;
    } else if (onlineFirst(p, q) || onlineFirst(q, p)) {
      out.push(ev('pages', 0.5, 0, 'pages differ (online-first pagination?)'));
    } else {
      out.push(ev('pages', 0, -4, 'pages differ'));
      f.pagesConflict = true;
    }
  }
}

/** `a` looks like the online-first version of `b`: pages from 1, no later year, no volume of its own. */
function onlineFirst(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.pages?.start !== '1' || !b.pages || !/^\d+$/.test(b.pages.start) || Number(b.pages.start) <= 1) return false;
  if (a.year !== undefined && b.year !== undefined && a.year > b.year) return false;
  return a.volume === undefined || a.volume !== b.volume;
}

function scoreOther(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  if (p.numbers.length > 0 && q.numbers.length > 0) {
    const shared = p.numbers.some((n) => q.numbers.includes(n));
    out.push(ev('isbn', shared ? 1 : 0, shared ? 0.5 : 0, shared ? 'ISSN/ISBN shared' : 'ISSN/ISBN differ (print vs electronic?)'));
  }
  const ha = p.record.abstract ? abstractHashes(p) : null;
  const hb = ha && q.record.abstract ? abstractHashes(q) : null;
  if (ha && hb) {
    const c = containment(ha, hb);
    f.abstractContainment = c;
    if (c >= 0.9) out.push(ev('abstract', c, 2, 'abstracts agree'));
    else if (c >= 0.7) out.push(ev('abstract', c, 1, 'abstracts mostly agree'));
    else if (c < 0.35) out.push(ev('abstract', c, -3, 'abstracts differ'));
    else out.push(ev('abstract', c, 0, 'abstracts partly agree'));
  }
}

/**
 * Titles that differ completely while journal, year, volume, page range and authors all agree are
 * one article under two titles (a translation, or the original-language title in one database):
 * two works do not share authors and a multi-page range in one volume.
 */
function rescueTranslatedTitle(out: FieldEvidence[], f: Facts): void {
  if (!(f.sameCitation && f.venueMatch && f.yearGap === 0 && f.authorsMatch && !f.idConflict)) return;
  const i = out.findIndex((e) => e.field === 'title' && e.weight < 0);
  const e = out[i];
  if (!e) return;
  out[i] = ev('title', e.similarity, 1, `${e.note}, but journal, year, volume, pages and authors agree (translated title?)`);
}

/** A changed word in a title with the same page range (or identifier): one article, retitled. */
function restoreRetitled(out: FieldEvidence[], f: Facts): void {
  if (f.retitledWeight === undefined || !(f.samePageRange || f.idEqual) || f.yearGap !== 0) return;
  const i = out.findIndex((e) => e.field === 'title');
  const e = out[i];
  if (!e) return;
  out[i] = ev('title', e.similarity, f.retitledWeight, `${e.note}, but the same ${f.samePageRange ? 'pages' : 'identifier'}`);
}

const rewordedWeight = 5;

/**
 * A title one database reworded (a word added, dropped or replaced: "Applying the golden rule…" /
 * "Using the golden rule…", "Maintenance of cube automatic summary tables" / "Maintenance of
 * automatic summary tables") or gave without its subtitle still names one paper when the authors
 * (every author of one list in the other), the year and the venue agree and no locator or
 * identifier disagrees: the title then counts by the words it shares (three or more, and three
 * quarters of the longer title's) or by the main title it repeats. A companion paper in the same
 * journal and year is told apart by its pages or DOI, which must not differ.
 */
function restoreReworded(p: PreparedRecord, q: PreparedRecord, out: FieldEvidence[], f: Facts): void {
  if (f.generic || f.titleExact || !p.title || !q.title) return;
  if (!(f.authorsAll && f.yearGap === 0 && f.venueMatch)) return;
  if (f.idConflict || f.pagesConflict || f.volumeConflict || f.issueConflict || f.kindConflict || f.journalConflict) return;
  const i = out.findIndex((e) => e.field === 'title');
  const e = out[i];
  if (!e || e.weight >= rewordedWeight) return;
  const o = wordOverlap(p.title.norm, q.title.norm);
  // A replaced word is a companion paper's mark ("… in mice" / "… in rats") unless the two records
  // come from two different exports: each database then lists the companion too, its exact twin
  // wins the link, and the same-export conflict keeps the companions apart (see `clusterLinks`).
  const shares = o.shared >= 3 && o.share >= 0.75 && (!o.replaced || f.crossExport);
  if (!shares && !f.titlePrefix) return;
  const why = shares ? `${o.shared} words in common` : 'the main title in common';
  out[i] = ev('title', e.similarity, rewordedWeight, `${e.note}; ${why}, and the authors, the year and the venue agree`);
}

/**
 * Two DOIs on records that agree on everything else (exact title, every author, year, journal and
 * first page) are a database error, not two works: one of them carries another article's DOI or a
 * mistyped one. The conflict then counts little and no longer blocks the pair.
 */
function forgiveDoiError(out: FieldEvidence[], f: Facts): void {
  if (!(f.doiConflict && f.titleExact && f.authorsFull && f.yearGap === 0 && f.venueMatch && f.samePages && !f.generic)) return;
  const i = out.findIndex((e) => e.field === 'doi');
  if (i < 0) return;
  out[i] = ev('doi', 0, -2, 'DOIs differ, but title, authors, year, journal and pages agree (a wrong DOI in one database?)');
  f.idConflict = false;
}

/**
 * A generic title ("Guest editorial", "Keynote address", a column's name) names one item when two
 * different exports list it and the set holds no third record with that title, year and an author
 * in common (`genericPeers`, known only to `deduplicate`), and the authors, year and venue agree
 * with nothing against the pair: the two databases then list the one editorial those authors wrote
 * there that year (each database would list a second one too, making a third record). With a third
 * record (a column in every issue), or without knowing the exports, the pair stays with a person.
 */
function soleGenericItem(p: PreparedRecord, q: PreparedRecord, f: Facts, out: FieldEvidence[]): boolean {
  if (!f.crossExport || p.genericPeers !== 1 || q.genericPeers !== 1) return false;
  if (!f.titleExact || !f.authorsAll || f.yearGap !== 0 || !f.venueMatch) return false;
  if (f.idConflict || f.pagesConflict || f.volumeConflict || f.issueConflict || f.journalConflict || f.kindConflict) return false;
  const i = out.findIndex((e) => e.field === 'title');
  const e = out[i];
  if (!e) return false;
  out[i] = ev('title', e.similarity, soleGenericWeight, `${e.note}, but no other record of the set has this title, year and author`);
  return true;
}
const soleGenericWeight = 5;

/** Guards from the special cases: each names the rule and how far it caps the class. */
function guards(p: PreparedRecord, q: PreparedRecord, f: Facts, out: FieldEvidence[], caps: Cap[]): void {
  if (p.notice !== q.notice) {
    const kind = p.notice ?? q.notice ?? 'notice';
    const other = p.notice && q.notice ? q.notice : 'the article';
    out.push(ev('type', 0, -10, `${kind} vs ${other}: a notice about an article is not the article`));
    caps.push({ to: 'distinct', rule: `${kind}-vs-original` });
  }
  const pa = p.title?.part;
  const pb = q.title?.part;
  if (pa !== pb && (pa !== undefined || pb !== undefined)) {
    if (pa !== undefined && pb !== undefined) {
      out.push(ev('title', 0, -10, `different parts of a series (part ${pa} vs part ${pb})`));
      caps.push({ to: 'distinct', rule: 'multi-part' });
    } else {
      out.push(ev('title', 0, 0, 'only one title names a part'));
      caps.push({ to: 'possible', rule: 'multi-part' });
    }
  }
  const na = p.title?.numbers ?? '';
  const nb = q.title?.numbers ?? '';
  if (na !== '' && nb !== '' && na !== nb && pa === pb) {
    // "2019 report" / "2020 report", "Trial 1" / "Trial 2" are different works; a typo in a number
    // ("p6INK4a") is not, and then the identifiers or the volume and pages agree.
    if (f.idEqual || f.locatorMatch) out.push(ev('title', 0, 0, `numbers in the titles differ (${na} vs ${nb}) but the same pages`));
    else {
      out.push(ev('title', 0, -4, `numbers in the titles differ (${na} vs ${nb})`));
      caps.push({ to: 'possible', rule: 'title-numbers' });
    }
  }
  if (p.preprint !== q.preprint && !f.idEqual && !f.locatorMatch) {
    out.push(ev('type', 0, 0, 'preprint vs published version'));
    caps.push({ to: 'possible', rule: 'preprint-vs-published' });
  }
  // A meeting abstract and the full paper share title and authors but not their place: when the
  // identifiers or volume and pages agree, the records cite one publication whatever the labels say.
  if (!f.idEqual && !f.locatorMatch && ((p.meetingAbstract && regularArticle(q)) || (q.meetingAbstract && regularArticle(p)))) {
    out.push(ev('type', 0, -2, 'meeting abstract vs full paper'));
    caps.push({ to: 'possible', rule: 'abstract-vs-full-paper' });
  }
  // A conference's demonstration, tutorial, panel or keynote can carry the title of a full paper by
  // the same authors at the same meeting (ACM lists "DEVise (demo abstract): …" beside "DEVise: …"),
  // but one database labels the item and the other leaves the label out far more often: a label on
  // one side only is weak evidence against the pair; two different labels are two items.
  const ga = p.title?.genre;
  const gb = q.title?.genre;
  if (ga !== gb && !f.idEqual) {
    if (ga !== undefined && gb !== undefined) {
      out.push(ev('type', 0, -4, `${ga} vs ${gb}`));
      caps.push({ to: 'possible', rule: 'conference-item-kind' });
    } else if (!f.locatorMatch) {
      out.push(ev('type', 0, -1, `only one title is labelled a ${ga ?? gb ?? 'conference item'}`));
    }
  }
  // A database lists each of its items once: two records of one export, one of them without any
  // identifier or pages, are two of its items (a column's instalments, a demonstration beside its
  // paper, a reprint in a later issue), not one publication listed twice — unless an identifier or
  // the first page says otherwise. The pair counts as a conflict, so a record of another export
  // cannot chain them into one group. (A merged record carries the exports of all its members, and
  // the record without locators keeps the conflict with it.)
  if (!f.idEqual && !f.locatorMatch && (!hasLocator(p) || !hasLocator(q)) && sameExport(p, q)) {
    out.push(ev('origin', 0, -10, `both records come from one export (${p.origins.filter((o) => q.origins.includes(o)).join(', ')}), which lists an item once`));
    caps.push({ to: 'distinct', rule: 'same-export' });
  }
  if (f.idConflict) caps.push({ to: f.titleExact && f.authorsFull && f.yearGap === 0 ? 'possible' : 'distinct', rule: 'identifier-conflict' });
  if (!f.idEqual) {
    if (f.yearGap !== undefined && f.yearGap >= 2) caps.push({ to: 'distinct', rule: 'years-apart' });
    // Online-first vs print year, or a conference's year vs its proceedings' year: only when the
    // venue agrees is a one-year gap the same publication.
    const venueAgrees = f.venueMatch || (f.venueSimilarity >= 0.7 && !f.kindConflict);
    if (f.yearGap === 1 && !venueAgrees && !f.locatorMatch) caps.push({ to: 'possible', rule: 'year-off-by-one' });
    if (f.kindConflict && f.yearGap !== 0) caps.push({ to: 'possible', rule: 'venue-kind' });
    // The same title and authors in two different journals: a duplicate publication, an abstract
    // printed by two societies, or a data error; a person decides.
    // (Same volume and issue: one journal under two names, e.g. transliterated and translated.)
    if (f.journalConflict && !f.samePages && !f.sameIssue) caps.push({ to: 'possible', rule: 'different-journals' });
    if (f.titleMissing) caps.push({ to: 'possible', rule: 'no-title' });
    if (f.generic && !(f.locatorMatch && f.yearGap === 0) && !soleGenericItem(p, q, f, out)) caps.push({ to: 'possible', rule: 'generic-title' });
  }
  if (f.kindConflict && /book|chapter|thesis|dataset/.test(f.kindConflict)) caps.push({ to: 'possible', rule: 'publication-kind' });
}

/**
 * Two records that carry the same long abstract, the same authors and the same journal within a year,
 * but whose other fields conflict (their own DOIs, volumes and pages), are one article listed twice,
 * and they go into one group (the group keeps both records; nothing is deleted):
 * - an erratum or correction whose title is "Erratum to" the article's whole title: a database that
 *   gives the notice the article's abstract has listed the article again under its correction (a
 *   notice of its own has no abstract or a few lines of its own, and stays apart: see `guards`).
 *   Retractions, expressions of concern, comments and replies are never grouped with the article;
 * - the exact title, not a generic one: the same article printed twice (a reprint in a later issue).
 * Returns the rule, or undefined. Its evidence line says why the conflicts found above do not count.
 */
function sameArticleListedTwice(p: PreparedRecord, q: PreparedRecord, f: Facts, out: FieldEvidence[]): string | undefined {
  if (!f.authorsFull || !f.venueMatch || f.journalConflict || f.yearGap === undefined || f.yearGap > 1) return undefined;
  if (p.title?.part !== q.title?.part || !p.title || !q.title) return undefined;
  const shorter = Math.min(p.record.abstract?.length ?? 0, q.record.abstract?.length ?? 0);
  if ((f.abstractContainment ?? 0) < 0.95 || shorter < 400) return undefined;
  if (p.notice !== q.notice) {
    const [notice, article] = p.notice ? [p, q] : [q, p];
    if (notice.notice !== 'erratum' || article.notice !== undefined || article.title!.generic) return undefined;
    if (article.title!.tokenCount < 4 || !notice.title!.norm.endsWith(` ${article.title!.norm}`)) return undefined;
    out.push(ev('type', 1, 0, "an erratum record with the article's title, authors, journal and abstract: the article listed again"));
    return 'erratum-with-article';
  }
  if (!f.titleExact || f.generic || p.title.tokenCount < 4 || p.notice !== undefined) return undefined;
  out.push(ev('type', 1, 0, 'the same title, authors and abstract in the same journal: one article printed twice'));
  return 'reprinted';
}

const rank: Readonly<Record<PairClass, number>> = { distinct: 0, possible: 1, duplicate: 2 };

/** Score a pair of prepared records. The verdict does not depend on the order of the two. */
export function comparePrepared(x: PreparedRecord, y: PreparedRecord, o: ResolvedOptions): PairVerdict {
  const [p, q] = x.id <= y.id ? [x, y] : [y, x];
  const out: FieldEvidence[] = [];
  const caps: Cap[] = [];
  const f: Facts = {
    idEqual: false,
    idConflict: false,
    titleExact: false,
    titleSimilarity: 0,
    titleMissing: false,
    generic: false,
    authorsFull: false,
    authorsAll: false,
    authorsMatch: false,
    authorsMissing: false,
    yearGap: undefined,
    venueMatch: false,
    venueSimilarity: 0,
    kindConflict: undefined,
    locatorMatch: false,
    pagesConflict: false,
    sameCitation: false,
    journalConflict: false,
    doiConflict: false,
    retitledWeight: undefined,
    samePageRange: false,
    samePages: false,
    sameIssue: false,
    volumeConflict: false,
    issueConflict: false,
    crossExport: p.origins.length > 0 && q.origins.length > 0 && !sameExport(p, q),
    titlePrefix: false,
    abstractContainment: undefined,
  };
  scoreIdentifiers(p, q, o, out, f, caps);
  scoreTitle(p, q, out, f);
  scoreAuthors(p, q, out, f);
  scoreYear(p, q, out, f);
  scoreVenue(p, q, out, f);
  scoreLocators(p, q, out, f);
  scoreOther(p, q, out, f);
  rescueTranslatedTitle(out, f);
  restoreRetitled(out, f);
  restoreReworded(p, q, out, f);
  forgiveDoiError(out, f);
  guards(p, q, f, out, caps);

  const link = sameArticleListedTwice(p, q, f, out);

  let score = 0;
  for (const e of out) score += e.weight;
  score = round(score);
  let cls: PairClass = score >= o.duplicateThreshold ? 'duplicate' : score >= o.possibleThreshold ? 'possible' : 'distinct';
  for (const cap of caps) if (rank[cap.to] < rank[cls]) cls = cap.to;
  if (link !== undefined) return { a: p.id, b: q.id, score, class: 'duplicate', evidence: out, rule: link };
  // Name the guard behind the class even when the score alone would have reached it: the rule is
  // the reason a person reads first ("erratum-vs-original" says more than "score").
  const rule = caps.find((cap) => cap.to === cls)?.rule ?? 'score';
  return { a: p.id, b: q.id, score, class: cls, evidence: out, rule };
}

/**
 * Compare two records and explain the verdict field by field.
 *
 * @example
 * const v = compareRecords(a, b);
 * if (v.class === 'duplicate') console.log(v.evidence.map((e) => `${e.field}: ${e.note}`));
 */
export function compareRecords(a: DedupRecord, b: DedupRecord, options?: DedupOptions): PairVerdict {
  return comparePrepared(prepareRecord(a), prepareRecord(b), resolveOptions(options));
}
