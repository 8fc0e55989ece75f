/**
 * Title keys and the title-borne signals that make two near-identical titles different works:
 * notices about an article (erratum, retraction, comment, reply), parts of a series, numbers, and
 * generic titles ("Editorial") that say nothing about identity.
 */
import { foldText, ordinalWords, words } from './text.js';

/** A record that is about another article rather than the article itself. */
export type NoticeKind = 'erratum' | 'retraction' | 'comment' | 'reply' | 'concern';

export type TitleInfo = Readonly<{
  /** Folded words joined by one space. */
  norm: string;
  /** `norm` without spaces: robust to "e-health" / "ehealth", the key compared by edit distance. */
  key: string;
  /** Other keys for the same title: a translated title, the bracketed English title. */
  variants: readonly string[];
  /** Number of content words (stop words not counted). */
  tokenCount: number;
  notice: NoticeKind | undefined;
  /** "Part 2", "Part II": the part of a multi-part article, normalised to digits. */
  part: string | undefined;
  /** The title's numbers, sorted, each once ("3 2019"): titles that differ only here are different works. */
  numbers: string;
  /** Too short or too common ("Editorial", "Book review", a journal name) to identify a work alone. */
  generic: boolean;
  /**
   * The kind of conference item a title says it is ("(panel session)", "Tutorial:", "(demo
   * abstract)", "(keynote)"): a demonstration or a tutorial can share its title with a full paper
   * by the same authors at the same meeting, so the label is kept apart from the words.
   */
  genre: Genre | undefined;
  /**
   * The title after a short leading label ended by a colon or a dash ("SIGMOD challenges paper:
   * Database issues in…" → "database issues in…"), folded; undefined without such a label.
   */
  unlabelled: string | undefined;
}>;

/** Conference items that are not the full paper, named in a title's label. */
export type Genre = 'panel' | 'tutorial' | 'demo' | 'talk' | 'poster';

const noVariants: readonly string[] = Object.freeze([]);
const stopWords = new Set(
  'a an and are as at by de der des die du for from in into is la le les of on or the to und with within'.split(' '),
);

/** Words that fill a title field when the source had none. */
const missingTitles = new Set(['unknown', 'untitled', 'no title', 'none', 'na', 'n a', 'no title available', 'not available', 'anonymous']);

const genericTitles = new Set(
  [
    'editorial', 'editorials', 'guest editorial', 'editorial comment', 'editors note', 'editor note', 'from the editor',
    'from the editors', 'introduction', 'preface', 'foreword', 'book review', 'book reviews', 'books', 'books received',
    'reviews', 'review', 'letter', 'letters', 'letter to the editor', 'letters to the editor', 'correspondence',
    'comment', 'comments', 'commentary', 'reply', 'response', 'authors reply', 'author reply', 'erratum', 'errata',
    'corrigendum', 'correction', 'corrections', 'retraction', 'abstracts', 'abstract', 'index', 'author index',
    'subject index', 'contents', 'table of contents', 'news', 'announcements', 'in this issue', 'obituary',
    'conference report', 'meeting report', 'annual report', 'acknowledgements', 'acknowledgments', 'reviewers',
    'highlights', 'research highlights', 'front matter', 'back matter', 'masthead', 'cover', 'issue information',
    'calendar', 'notices', 'poster', 'posters', 'poster session', 'oral presentations', 'discussion', 'summary',
    'conclusion', 'conclusions', 'overview', 'update', 'news and views', 'in brief', 'opinion', 'perspective',
    'viewpoint', 'case report', 'case reports', 'case series', 'images in medicine', 'quiz', 'answer', 'question',
    'invited commentary', 'keynote', 'keynote address', 'welcome', 'program', 'programme', 'proceedings',
    'minitrack introduction', 'introduction to the minitrack', 'track introduction', 'panel', 'tutorial',
  ].map((t) => t.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()),
);

