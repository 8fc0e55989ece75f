/**
 * Bit-parallel edit distance (Myers 1999, in the multi-word block form of Hyyrö 2003): one pass over the
 * text computes, for every end position, the Levenshtein distance between a pattern and the best-matching
 * text ending there, in O(text length × ⌈pattern length / 32⌉) word operations. It is what makes fuzzy
 * re-anchoring cheap enough to run over a whole document.
 *
 * Strings are compared by UTF-16 code unit.
 */

/**
 * - `search`: the match may start anywhere (row 0 of the DP table is all zeros): distance of the pattern to
 *   the best substring of `text` that ends at each position.
 * - `prefix`: the match starts at 0 (row 0 is 0, 1, 2, …): distance of the pattern to `text.slice(0, j)`.
 */
export type ScanMode = 'search' | 'prefix';

const wordBits = 32;

/**
 * `result[j]` (0 ≤ j ≤ text.length) is the edit distance between `pattern` and the text ending at `j`
 * (see {@link ScanMode}).
 */
export function editDistanceByEnd(text: string, pattern: string, mode: ScanMode): Int32Array {
  const n = text.length;
  const m = pattern.length;
  const out = new Int32Array(n + 1);
  if (m === 0) {
    for (let j = 0; j <= n; j++) out[j] = mode === 'search' ? 0 : j;
    return out;
  }
  const blocks = Math.ceil(m / wordBits);
  // peq[c][b]: bit i set when pattern[b * 32 + i] is the code unit c.
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) {
      masks = new Int32Array(blocks);
      peq.set(c, masks);
    }
    masks[i >>> 5] = (masks[i >>> 5] ?? 0) | (1 << (i & 31));
  }
  const noMatch = new Int32Array(blocks);
  // Vertical deltas of the current column: column 0 is 0, 1, 2, …, m, so every delta is +1.
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  // The bit of each block that holds the block's last row (the last block may be partly used).
  const lastRow = new Int32Array(blocks).fill(1 << 31);
  lastRow[blocks - 1] = 1 << ((m - 1) % wordBits);
  const topDelta = mode === 'search' ? 0 : 1;

  let score = m;
  out[0] = m;
  for (let j = 0; j < n; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? noMatch;
    let hin = topDelta;
    for (let b = 0; b < blocks; b++) {
      const pvb = pv[b] ?? 0;
      const mvb = mv[b] ?? 0;
      let eq = eqs[b] ?? 0;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      // The addition's carry chain is what propagates matches down the column; `^` truncates it to 32 bits.
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const last = lastRow[b] ?? 0;
      const hout = (ph & last) !== 0 ? 1 : (mh & last) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j + 1] = score;
  }
  return out;
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // The shorter string is the pattern: fewer 32-bit blocks per text character.
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  return editDistanceByEnd(text, pattern, 'prefix')[text.length] ?? 0;
}

/** A place in the text where the pattern matches with at most the allowed number of errors. */
export type ApproximateMatch = Readonly<{ start: number; end: number; errors: number }>;

/**
 * Every place where `pattern` occurs in `text` with at most `maxErrors` edits, best (fewest errors) first,
 * then by position. One match per local minimum of the distance, so a run of neighbouring end positions
 * that belong to the same occurrence yields a single match. At most `limit` matches are returned.
 */
export function findApproximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = 64,
): ApproximateMatch[] {
  if (pattern.length === 0) return [];
  const byEnd = editDistanceByEnd(text, pattern, 'search');
  const n = text.length;
  const ends: { end: number; errors: number }[] = [];
  for (let j = 1; j <= n; j++) {
    const d = byEnd[j] ?? Infinity;
    if (d > maxErrors) continue;
    const before = byEnd[j - 1] ?? Infinity;
    const after = j < n ? (byEnd[j + 1] ?? Infinity) : Infinity;
    // The first end of a plateau at a local minimum stands for the whole plateau.
    if ((j === 1 || d < before) && d <= after) ends.push({ end: j, errors: d });
  }
  ends.sort((x, y) => x.errors - y.errors || x.end - y.end);
  return ends.slice(0, limit).map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors), end, errors }));
}

/**
 * The start of the best match of `pattern` ending at `end`: scan the reversed text backwards from `end`
 * with the reversed pattern anchored there, and take the length with the fewest errors (ties: the length
 * closest to the pattern's, so no stray characters are swallowed).
 */
function matchStart(text: string, pattern: string, end: number, errors: number): number {
  const from = Math.max(0, end - pattern.length - errors);
  const window = reverse(text.slice(from, end));
  const byLength = editDistanceByEnd(window, reverse(pattern), 'prefix');
  let bestLength = 0;
  let best = Infinity;
  for (let len = 0; len <= window.length; len++) {
    const d = byLength[len] ?? Infinity;
    if (d < best || (d === best && Math.abs(len - pattern.length) < Math.abs(bestLength - pattern.length))) {
      best = d;
      bestLength = len;
    }
  }
  return end - bestLength;
}

const reverse = (s: string): string => s.split('').reverse().join('');
