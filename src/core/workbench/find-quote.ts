/**
 * Where `quote` occurs in `text`, treating any run of whitespace as equal to any other, so that a quote
 * typed on one line is found in PDF text broken over several. Returns the span in `text` (its own
 * whitespace kept) of the `occurrence`-th match (1-based), or undefined.
 */
export function findQuote(text: string, quote: string, occurrence = 1): { start: number; end: number } | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s+'), 'g');
  let seen = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    seen += 1;
    if (seen === occurrence) return { start: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return undefined;
}
