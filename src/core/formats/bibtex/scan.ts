/**
 * Streaming cut of a BibTeX file into entries: text between entries is a comment; an entry starts at
 * `@type{` (or `@type(`) and ends at its matching brace. Memory stays bounded by one entry. An entry
 * whose braces never balance is cut where the next `@type{` starts a line, so one broken entry cannot
 * swallow the rest of the file.
 */
import { countNewlines } from '../csv/text-stream.js';

export type EntryText = Readonly<{
  kind: 'entry';
  text: string;
  /** 1-based line of the `@`. */
  line: number;
  /** False when the closing brace was never found (cut at the next entry or at the end). */
  closed: boolean;
}>;

/** Text between entries that looks like fields: the sign of an entry closed too early. */
export type StrayText = Readonly<{ kind: 'stray'; text: string; line: number }>;

export type EntrySplitter = {
  push(text: string): (EntryText | StrayText)[];
  end(): (EntryText | StrayText)[];
};

const header = /@[ \t\n]*([A-Za-z][\w-]*)[ \t\n]*([{(])/y;
const partialHeader = /^@[ \t\n]*[\w-]*[ \t\n]*$/;
const entryAtLineStart = /[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/y;
const fieldLike = /(?:^|\n)[ \t]*[A-Za-z][\w.:+-]*[ \t]*=[ \t]*[{"0-9]/;
// How much text after a line break can decide whether it starts a new entry.
const lookahead = 64;
// Junk with no line break for this long is checked and dropped rather than kept.
const maxJunkLine = 1 << 20;

/** Create the splitter; text must already have `\n` line ends. */
export function createEntrySplitter(): EntrySplitter {
  let buffer = '';
  let lineBase = 1; // line number of buffer[0]
  let lineCursor = 0; // index up to which newlines have been counted into `cursorLine`
  let cursorLine = 1;
  let pos = 0; // next index to examine
  let start = -1; // index of the current entry's `@`, or -1 between entries
  let depth = 0;
  let parenEntry = false;

  const lineOf = (index: number): number => {
    cursorLine += countNewlines(buffer, lineCursor, index);
    lineCursor = index;
    return cursorLine;
  };

  /** Drop text before `keep`; called once per push so copying stays linear. */
  function compact(keep: number): void {
    if (keep <= 0) return;
    lineOf(keep);
    lineBase = cursorLine;
    buffer = buffer.slice(keep);
    pos -= keep;
    if (start >= 0) start -= keep;
    lineCursor = 0;
    cursorLine = lineBase;
  }

  function skipJunk(from: number, to: number, out: (EntryText | StrayText)[]): void {
    const text = to > from ? buffer.slice(from, to) : '';
    if (fieldLike.test(text)) out.push({ kind: 'stray', text, line: lineOf(from) });
  }

  function run(final: boolean): (EntryText | StrayText)[] {
    const out: (EntryText | StrayText)[] = [];
    // Junk kept from the previous push starts the buffer (see the compaction below).
    let junkFrom = start < 0 ? 0 : -1;
    for (;;) {
      if (start < 0) {
        const at = buffer.indexOf('@', pos);
        if (at < 0) {
          if (final) skipJunk(junkFrom, buffer.length, out);
          pos = buffer.length;
          break;
        }
        header.lastIndex = at;
        const m = header.exec(buffer);
        if (!m) {
          if (!final && partialHeader.test(buffer.slice(at))) {
            pos = at;
            break; // the header may complete with the next chunk
          }
          pos = at + 1;
          continue;
        }
        skipJunk(junkFrom, at, out);
        junkFrom = -1;
        start = at;
        parenEntry = m[2] === '(';
        depth = parenEntry ? 0 : 1;
        pos = header.lastIndex;
      }
      let i = pos;
      let end = -1;
      let closed = false;
      while (i < buffer.length) {
        const c = buffer.charCodeAt(i);
        if (c === 92 /* \ */) {
          if (i + 1 >= buffer.length && !final) break;
          i += 2;
          continue;
        }
        if (c === 123 /* { */) depth++;
        else if (c === 125 /* } */) {
          depth--;
          if (!parenEntry && depth === 0) {
            end = i + 1;
            closed = true;
            break;
          }
        } else if (c === 41 /* ) */ && parenEntry && depth === 0) {
          end = i + 1;
          closed = true;
          break;
        } else if (c === 10 /* \n */) {
          if (i + lookahead >= buffer.length && !final) break; // decide once more text is in
          entryAtLineStart.lastIndex = i + 1;
          if (entryAtLineStart.test(buffer)) {
            end = i;
            break;
          }
        }
        i++;
      }
      if (end < 0 && final && start >= 0) end = buffer.length;
      if (end < 0) {
        pos = i;
        break;
      }
      out.push({ kind: 'entry', text: buffer.slice(start, end), line: lineOf(start), closed });
      start = -1;
      pos = end;
      junkFrom = end;
    }
    if (!final) {
      // Keep the current entry, or the junk line still being read, and forget everything before it.
      let keep = start;
      if (start < 0) {
        const cut = buffer.lastIndexOf('\n', pos - 1);
        if (cut > junkFrom || pos - junkFrom > maxJunkLine) {
          const to = cut > junkFrom ? cut : pos;
          skipJunk(junkFrom, to, out);
          keep = to;
        } else keep = junkFrom;
      }
      compact(keep);
    }
    return out;
  }

  return {
    push(text: string) {
      buffer += text;
      return run(false);
    },
    end() {
      const out = run(true);
      buffer = '';
      pos = 0;
      return out;
    },
  };
}
