import { countLines, countNonBlankLines, stripBom } from '../tagged/sniff.js';

/**
 * Confidence that a sample is EndNote tagged / Refer: `%0 Journal Article` lines settle it; otherwise
 * a majority of `%X value` lines does (Refer files without `%0`).
 */
export function detectEndnoteTagged(sample: string): number {
  const text = stripBom(sample);
  const typeLines = countLines(text, /^%0(?:[ \t]|$)/gm);
  const tagLines = countLines(text, /^%[^\s%](?:[ \t]|$)/gm, 5000);
  if (tagLines === 0) return 0;
  const share = tagLines / Math.max(1, countNonBlankLines(text));
  if (typeLines > 0) return share >= 0.3 ? 0.95 : 0.6;
  return tagLines >= 2 && share >= 0.5 ? 0.7 : tagLines >= 1 && share >= 0.9 ? 0.5 : 0;
}