/** Titles of recurring columns: the same words head a new item in every issue. */
const recurring =
  /\beditors? (comments?|notes?|introduction|letter|remarks|corner|choice)\b|\b(remarks|notes|letter|message) from the (editors?|president|chair)\b|^(from the (editors?|president|chair)|in this issue|issue information|this issue|upcoming events|news and notes|reviewer acknowledge?ments?|acknowledge?ments? to reviewers)\b/;

/** Cheap pre-checks: most titles contain none of these words, so the patterns below are skipped. */
const noticeWords = new Set(
  'erratum errata corrigendum corrigenda correction corrections retraction retracted withdrawal withdrawn reply replies response responses comment comments commentary concern letter re addendum publisher publishers'.split(' '),
);
const recurringWords = new Set('editor editors issue president chair events notes acknowledgements acknowledgments acknowledgement acknowledgment'.split(' '));
const anyIn = (list: readonly string[], set: ReadonlySet<string>): boolean => {
  for (const w of list) if (set.has(w)) return true;
  return false;
};

const noticePatterns: readonly (readonly [NoticeKind, RegExp])[] = [
  ['concern', /^(editorial )?expression of concern\b|\bexpression of concern (for|regarding|about|on|to)\b/],
  ['retraction', /^(retraction|retraction note|retraction notice|notice of retraction|withdrawal|withdrawn|retraction statement)\b/],
  ['erratum', /^(erratum|errata|corrigendum|corrigenda|correction|corrections|addendum|author correction|publisher correction|publishers note|publisher s note)\b|\b(erratum|corrigendum|correction) (to|for|in|on|of)\b/],
  ['reply', /^(reply|replies|response|responses|authors reply|author reply|authors response|author response|the authors reply|in reply|in response)\b|\b(authors? )?reply$|\breply to\b|\bresponse to (the )?(comment|letter|commentary|critique|correspondence)s?\b/],
  ['comment', /^(comment|comments|commentary|letter|re|letter to the editor) (on|to|about|regarding|re)\b|^re \S|^comment\b|^commentary\b|\bcomment on\b|\bcommentary on\b/],
];

/** Prefixes that mark the article itself as retracted: the record is still that article. */
const retractedPrefix = /^(retracted article|retracted|retracted paper|withdrawn article)\s+/;

const partPattern = /\bpart\s+(\d+|[ivx]{1,5}|one|two|three|four|five|six|a|b|c)\b/;
const partWords: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', a: '1', b: '2', c: '3' };

function romanToNumber(value: string): string | undefined {
  const digits: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const cur = digits[value[i] ?? ''];
    const next = digits[value[i + 1] ?? ''] ?? 0;
    if (cur === undefined) return undefined;
    total += cur < next ? -cur : cur;
  }
  return total > 0 ? String(total) : undefined;
}

/**
 * Notes that databases append to titles (Ovid MEDLINE "[Review] [33 refs]", "[Erratum appears in
 * …]", CRD "(Provisional abstract)", "(Brief record)", ACM/DBLP "(Panel)", "(Tutorial)"); cut
 * ones may lack the closing bracket.
 */
const annotation =
  /\s*\[(review|\d+ refs?|erratum appears|erratum in|comment|see comment|published erratum|retracted|retraction in|update of|updated in|english abstract|article in|corrected|republished|expression of concern)[^\]]*(\]|$)|\s*\((provisional abstract|structured abstract|brief record|abstract only)(\)|$)|\s*\((provisional|structured)\s*$|\s*\((abstract|extended abstract|experience paper|invited paper|short paper|industrial paper|position paper|research note|book review)\)\s*$|\s*[:(]\s*talk[- ]slides available[^)]*(\)|$)/gi;

/**
 * Labels naming what kind of conference item a record is, which one database writes into the title
 * and another leaves out or puts elsewhere: ACM "XML data management (panel session): go native…",
 * DBLP "… (Panel Abstract)", "Tutorial: LDAP directory services", "Panel on …", "…? Panel".
 */
const genreInside =
  /\s*\((panel|panel session|panel abstract|panel summary|panel discussion|tutorial|tutorial session|tutorial abstract|demo|demo abstract|demo description|demonstration|demonstration abstract|demonstration description|system demonstration|poster|poster abstract|keynote|keynote address|keynote talk|invited talk|invited industrial talk|industrial talk)\)/i;
