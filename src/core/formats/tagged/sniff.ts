/**
 * Counting helpers for content detection. Detection reads the first ~64 KB of decoded text, so a
 * handful of multi-line regular expressions over the sample is cheap; counts are capped so that a
 * huge sample does not cost more than it tells.
 */

/** How many lines of `sample` match `pattern` (which must have the `g` and `m` flags), up to `cap`. */
export function countLines(sample: string, pattern: RegExp, cap = 1000): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(sample) !== null) n++;
  pattern.lastIndex = 0;
  return n;
}

/** Non-blank lines in the sample (CR, LF and CRLF all end a line), up to `cap`. */
export function countNonBlankLines(sample: string, cap = 5000): number {
  return countLines(sample, /^[^\S\r\n]*\S/gm, cap);
}

/** The sample without a leading byte-order mark. */
export const stripBom = (sample: string): string => (sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample);
