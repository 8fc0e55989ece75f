/**
 * Blocking: only records that share a key are scored, which keeps the work near-linear. Several
 * independent keys are used so that a pair missed by one is caught by another (docs/adr/0004):
 * identifiers, the exact title key, its first and last 30 characters (titles cut short, subtitles
 * dropped, prefixes such as "[Translated title]"), MinHash-LSH bands (typos anywhere), and
 * bibliographic locators (year + volume + first page; first author + year + first page) for
 * records whose titles differ (translations, missing titles).
 *
 * Keys are hashed, packed with the record index into one number and sorted, so that grouping
 * 100,000 records' keys needs no map of strings.
 */
import { bandHashes, defaultLsh, signature, type LshParams } from './minhash.js';
import type { PreparedRecord } from './prepare.js';

export type BlockingStats = Readonly<{
  keys: number;
  candidatePairs: number;
  /** Keys shared by more records than `maxBlockSize`, compared with a sliding window instead. */
  oversizedBlocks: number;
}>;

const affix = 30;
/** Records compared with each record in an oversized block, after sorting it by year and author. */
const window = 8;

/** Incremental two-lane string hash: FNV-1a and djb2, for 52 bits without building key strings. */
class KeyHash {
  h1 = 0;
  h2 = 0;
  start(tag: number): this {
    this.h1 = Math.imul(0x811c9dc5 ^ tag, 0x01000193);
    this.h2 = 5381 * 33 + tag;
    return this;
  }
  add(s: string, from = 0, to = s.length): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 33) + c) | 0;
    }
    // a separator, so that ("ab", "c") and ("a", "bc") differ
    this.h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    this.h2 = (Math.imul(h2, 33) + 0x1f) | 0;
    return this;
  }
  /** Add a non-negative integer (a year, an LSH band hash) without making a string of it. */
  addNumber(v: number): this {
    let x = v >>> 0;
    let h1 = this.h1;
    let h2 = this.h2;
    for (let k = 0; k < 4; k++) {
      const c = x & 0xff;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 33) + c) | 0;
      x >>>= 8;
    }
    this.h1 = Math.imul(h1 ^ 0x1e, 0x01000193);
    this.h2 = (Math.imul(h2, 33) + 0x1e) | 0;
    return this;
  }
  /** The hash reduced to `bits` bits (at most 52). */
  value(bits: number): number {
    const v = (this.h1 >>> 0) * 0x100000 + (this.h2 & 0xfffff);
    return bits >= 52 ? v : Math.floor(v / 2 ** (52 - bits));
  }
}

const tags = { doi: 1, pmid: 2, generic: 3, title: 4, prefix: 5, suffix: 6, band: 7, locator: 8, author: 9, team: 10 } as const;

/** Feed every blocking key of a record to `emit` (as a finished hasher). */
function eachKey(p: PreparedRecord, lsh: LshParams, h: KeyHash, emit: (h: KeyHash) => void): void {
  if (p.doi) emit(h.start(tags.doi).add(p.doi.doi));
  if (p.pmid) emit(h.start(tags.pmid).add(p.pmid));
  const t = p.title;
  if (t) {
    if (t.generic) {
      emit(h.start(tags.generic).add(t.key).addNumber(p.year ?? 0));
    } else {
      emit(h.start(tags.title).add(t.key));
      if (t.key.length > affix) emit(h.start(tags.prefix).add(t.key, 0, affix));
      if (t.key.length >= affix + 10) emit(h.start(tags.suffix).add(t.key, t.key.length - affix));
      for (const v of t.variants) emit(h.start(tags.title).add(v));
      if (t.key.length >= 12) {
        const bands = bandHashes(signature(t.key, lsh), lsh);
        for (let b = 0; b < bands.length; b++) emit(h.start(tags.band + 16 * b).addNumber(bands[b] ?? 0));
      }
    }
  }
  const first = p.authors.surnames[0];
  if (p.year !== undefined && first !== undefined) emitTeam(p, p.year, h, emit);
  const start = p.pages?.start;
  if (p.year !== undefined && start !== undefined) {
    if (p.volume !== undefined) emit(h.start(tags.locator).addNumber(p.year).add(p.volume).add(start));
    if (first !== undefined) emit(h.start(tags.author).add(first).addNumber(p.year).add(start));
  }
}

/**
 * Year and the whole author list, whatever its order (databases list a paper's authors in different
 * orders) and however the title was reworded; for a single author, the surname and the title's
 * first content word. The whole list, not a part of it, keeps a team's other papers of the year
 * out of the block.
 */
