/**
 * The EndNote tagged / Refer line loop: `%X value` lines, untagged lines continuing the previous tag,
 * records separated by blank lines. EndNote always writes `%0` first, but other tools do not (CoLRev's
 * fixture starts with `%T`), so a `%0` only starts a new record when the current one already has one.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ImportedRecord } from '../../records/record.js';
import { createDiagnosticLog } from '../tagged/diagnostic-log.js';
import { lineStreamParser } from '../tagged/line-parser.js';
import type { OpenRecord } from '../tagged/open-record.js';
import { addField, continueField, openRecord, tagOf, trimmedFrom } from '../tagged/open-record.js';
import { endnoteToRecord } from './to-record.js';

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** `%A Name`, `%0`, `%@ 978…`: a percent sign, one visible character, then a space or the end. */
export function isEndnoteTagLine(line: string): boolean {
  if (line.length < 2 || line.charCodeAt(0) !== 37 /* % */) return false;
  const c1 = line.charCodeAt(1);
  if (c1 <= 32 || c1 === 37) return false;
  return line.length === 2 || isBlank(line.charCodeAt(2));
}

export function createEndnoteParser(_options?: ParseOptions): StreamParser {
  const log = createDiagnosticLog();
  const report = (d: Diagnostic): void => log.add(d);
  const out: ImportedRecord[] = [];
  let index = 0;
  let current: OpenRecord | undefined;
  let outsideStart = 0;
  let outsideCount = 0;

  const finish = (): void => {
    if (!current) return;
    out.push(endnoteToRecord(current, index, report));
    index++;
    current = undefined;
  };
  const flushOutside = (): void => {
    if (outsideCount === 0) return;
    report(diag('ENW_TEXT_OUTSIDE_RECORD', 'warning', `${outsideCount} line(s) outside any record were skipped.`, { line: outsideStart }));
    outsideCount = 0;
  };

  const onLine = (line: string, lineNo: number): void => {
    if (line.length === 0 || line.trim() === '') {
      finish();
      return;
    }
    if (!isEndnoteTagLine(line)) {
      if (current && continueField(current, line.trim(), '\n')) return;
      if (outsideCount++ === 0) outsideStart = lineNo;
      return;
    }
    const tag = tagOf(line, 2);
    if (current && tag === '%0' && current.bag.has('%0')) finish();
    if (!current) {
      flushOutside();
      current = openRecord(lineNo);
    }
    addField(current, tag, trimmedFrom(line, 2));
    if (tag === '%D' && current.markLine === undefined) current.markLine = lineNo;
  };

  return lineStreamParser({
    onLine,
    onEnd: () => {
      finish();
      flushOutside();
    },
    out,
    log,
  });
}
