import type { Diagnostic } from '../diagnostic.js';
import type { StreamParser } from '../plugin.js';
import type { ImportedRecord } from '../../records/record.js';
import type { DiagnosticLog } from './diagnostic-log.js';
import { createLineRangeSplitter, createLineSplitter, type LineHandler, type LineRangeHandler } from './lines.js';

/**
 * The `StreamParser` shell every line-oriented format shares: text goes through the line splitter to
 * `onLine`, finished records collect in `out`, and each `push` hands them over. The format supplies only
 * its line logic and what to do at the end of the text (flush the open record, report an unclosed one).
 */
export function lineStreamParser(parts: {
  /** The format's line logic: given each line as a string, or (`onRange`) as a range of the chunk. */
  onLine: LineHandler | { onRange: LineRangeHandler };
  /** Called once after the last line, told whether the text ended with a line break. */
  onEnd: (endedWithNewline: boolean) => void;
  /** The format's buffer of finished records; emptied on every hand-over. */
  out: ImportedRecord[];
  log: DiagnosticLog;
}): StreamParser {
  const { onLine } = parts;
  const splitter = typeof onLine === 'function' ? createLineSplitter(onLine) : createLineRangeSplitter(onLine.onRange);
  return {
    push(chunk: string): ImportedRecord[] {
      splitter.push(chunk);
      return parts.out.splice(0);
    },
    end(): ImportedRecord[] {
      splitter.end();
      parts.onEnd(splitter.endedWithNewline);
      parts.log.close();
      return parts.out.splice(0);
    },
    get diagnostics(): readonly Diagnostic[] {
      return parts.log.list;
    },
  };
}
