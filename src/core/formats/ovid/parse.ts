/**
 * The Ovid labelled-display line loop: `<n>` starts a record; a line at column 0 is a field label; the
 * indented lines under it are its value (one value, lines joined by line breaks; blank lines inside,
 * as between cited references, are dropped).
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ImportedRecord } from '../../records/record.js';
import { createDiagnosticLog } from '../tagged/diagnostic-log.js';
import { lineStreamParser } from '../tagged/line-parser.js';
import type { OpenRecord } from '../tagged/open-record.js';
import { addField, continueField, openRecord } from '../tagged/open-record.js';
import { ovidToRecord } from './to-record.js';

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** `<1>`, `<1336>  `: Ovid's record numbers. */
export const isOvidRecordNumber = (line: string): boolean => /^<\d+>\s*$/.test(line);

export function createOvidParser(_options?: ParseOptions): StreamParser {
  const log = createDiagnosticLog();
  const report = (d: Diagnostic): void => log.add(d);
  const out: ImportedRecord[] = [];
  let index = 0;
  let current: OpenRecord | undefined;
  // The label waiting for its first value line.
  let label: string | undefined;
  let hasValue = false;
  let outsideStart = 0;
  let outsideCount = 0;

  const finish = (): void => {
    if (!current) return;
    out.push(ovidToRecord(current, index, report));
    index++;
    current = undefined;
    label = undefined;
  };

  const onLine = (line: string, lineNo: number): void => {
    if (line.length === 0 || line.trim() === '') return;
    if (isOvidRecordNumber(line)) {
      finish();
      if (outsideCount > 0) {
        report(diag('OVID_TEXT_OUTSIDE_RECORD', 'warning', `${outsideCount} line(s) before the first record were skipped.`, { line: outsideStart }));
        outsideCount = 0;
      }
      current = openRecord(lineNo);
      return;
    }
    if (!current) {
      if (outsideCount++ === 0) outsideStart = lineNo;
      return;
    }
    if (!isBlank(line.charCodeAt(0))) {
      label = line.trim();
      hasValue = false;
      return;
    }
    const text = line.trim();
    if (label === undefined) {
      report(diag('OVID_VALUE_WITHOUT_LABEL', 'warning', `Value without a label skipped: "${text.slice(0, 60)}".`, { line: lineNo, recordIndex: index }));
      return;
    }
    if (!hasValue) {
      addField(current, label, text);
      hasValue = true;
    } else continueField(current, text, '\n');
  };

  return lineStreamParser({
    onLine,
    onEnd: () => {
      finish();
      if (outsideCount > 0) report(diag('OVID_TEXT_OUTSIDE_RECORD', 'warning', `${outsideCount} line(s) outside any record were skipped.`, { line: outsideStart }));
    },
    out,
    log,
  });
}
