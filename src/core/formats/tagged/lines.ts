/**
 * Incremental line splitting shared by the tagged formats (RIS, MEDLINE, Web of Science, EndNote/Refer).
 *
 * Exports come with CRLF, LF, bare CR (classic Mac, and Web of Science RIS puts bare CRs *inside* lines),
 * or a mix. Every one of `\r\n`, `\n` and `\r` ends a line, so a bare CR starts a new line exactly as an
 * editor shows it, and line numbers in diagnostics match what the user sees. Chunks may split anywhere,
 * including between `\r` and `\n`.
 */

/** Receives each line without its terminator, with its 1-based number in the decoded text. */
export type LineHandler = (line: string, lineNo: number) => void;

export type LineSplitter = {
  push(chunk: string): void;
  /** Flush the last line (if the text does not end with a line break). */
  end(): void;
  /** True once `end()` ran and the text ended with a line break (or was empty). */
  readonly endedWithNewline: boolean;
};

const BOM = 0xfeff;

/**
 * Split text into lines, calling `onLine` for each. A byte-order mark at the start of any line is
 * dropped: concatenated exports often carry one per original file.
 */
export function createLineSplitter(onLine: LineHandler): LineSplitter {
  let pending = '';
  let lineNo = 0;
  // A chunk ended with `\r`: if the next starts with `\n`, that `\n` belongs to the same break.
  let skipLeadingLf = false;
  let sawAnything = false;
  let lastWasBreak = true;
  // One regular expression per line, resumed with lastIndex. Loops of indexOf(char, position) over
  // large strings were measured to degrade badly (seconds instead of milliseconds) once V8 optimised them.
  const lineBreak = /\r\n|\r|\n/g;

  const emit = (line: string): void => {
    lineNo++;
    onLine(line.charCodeAt(0) === BOM ? line.slice(1) : line, lineNo);
  };

  return {
    push(chunk: string): void {
      if (chunk === '') return;
      sawAnything = true;
      let pos = 0;
      if (skipLeadingLf) {
        skipLeadingLf = false;
        if (chunk.charCodeAt(0) === 10) pos = 1;
      }
      lineBreak.lastIndex = pos;
      for (let m = lineBreak.exec(chunk); m !== null; m = lineBreak.exec(chunk)) {
        const part = chunk.slice(pos, m.index);
        emit(pending === '' ? part : pending + part);
        pending = '';
        pos = lineBreak.lastIndex;
        if (pos === chunk.length && chunk.charCodeAt(m.index) === 13 && pos === m.index + 1) skipLeadingLf = true;
      }
      if (pos < chunk.length) {
        pending += chunk.slice(pos);
        lastWasBreak = false;
      } else if (pos > 0) {
        lastWasBreak = true;
      }
    },
    end(): void {
      if (pending !== '' || !lastWasBreak) {
        emit(pending);
        pending = '';
      }
    },
    get endedWithNewline(): boolean {
      return !sawAnything || lastWasBreak;
    },
  };
}
