/**
 * A quote-aware row splitter, so that csv-parse only ever sees complete rows while the text streams
 * in. It follows csv-parse's reading with `relax_quotes`: a quote opens a quoted field only at the
 * start of a field, `""` inside one is a literal quote, and a quoted field may hold line breaks. Input
 * must already have `\n` line ends (see `text-stream.ts`).
 */

export type Row = Readonly<{ text: string; line: number }>;

export type RowSplitter = {
  push(text: string): Row[];
  /** The last row, if the text did not end with a line break; `unterminated` when a quote never closed. */
  end(): { rows: Row[]; unterminated?: Row };
  /** The delimiter found on the first row (`,` until then). */
  readonly delimiter: string;
};

const QUOTE = 34;
const NEWLINE = 10;
const candidates = [',', ';', '\t'] as const;

/** Count each candidate delimiter outside quotes in one row and keep the most frequent. */
export function sniffDelimiter(row: string): string {
  const counts = new Map<string, number>(candidates.map((c) => [c, 0]));
  let inQuotes = false;
  for (const ch of row) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Rows come out with the 1-based line they start on. Blank rows are skipped (they still count as
 * lines). The delimiter is sniffed on the first non-blank row.
 */
export function createRowSplitter(fixedDelimiter?: string): RowSplitter {
  let buffer = '';
  let scan = 0; // next index of `buffer` to look at
  let rowStart = 0;
  let line = 1; // line of `rowStart`
  let breaksInRow = 0;
  let inQuotes = false;
  let atFieldStart = true;
  let delimiter = fixedDelimiter;

  const isDelimiter = (code: number): boolean =>
    delimiter === undefined ? code === 44 || code === 59 || code === 9 : code === delimiter.charCodeAt(0);

  function take(end: number, out: Row[]): void {
    const text = buffer.slice(rowStart, end);
    if (text.trim() !== '') {
      delimiter ??= sniffDelimiter(text);
      out.push({ text, line });
    }
    line += 1 + breaksInRow;
    breaksInRow = 0;
  }

  function run(final: boolean): Row[] {
    const out: Row[] = [];
    const n = buffer.length;
    let i = scan;
    while (i < n) {
      const c = buffer.charCodeAt(i);
      if (inQuotes) {
        if (c === QUOTE) {
          if (i + 1 >= n && !final) break; // cannot tell `""` from a closing quote yet
          if (buffer.charCodeAt(i + 1) === QUOTE) i++;
          else inQuotes = false;
        } else if (c === NEWLINE) breaksInRow++;
      } else if (c === NEWLINE) {
        take(i, out);
        rowStart = i + 1;
        atFieldStart = true;
      } else if (isDelimiter(c)) {
        atFieldStart = true;
      } else {
        if (c === QUOTE && atFieldStart) inQuotes = true;
        atFieldStart = false;
      }
      i++;
    }
    scan = i;
    // Drop consumed text so memory stays bounded by one row.
    if (rowStart > 0) {
      buffer = buffer.slice(rowStart);
      scan -= rowStart;
      rowStart = 0;
    }
    return out;
  }

  return {
    push(text: string): Row[] {
      buffer += text;
      return run(false);
    },
    end() {
      const rows = run(true);
      const rest = buffer.slice(rowStart);
      buffer = '';
      scan = 0;
      if (rest.trim() === '') return { rows };
      if (inQuotes) return { rows, unterminated: { text: rest, line } };
      delimiter ??= sniffDelimiter(rest);
      rows.push({ text: rest, line });
      return { rows };
    },
    get delimiter() {
      return delimiter ?? ',';
    },
  };
}
