/**
 * String similarities used by the scorer. Titles are compared on their space-free keys by edit
 * distance (robust to typos, hyphenation and punctuation); a title cut short or missing its
 * subtitle is recognised as a prefix; abstracts are compared as sets of content words.
 */
import { distance } from 'fastest-levenshtein';
import { ordinalNumber } from './text.js';
import type { TitleInfo } from './title.js';

/**
 * Levenshtein distance, computed on what is left after the common prefix and suffix are cut off
 * (that never changes the distance). Titles that differ by a typo or a word leave a short middle,
 * which the bit-parallel algorithm handles in one machine word.
 */
export function editDistance(a: string, b: string): number {
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let ea = a.length;
  let eb = b.length;
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  if (ea === start) return eb - start;
  if (eb === start) return ea - start;
  const x = a.slice(start, ea);
  const y = b.slice(start, eb);
  return x.length <= 32 || y.length <= 32 ? distance(x, y) : myersBlocks(x, y);
}

// Buffers reused by every call: the block algorithm below allocates nothing.
const peq = new Uint32Array(0x10000);
let phc = new Int32Array(8);
let mhc = new Int32Array(8);

/**
 * Myers' bit-parallel edit distance in blocks of 32 (Hyyrö), for two strings longer than 32. The
 * same algorithm as fastest-levenshtein's, with typed arrays kept between calls.
 */
function myersBlocks(x: string, y: string): number {
  const [a, b] = x.length >= y.length ? [x, y] : [y, x];
  const n = a.length;
  const m = b.length;
  const hsize = Math.ceil(n / 32);
  if (phc.length < hsize) {
    phc = new Int32Array(hsize * 2);
    mhc = new Int32Array(hsize * 2);
  }
  phc.fill(-1, 0, hsize);
  mhc.fill(0, 0, hsize);
  const vsize = Math.ceil(m / 32);
  let score = m;
  for (let j = 0; j < vsize; j++) {
    const start = j * 32;
    const end = Math.min(m, start + 32);
    const last = j === vsize - 1;
    for (let k = start; k < end; k++) peq[b.charCodeAt(k)] = (peq[b.charCodeAt(k)] ?? 0) | (1 << (k - start));
    let mv = 0;
    let pv = -1;
    const topBit = end - start - 1;
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)] ?? 0;
      const word = i >> 5;
      const bit = i & 31;
      const pb = ((phc[word] ?? 0) >>> bit) & 1;
      const mb = ((mhc[word] ?? 0) >>> bit) & 1;
      const xv = eq | mv;
      const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (last) {
        score += (ph >>> topBit) & 1;
        score -= (mh >>> topBit) & 1;
      }
      if (((ph >>> 31) ^ pb) !== 0) phc[word] = (phc[word] ?? 0) ^ (1 << bit);
      if (((mh >>> 31) ^ mb) !== 0) mhc[word] = (mhc[word] ?? 0) ^ (1 << bit);
      ph = (ph << 1) | pb;
      mh = (mh << 1) | mb;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let k = start; k < end; k++) peq[b.charCodeAt(k)] = 0;
  }
  return score;
}

/** Lower bound of the edit distance from letter counts: each edit changes at most one count up and one down. */
function histogramBound(a: string, b: string): number {
  const counts = histogram;
  counts.fill(0);
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    counts[c] = (counts[c] ?? 0) - 1;
  }
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < 128; i++) {
    const c = counts[i] ?? 0;
    if (c > 0) plus += c;
    else minus -= c;
  }
  return Math.max(plus, minus);
}
const histogram = new Int32Array(128);

/**
 * 1 − edit distance / length of the longer string; 1 for two equal strings. Below `floor` the
 * value is only an upper bound: callers that only need to know "clearly different" skip the
 * exact distance.
 */
export function editSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  // The length difference alone bounds the similarity: skip the distance when it cannot matter.
  if (Math.min(a.length, b.length) / max < Math.max(0.5, floor)) return Math.min(a.length, b.length) / max;
  if (floor > 0 && max > 32) {
    const bound = 1 - histogramBound(a, b) / max;
    if (bound < floor) return bound;
  }
  return 1 - editDistance(a, b) / max;
}

