/**
 * The Web of Science tagged line loop: `FN`/`VR` header, then records of two-character tags and a
 * space, continuation lines indented by three spaces, `ER` closing each record and `EF` the file.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ImportedRecord } from '../../records/record.js';
import { createDiagnosticLog } from '../tagged/diagnostic-log.js';
import { lineStreamParser } from '../tagged/line-parser.js';
import type { OpenRecord } from '../tagged/open-record.js';
import { addField, continueField, openRecord, tagOf, trimmedFrom } from '../tagged/open-record.js';
import { headerTags, listTags } from './mapping.js';
import { wosToRecord } from './to-record.js';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** True for `XX value` and a bare `XX` (ER, EF, an empty tag). */
export function isWosTagLine(line: string): boolean {
  if (line.length < 2 || !isUpper(line.charCodeAt(0))) return false;
  const c1 = line.charCodeAt(1);
  if (!isUpper(c1) && !isDigit(c1)) return false;
  return line.length === 2 || isBlank(line.charCodeAt(2));
}

export function createWosParser(_options?: ParseOptions): StreamParser {
  const log = createDiagnosticLog();
  const report = (d: Diagnostic): void => log.add(d);
  const out: ImportedRecord[] = [];
  let index = 0;
  let current: OpenRecord | undefined;
  let lastTag = '';
  let seenTags = new Set<string>();
  let sawHeader = false;
  let sawContent = false;
  let sawEf = false;
  let outsideStart = 0;
  let outsideCount = 0;

  const finish = (): void => {
    if (!current) return;
    out.push(wosToRecord(current, index, report));
    index++;
    current = undefined;
  };
  const flushOutside = (): void => {
    if (outsideCount === 0) return;
    report(diag('WOS_TEXT_OUTSIDE_RECORD', 'warning', `${outsideCount} line(s) outside any record were skipped.`, { line: outsideStart }));
    outsideCount = 0;
  };
  const outside = (lineNo: number): void => {
    if (outsideCount++ === 0) outsideStart = lineNo;
  };

  const onLine = (line: string, lineNo: number): void => {
    if (line.length === 0 || line.trim() === '') return;
    if (!isWosTagLine(line)) {
      if (current && isBlank(line.charCodeAt(0))) {
        const text = line.trim();
        // List tags take one value per line; text tags wrap, so their lines join with a space.
        if (listTags.has(lastTag)) addField(current, lastTag, text);
        else continueField(current, text, ' ');
        return;
      }
      if (current) report(diag('WOS_UNTAGGED_LINE', 'warning', `Line without a tag skipped: "${line.slice(0, 60)}".`, { line: lineNo, recordIndex: index }));
      else outside(lineNo);
      return;
    }
    const tag = tagOf(line, 2);
    const value = trimmedFrom(line, 2);
    if (!sawContent) {
      sawContent = true;
      if (tag !== 'FN') report(diag('WOS_MISSING_HEADER', 'info', 'No "FN"/"VR" header at the start of the file.', { line: lineNo }));
    }
    if (tag === 'ER') {
      if (current) finish();
      return;
    }
    if (tag === 'EF') {
      if (current) {
        report(diag('WOS_MISSING_ER', 'warning', 'The last record was not closed by ER before EF.', { line: current.line, recordIndex: index }));
        finish();
      }
      sawEf = true;
      return;
    }
    if (!current && headerTags.has(tag)) {
      sawHeader = true;
      return;
    }
    if (!current) {
      flushOutside();
      current = openRecord(lineNo);
      seenTags = new Set();
    } else if (tag === 'PT' && seenTags.has('PT')) {
      report(diag('WOS_MISSING_ER', 'warning', 'A new record (PT) started before the previous one was closed by ER.', { line: current.line, recordIndex: index }));
      finish();
      current = openRecord(lineNo);
      seenTags = new Set();
    }
    const rec = current;
    if (seenTags.has(tag) && lastTag !== tag) {
      report(diag('WOS_DUPLICATE_TAG', 'warning', `Tag ${tag} appears a second time in this record.`, { line: lineNo, recordIndex: index }));
    }
    seenTags.add(tag);
    lastTag = tag;
    addField(rec, tag, value);
    if (tag === 'PY' && rec.markLine === undefined) rec.markLine = lineNo;
  };

  return lineStreamParser({
    onLine,
    onEnd: (endedWithNewline) => {
      flushOutside();
      if (current) {
        report(
          endedWithNewline
            ? diag('WOS_MISSING_ER', 'warning', 'The last record was not closed by ER.', { line: current.line, recordIndex: index })
            : diag('FILE_TRUNCATED', 'warning', 'The file ends in the middle of a record (no ER, no final line break).', {
                line: current.line,
                recordIndex: index,
              }),
        );
        finish();
      }
      if (sawHeader && !sawEf && index > 0) {
        report(diag('WOS_MISSING_EF', 'warning', 'The file does not end with EF; it may have been cut short after its last complete record.'));
      }
    },
    out,
    log,
  });
}