function emitTeam(p: PreparedRecord, year: number, h: KeyHash, emit: (h: KeyHash) => void): void {
  const names = p.authors.surnames;
  h.start(tags.team).addNumber(year);
  if (names.length === 1) {
    const norm = p.title?.norm;
    if (norm === undefined) return;
    // the first word of three letters or more that is not an article or preposition
    for (let from = 0; from < norm.length; ) {
      let to = norm.indexOf(' ', from);
      if (to < 0) to = norm.length;
      if (to - from >= 3 && !leadingStop.has(norm.slice(from, to))) {
        emit(h.add(names[0] ?? '').add(norm, from, to));
        return;
      }
      from = to + 1;
    }
    return;
  }
  // the names in alphabetical order, each once (insertion sort into a reused buffer)
  team.length = 0;
  for (const s of names) {
    let i = team.length;
    while (i > 0 && (team[i - 1] ?? '') > s) i--;
    if (team[i - 1] !== s) team.splice(i, 0, s);
  }
  for (const s of team) h.add(s);
  emit(h);
}
const team: string[] = [];
const leadingStop = new Set(['the', 'and', 'for', 'from', 'with', 'des', 'der', 'die', 'les', 'una', 'los']);

/** How many blocking keys a record has (for tests and diagnostics). */
export function blockingKeyCount(p: PreparedRecord, lsh: LshParams = defaultLsh): number {
  let n = 0;
  eachKey(p, lsh, new KeyHash(), () => n++);
  return n;
}

/** A growable Float64Array. */
class NumberList {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/**
 * Candidate pairs as indices `[i, j]` with `i < j` into `prepared`, sorted. Oversized blocks are
 * compared with a sliding window after sorting by year, first author and index, so the result does
 * not depend on the input order once `prepared` is in id order.
 */
export function candidatePairs(
  prepared: readonly PreparedRecord[],
  maxBlockSize: number,
  lsh: LshParams = defaultLsh,
): { pairs: Uint32Array; stats: BlockingStats } {
  const n = prepared.length;
  // (key hash, record index) packed in 53 bits: the index in the low bits, the key above it.
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const keyBits = 53 - indexBits;
  const indexSpan = 2 ** indexBits;
  const entries = new NumberList();
  const h = new KeyHash();
  for (let i = 0; i < n; i++) {
    const p = prepared[i];
    if (p) eachKey(p, lsh, h, (k) => entries.push(k.value(keyBits) * indexSpan + i));
  }
  const sorted = entries.sorted();

  const pairKeys = new NumberList();
  let keys = 0;
  let oversized = 0;
  const members: number[] = [];
  const flush = (): void => {
    keys++;
    if (members.length < 2) return;
    if (members.length <= maxBlockSize) {
      for (let x = 0; x < members.length; x++) {
        const i = members[x] ?? 0;
        for (let y = x + 1; y < members.length; y++) pairKeys.push(i * n + (members[y] ?? 0));
      }
      return;
    }
    oversized++;
    const ordered = [...members].sort((a, b) => windowOrder(prepared[a], prepared[b]) || a - b);
    for (let x = 0; x < ordered.length; x++) {
      for (let y = x + 1; y < Math.min(ordered.length, x + 1 + window); y++) {
        const a = ordered[x] ?? 0;
        const b = ordered[y] ?? 0;
        pairKeys.push(a < b ? a * n + b : b * n + a);
      }
    }
  };
  let currentKey = -1;
  let last = -1;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k] ?? 0;
    const key = Math.floor(v / indexSpan);
    const i = v - key * indexSpan;
    if (key !== currentKey) {
      if (currentKey >= 0) flush();
      members.length = 0;
      currentKey = key;
      last = -1;
    }
    // the same record twice under one key (two variants with one key): count it once
    if (i !== last) members.push(i);
    last = i;
  }
  if (currentKey >= 0) flush();

  // Members are in ascending index order, so every pair key is i * n + j with i < j.
  const pk = pairKeys.sorted();
  let unique = 0;
  for (let k = 0; k < pk.length; k++) if (k === 0 || pk[k] !== pk[k - 1]) pk[unique++] = pk[k] ?? 0;
  const pairs = new Uint32Array(unique * 2);
  for (let k = 0; k < unique; k++) {
    const v = pk[k] ?? 0;
    const i = Math.floor(v / n);
    pairs[2 * k] = i;
    pairs[2 * k + 1] = v - i * n;
  }
  return { pairs, stats: { keys, candidatePairs: unique, oversizedBlocks: oversized } };
}

function windowOrder(a: PreparedRecord | undefined, b: PreparedRecord | undefined): number {
  const ya = a?.year ?? 0;
  const yb = b?.year ?? 0;
  if (ya !== yb) return ya - yb;
  const fa = a?.authors.surnames[0] ?? '';
  const fb = b?.authors.surnames[0] ?? '';
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