export type TitleComparison = Readonly<{
  /** Edit similarity of the best pair of keys (main titles, translated or bracketed variants). */
  similarity: number;
  /** One title is the other cut short, or the other without its subtitle. */
  prefix: boolean;
  /** Similarity of the shorter title to the start of the longer one. */
  prefixSimilarity: number;
  /**
   * The shorter title is the longer one without a leading label ended by a colon or a dash
   * ("SIGMOD challenges paper: Database issues in…", "Foreword: Management of…").
   */
  suffix: boolean;
  /** The best match used a translated or bracketed variant. */
  viaVariant: boolean;
  /** Content words in one title and not the other (only computed for similar titles). */
  changedWords: readonly string[];
}>;

const titleFloor = 0.6;

/** Shorter titles are a prefix of too many others to count a truncation with typos. */
const minFuzzyPrefix = 30;
/** A main title without its subtitle ("Infrastructure in the Wild") still needs some length. */
const minExactPrefix = 18;

function prefixSimilarity(a: TitleInfo, b: TitleInfo): number {
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (short.key.length === long.key.length || short.key.length < minExactPrefix) return 0;
  // a whole-word prefix: the subtitle is what is missing
  if (long.norm.startsWith(short.norm + ' ') && short.tokenCount >= 2) return 1;
  if (short.key.length < minFuzzyPrefix) return 0;
  if (long.key.startsWith(short.key)) return 1;
  // A cut title with a typo still ends where the longer one continues: unless the shorter title's
  // last characters appear there, it is no prefix (and the distance need not be computed).
  const tail = short.key.slice(-8);
  const at = long.key.indexOf(tail, Math.max(0, short.key.length - 8 - 4));
  if (at < 0 || at > short.key.length - 8 + 4) return 0;
  return 1 - editDistance(short.key, long.key.slice(0, short.key.length)) / short.key.length;
}

/** The shorter title is the longer one without its leading label ("Foreword: …"), and long enough not to end many titles. */
function isSuffix(a: TitleInfo, b: TitleInfo): boolean {
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  return short.key.length >= minExactPrefix && short.tokenCount >= 3 && long.unlabelled === short.norm;
}

/** Compare two analysed titles, both directions alike. */
export function compareTitles(a: TitleInfo, b: TitleInfo): TitleComparison {
  // Below 0.6 the scorer only needs to know that titles clearly differ.
  let similarity = editSimilarity(a.key, b.key, titleFloor);
  let viaVariant = false;
  if (similarity < 1 && (a.variants.length > 0 || b.variants.length > 0)) {
    const ka = [a.key, ...a.variants];
    const kb = [b.key, ...b.variants];
    for (let i = 0; i < ka.length; i++) {
      for (let j = 0; j < kb.length; j++) {
        if (i === 0 && j === 0) continue;
        const s = editSimilarity(ka[i] ?? '', kb[j] ?? '', titleFloor);
        if (s > similarity) {
          similarity = s;
          viaVariant = true;
        }
      }
    }
  }
  // The prefix relation only matters below the "similar" band, and for a real length difference.
  const ps = similarity < 0.9 && Math.abs(a.key.length - b.key.length) >= 4 ? prefixSimilarity(a, b) : 0;
  const suffix = ps < 0.95 && similarity < 0.9 && Math.abs(a.key.length - b.key.length) >= 4 && isSuffix(a, b);
  const changed = similarity < 1 && similarity >= 0.85 && !viaVariant ? changedWords(a.norm, b.norm) : noWords;
  return { similarity, prefix: ps >= 0.95, prefixSimilarity: ps, suffix, viaVariant, changedWords: changed };
}

const noWords: readonly string[] = Object.freeze([]);
const minorWords = new Set('a an and are as at by de der des die du for from in into is la le les of on or the to und with within'.split(' '));