const genreLead = /^(panel|tutorial|demo|demonstration|keynote|keynote address|invited talk|poster)\s*:\s*|^(panel|tutorial) on\s+/i;
const genreTail = /([?!.:])\s+(panel|tutorial)\s*$|:\s+an? (tutorial|panel)\s*$/i;
/** What follows " - " or ", " in a title to say what a journal item is ("X - Book Review"). */
const itemTail = /\s*(?:\s-\s*|,\s*|:\s*)(book review|guest editors?'?\s*s?'? (?:introduction|foreword|preface)|guest editorial)\s*$/i;

const labelWords = ['panel', 'tutorial', 'demo', 'keynote', 'poster', 'talk', 'review', 'guest'];
const hasLabelWord = (title: string): boolean => {
  const lower = title.toLowerCase();
  for (const w of labelWords) if (lower.includes(w)) return true;
  return false;
};

function genreWord(label: string): Genre {
  const l = label.toLowerCase();
  if (l.startsWith('panel')) return 'panel';
  if (l.startsWith('tutorial')) return 'tutorial';
  if (l.startsWith('demo') || l.includes('demonstration')) return 'demo';
  if (l.startsWith('poster')) return 'poster';
  return 'talk';
}

/**
 * The title without a conference item's label, and the label's kind. A label that is the whole
 * title ("Keynote address") stays: it is then the title (a generic one).
 */
export function splitGenre(title: string): { title: string; genre: Genre | undefined } {
  // most titles hold none of the labels' words: skip the patterns
  if (!hasLabelWord(title)) return { title, genre: undefined };
  let rest = title;
  let genre: Genre | undefined;
  const keep = (next: string, label: string | undefined): void => {
    if (label === undefined || foldText(next).length < 8) return;
    rest = next;
    genre ??= genreWord(label);
  };
  if (rest.includes('(')) {
    const m = genreInside.exec(rest);
    if (m) keep(rest.slice(0, m.index) + rest.slice(m.index + m[0].length), m[1]);
  }
  const lead = genreLead.exec(rest);
  if (lead) keep(rest.slice(lead[0].length), lead[1] ?? lead[2]);
  const tail = genreTail.exec(rest);
  if (tail) keep(rest.slice(0, tail.index) + (tail[1] ?? ''), tail[2] ?? tail[3]);
  const item = itemTail.exec(rest);
  if (item && foldText(rest.slice(0, item.index)).length >= 8) rest = rest.slice(0, item.index);
  return { title: rest, genre };
}

/** A title without the annotations databases append to it. */
export function stripAnnotations(title: string): string {
  if (!title.includes('[') && !title.includes('(') && !title.includes('lides')) return title;
  return title.replace(annotation, '').replace(/[\s.]*\[\s*$/, '');
}

/** The title folded for comparison, or '' when the field holds a placeholder ("UNKNOWN"). */
export function foldTitle(title: string | undefined): string {
  let norm = foldText(title === undefined ? undefined : stripAnnotations(title));
  if (missingTitles.has(norm)) return '';
  norm = norm.replace(retractedPrefix, '');
  return norm;
}

/**
 * The numbers a title holds, as a sorted set: "4th" and "fourth" are one number, and a title that
 * puts "KRDB'98" before "the 5th workshop" instead of after it holds the same numbers. Ordinal
 * words count only in a title that also has digits (otherwise "first" is a word, not a count).
 */
function titleNumbers(norm: string, key: string): string {
  if (!/\d/.test(key)) return '';
  const found = new Set<number>();
  for (const d of key.match(/\d+/g) ?? []) found.add(Number(d));
  for (const w of words(norm)) {
    const n = ordinalWords[w];
    if (n !== undefined) found.add(n);
  }
  return [...found].sort((x, y) => x - y).join(' ');
}

/** What ends a leading label: "Foreword: …", "ACT-NET - The active…", "How I did it ... Upwork's CEO…". */
const labelEnd = /: | [-\u2013\u2014] |\.\.\.|\u2026/;

/** Words in a folded string (single spaces between words). */
function wordCount(folded: string): number {
  if (folded === '') return 0;
  let n = 1;
  for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) n++;
  return n;
}

