/**
 * Text plumbing shared by the structured parsers (CSV, WoS tab-delimited, BibTeX, EndNote XML,
 * CSL-JSON): chunks arrive split anywhere, may start with a BOM and may end lines with CRLF, LF or a
 * bare CR (classic Mac exports such as Web of Science tab-delimited files). Normalising every line end
 * to `\n` once, here, lets each parser count lines by counting `\n`.
 */

export type NewlineNormaliser = Readonly<{
  /** The chunk with its line ends turned into `\n`; a trailing CR is held back until the next chunk. */
  push(chunk: string): string;
  /** What was held back (a final CR becomes `\n`). */
  end(): string;
}>;

const BOM = 0xfeff;

/**
 * A streaming line-end normaliser. A CR at the very end of a chunk may be the first half of a CRLF
 * split between two chunks, so it is held back; the leading BOM of the text (not of every chunk) is
 * dropped.
 */
export function createNewlineNormaliser(): NewlineNormaliser {
  let pendingCr = false;
  let started = false;
  return {
    push(chunk: string): string {
      if (chunk === '') return '';
      let text = chunk;
      if (!started) {
        started = true;
        if (text.charCodeAt(0) === BOM) text = text.slice(1);
      }
      if (pendingCr) {
        text = '\r' + text;
        pendingCr = false;
      }
      if (text.endsWith('\r')) {
        pendingCr = true;
        text = text.slice(0, -1);
      }
      return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    },
    end(): string {
      const rest = pendingCr ? '\n' : '';
      pendingCr = false;
      return rest;
    },
  };
}

/**
 * Number of `\n` in `text` between `from` (inclusive) and `to` (exclusive). A bounded loop, not
 * `indexOf`, which would scan to the end of a one-line 3 MB file every time.
 */
export function countNewlines(text: string, from = 0, to = text.length): number {
  let n = 0;
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Text for detection: the sample without BOM and with line ends normalised. */
export function normaliseSample(sample: string): string {
  const s = sample.charCodeAt(0) === BOM ? sample.slice(1) : sample;
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

// Whitespace other than a lone inner space: a tab or line break, a run, or space at either end.
const untidy = /[^\S ]|\s\s|^\s|\s$/;

/**
 * `cleanText` without its cost on text that is already tidy: most values are, and a test is much
 * cheaper than a replace on multi-megabyte files. Same result as `value.replace(/\s+/g, ' ').trim()`.
 */
export function collapseWhitespace(value: string): string {
  return untidy.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}