/** Two spellings of one word: a typo, a plural, British and American spelling, a hyphen split. */
function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  const n = ordinalNumber(x);
  if (n !== undefined && n === ordinalNumber(y)) return true;
  if (x.length <= 3 || y.length <= 3) return false;
  if (x.startsWith(y) || y.startsWith(x)) return Math.abs(x.length - y.length) <= 2;
  return editSimilarity(x, y) >= 0.75 || sameLetters(x, y);
}

/** The same letters in another order ("sutdies" / "studies"): two keys swapped while typing. */
function sameLetters(x: string, y: string): boolean {
  return x.length === y.length && x.length >= 4 && [...x].sort().join('') === [...y].sort().join('');
}

/**
 * Content words that one title has and the other lacks, between their common first and last words.
 * A typo keeps titles apart by a letter; another word ("elevation" / "formation", "mice" / "rats")
 * makes another study, however long the titles are.
 */
export function changedWords(normA: string, normB: string): readonly string[] {
  const wa = normA.split(' ');
  const wb = normB.split(' ');
  let start = 0;
  while (start < wa.length && start < wb.length && wa[start] === wb[start]) start++;
  let ea = wa.length;
  let eb = wb.length;
  while (ea > start && eb > start && wa[ea - 1] === wb[eb - 1]) {
    ea--;
    eb--;
  }
  const ma = wa.slice(start, ea).filter((w) => !minorWords.has(w));
  const mb = wb.slice(start, eb).filter((w) => !minorWords.has(w));
  const joinedA = ma.join('');
  const joinedB = mb.join('');
  // "follow up" / "followup", "health care" / "healthcare": the same letters, split differently;
  // a typo that split or merged words ("th e", "sysetm")
  if (joinedA === joinedB || (joinedA.length <= 24 && joinedB.length <= 24 && sameWord(joinedA, joinedB))) return noWords;
  const out: string[] = [];
  for (const w of ma) if (!mb.some((v) => sameWord(w, v)) && !joinedB.includes(w)) out.push(w);
  for (const w of mb) if (!ma.some((v) => sameWord(w, v)) && !joinedA.includes(w)) out.push(w);
  return out;
}

/**
 * How many content words two titles share, matched as `sameWord` does (typos, plurals, spellings)
 * or by stem, over the longer title's content words: 1 when one title only leaves out minor words,
 * lower with every word added, dropped or replaced ("Maintenance of cube automatic summary tables"
 * and "Maintenance of automatic summary tables" share 4 of 5). `replaced`: a word of the shorter
 * title is missing from the longer one (not only added or dropped words).
 */
export function wordOverlap(normA: string, normB: string): { shared: number; share: number; replaced: boolean } {
  const wa = contentWords(normA);
  const wb = contentWords(normB);
  const longer = Math.max(wa.length, wb.length);
  if (longer === 0) return { shared: 0, share: 0, replaced: false };
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const used = new Uint8Array(large.length);
  let shared = 0;
  for (const w of small) {
    let k = large.indexOf(w);
    if (k < 0 || used[k]) k = large.findIndex((v, i) => !used[i] && (sameWord(w, v) || sameStem(w, v)));
    if (k >= 0) {
      used[k] = 1;
      shared++;
    }
  }
  // a word of the shorter title missing from the longer one was replaced, not just left out
  return { shared, share: shared / longer, replaced: shared < small.length };
}

/** A title's content words, each once ("business-to-business" is one "business"). */
/** One word the start of the other, five letters or more ("visual" / "visualization"): one stem. */
const sameStem = (x: string, y: string): boolean => (x.length <= y.length ? x.length >= 5 && y.startsWith(x) : y.length >= 5 && x.startsWith(y));

const contentWords = (norm: string): string[] => [...new Set(norm.split(' ').filter((w) => w !== '' && !minorWords.has(w)))];

/** Share of the smaller word set found in the larger one (robust to one abstract being cut). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const n = Math.min(a.length, b.length);
  return n === 0 ? 0 : common / n;
}