/** The folded title after a leading label of one to four words, when it keeps three words or more. */
function afterLabel(title: string, norm: string): string | undefined {
  const m = labelEnd.exec(title);
  if (!m || m.index === 0) return undefined;
  const label = foldText(title.slice(0, m.index));
  if (label === '' || wordCount(label) > 4 || !norm.startsWith(`${label} `)) return undefined;
  const rest = norm.slice(label.length + 1);
  return wordCount(rest) >= 3 ? rest : undefined;
}

/** A bracketed part of a title: a translated title ("[Title in English]") or a section ("[careers]"). */
function bracketed(title: string): { inside: string; outside: string } | undefined {
  const m = /\[([^\]]{3,})\]/.exec(title);
  if (!m?.[1]) return undefined;
  return { inside: m[1], outside: title.replace(/\[[^\]]*\]/g, ' ') };
}

/**
 * Analyse a title (and optional translated title) into keys and identity signals. `journal` (folded)
 * lets a title that only repeats the journal name count as generic.
 */
export function analyseTitle(title: string | undefined, translated?: string, journalNorm?: string): TitleInfo | undefined {
  const labelled = splitGenre(stripAnnotations(title?.trim() ?? ''));
  const raw = labelled.title;
  // "[Title in English]" as the whole title: MEDLINE's translated-title convention.
  const whole = raw.startsWith('[') ? /^\[(.+)\][.\s]*$/.exec(raw) : null;
  const main = whole?.[1] ?? raw;
  const norm = foldTitle(main);
  const variants: string[] = [];
  const addVariant = (value: string | undefined): void => {
    const key = foldTitle(value).replace(/ /g, '');
    if (key.length >= 8 && !variants.includes(key)) variants.push(key);
  };
  if (translated) addVariant(translated.replace(/^\[|\][.\s]*$/g, ''));
  if (!whole && raw.includes('[')) {
    const b = bracketed(raw);
    if (b) {
      if (b.inside.length >= 8) addVariant(b.inside);
      addVariant(b.outside);
    }
  }
  if (norm === '') {
    // No usable main title: fall back to a translated one when there is one.
    const alt = translated ? foldTitle(translated) : '';
    if (alt === '') return undefined;
    return analyseTitle(translated, undefined, journalNorm);
  }
  const key = norm.replace(/ /g, '');
  const all = words(norm);
  let tokenCount = 0;
  for (const w of all) if (!stopWords.has(w)) tokenCount++;

  let notice: NoticeKind | undefined;
  if (anyIn(all, noticeWords)) {
    for (const [kind, pattern] of noticePatterns) {
      if (pattern.test(norm)) {
        notice = kind;
        break;
      }
    }
  }

  const pm = norm.includes('part ') ? partPattern.exec(norm) : null;
  let part: string | undefined;
  if (pm?.[1]) part = /^\d+$/.test(pm[1]) ? String(Number(pm[1])) : (partWords[pm[1]] ?? romanToNumber(pm[1]));

  const numbers = titleNumbers(norm, key);

  const isJournalName =
    journalNorm !== undefined && journalNorm.length >= 8 && (norm === journalNorm || norm.startsWith(journalNorm + ' ' + journalNorm));
  const generic =
    genericTitles.has(norm) ||
    isJournalName ||
    tokenCount <= 1 ||
    key.length < 10 ||
    (anyIn(all, recurringWords) && recurring.test(norm)) ||
    (key.length < 40 && /^(book review|review of|editorial|erratum|correction|introduction to the (special )?(issue|section|minitrack|track))\b/.test(norm));

  const unlabelled = afterLabel(main, norm);
  return { norm, key, variants: variants.length > 0 ? variants : noVariants, tokenCount, notice, part, numbers, generic, genre: labelled.genre, unlabelled };
}
