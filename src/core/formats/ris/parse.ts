/**
 * The RIS line loop. One pass, one line at a time, no regular expression per line on the hot path:
 * a line is a tag line (`XX  - value`), a continuation of the previous tag, a blank line, or text
 * outside any record. Memory is bounded by the largest record.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ImportedRecord, RawField } from '../../records/record.js';
import { createDiagnosticLog } from '../tagged/diagnostic-log.js';
import { lineStreamParser } from '../tagged/line-parser.js';
import { trimmedRange } from '../tagged/open-record.js';
import { FieldIndex, indexedTags } from './field-index.js';
import { endTag, startTag } from './mapping.js';
import { risToRecord } from './to-record.js';

/**
 * RIS tags by `charCode(0) * 128 + charCode(1)`, one string per tag for all files: a tag line costs no
 * tag string. The table starts with the tags the mapping reads, as the literals of its tables (which the
 * engine keeps one copy of), so a tag read from a file is the identical string and comparing it with
 * a literal (`tag === 'TY'`) or looking it up is a pointer comparison.
 */
const tagByCode = new Array<string | undefined>(128 * 128).fill(undefined);
for (const tag of [startTag, endTag, 'PY', 'Y1', ...indexedTags()]) {
  if (/^[A-Z][A-Z0-9]$/.test(tag)) tagByCode[tag.charCodeAt(0) * 128 + tag.charCodeAt(1)] = tag;
}

/**
 * The record being filled: its raw fields in file order (kept verbatim in `ImportedRecord.raw`). Unlike
 * the other tagged formats' `OpenRecord` it keeps no per-tag Map: the mapping indexes the fields once,
 * when the record is complete (see field-index.ts).
 */
type OpenRecord = { readonly raw: RawField[]; readonly line: number; markLine: number | undefined };
const openRecord = (line: number): OpenRecord => ({ raw: [], line, markLine: undefined });

/** Append a continuation line to the last field, joined by a line break. */
function continueField(rec: OpenRecord, text: string): void {
  const last = rec.raw.length - 1;
  const prev = rec.raw[last];
  if (!prev) return;
  const [tag, value] = prev;
  rec.raw[last] = [tag, value === '' ? text : `${value}\n${text}`];
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Where the value of a RIS tag line starts, or -1 if the line is not a tag line. Accepts the spacing
 * vendors really write: `TY  - X`, `TY - X`, `TY\t-\tX`, `ER  -` (no value), `TY  -X`.
 */
export function risValueStart(line: string): number {
  return risValueStartIn(line, 0, line.length);
}

/** `risValueStart` of the line `text.slice(start, end)`, as a position in `text`. */
function risValueStartIn(text: string, start: number, end: number): number {
  if (end - start < 3 || !isUpper(text.charCodeAt(start))) return -1;
  const c1 = text.charCodeAt(start + 1);
  if (!isUpper(c1) && !isDigit(c1)) return -1;
  let i = start + 2;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  const spaces = i - start - 2;
  if (spaces === 0 || i === end || text.charCodeAt(i) !== 45 /* - */) return -1;
  i++;
  if (i === end) return i;
  if (isBlank(text.charCodeAt(i))) return i + 1;
  // "TY  -JOUR": only with the standard two spaces, so that prose such as "AB -based" stays prose.
  return spaces === 2 ? i : -1;
}

/** Ovid and some databases number records (`1.`, `<1>`) on a line of their own before `TY`. */
const isRecordNumber = (line: string): boolean => /^\s*(?:\d+\.|<\d+>)\s*$/.test(line);

const isBlankLine = (line: string): boolean => line.length === 0 || line.trim() === '';

export function createRisParser(_options?: ParseOptions): StreamParser {
  const log = createDiagnosticLog();
  const report = (d: Diagnostic): void => log.add(d);
  const out: ImportedRecord[] = [];
  let index = 0;
  let current: OpenRecord | undefined;
  // A record closed by ER is held until the next line proves no tag (Ovid's `NL`) belongs to it.
  let held: OpenRecord | undefined;
  let blankSinceHeld = false;
  let outsideStart = 0;
  let outsideCount = 0;
  let outsideSample = '';

  const fields = new FieldIndex();
  const finish = (rec: OpenRecord): void => {
    out.push(risToRecord(rec, index, report, fields));
    index++;
  };
  const flushHeld = (): void => {
    if (held) finish(held);
    held = undefined;
  };
  const flushOutside = (): void => {
    if (outsideCount === 0) return;
    report(
      diag(
        'RIS_TEXT_OUTSIDE_RECORD',
        'info',
        `${outsideCount} line(s) outside any record were skipped, starting with "${outsideSample}".`,
        { line: outsideStart },
      ),
    );
    outsideCount = 0;
  };
  const add = (rec: OpenRecord, tag: string, value: string, lineNo: number): void => {
    rec.raw.push([tag, value]);
    if (rec.markLine === undefined && (tag === 'PY' || tag === 'Y1')) rec.markLine = lineNo;
  };
  const close = (rec: OpenRecord): void => {
    held = rec;
    current = undefined;
    blankSinceHeld = false;
  };

  const onUntagged = (line: string, lineNo: number): void => {
    if (current) {
      if (isBlankLine(line)) return;
      // A bare "ER" closes the record, as Web of Science's RIS sometimes writes it.
      if (line.charCodeAt(0) === 69 && line.trimEnd() === endTag) return close(current);
      // An untagged line continues the previous tag (EndNote, Zotero, Rayyan keyword lists).
      continueField(current, line.trim());
      return;
    }
    if (isBlankLine(line)) {
      blankSinceHeld = true;
      return;
    }
    flushHeld();
    if (isRecordNumber(line)) return;
    if (outsideCount === 0) {
      outsideStart = lineNo;
      outsideSample = line.trim().slice(0, 60);
    }
    outsideCount++;
  };

  // Lines arrive as ranges of the chunk: a tag line costs its value string and nothing else.
  const onRange = (text: string, lineStart: number, lineEnd: number, lineNo: number): void => {
    const start = risValueStartIn(text, lineStart, lineEnd);
    if (start === -1) return onUntagged(text.slice(lineStart, lineEnd), lineNo);
    // risValueStartIn checked that the tag is two ASCII letters or digits.
    const code = text.charCodeAt(lineStart) * 128 + text.charCodeAt(lineStart + 1);
    const tag = tagByCode[code] ?? (tagByCode[code] = text.slice(lineStart, lineStart + 2));
    const value = trimmedRange(text, start, lineEnd);
    if (current && tag !== startTag && tag !== endTag) return add(current, tag, value, lineNo);
    if (tag === startTag) {
      if (current && current.raw.every(([t]) => t === startTag)) {
        // "TY  - BOOK" straight after another TY: one record whose type was written twice, not an empty record.
        report(diag('RIS_REPEATED_TY', 'warning', 'TY repeated before any other tag; the first TY gives the type.', { line: lineNo, recordIndex: index }));
        add(current, tag, value, lineNo);
        return;
      }
      flushHeld();
      flushOutside();
      if (current) {
        report(
          diag('RIS_MISSING_ER', 'warning', 'A new record (TY) started before the previous one was closed by ER.', {
            line: current.line,
            recordIndex: index,
          }),
        );
        finish(current);
      }
      current = openRecord(lineNo);
      add(current, tag, value, lineNo);
      return;
    }
    if (tag === endTag) {
      if (current) {
        if (value !== '') add(current, tag, value, lineNo);
        close(current);
        return;
      }
      flushHeld();
      flushOutside();
      report(diag('RIS_STRAY_ER', 'info', 'ER without an open record was ignored.', { line: lineNo }));
      return;
    }
    if (held && !blankSinceHeld) {
      report(
        diag('RIS_TAG_AFTER_ER', 'info', `Tag ${tag} after ER was kept with the record it follows.`, {
          line: lineNo,
          recordIndex: index,
        }),
      );
      add(held, tag, value, lineNo);
      return;
    }
    flushHeld();
    flushOutside();
    report(
      diag('RIS_MISSING_TY', 'warning', `Tag ${tag} outside a record: a record without TY was started here.`, {
        line: lineNo,
        recordIndex: index,
      }),
    );
    current = openRecord(lineNo);
    add(current, tag, value, lineNo);
  };

  return lineStreamParser({
    onLine: { onRange },
    onEnd: (endedWithNewline) => {
      flushHeld();
      flushOutside();
      if (current) {
        report(
          endedWithNewline
            ? diag('RIS_MISSING_ER', 'warning', 'The last record was not closed by ER.', {
                line: current.line,
                recordIndex: index,
              })
            : diag('FILE_TRUNCATED', 'warning', 'The file ends in the middle of a record (no ER, no final line break).', {
                line: current.line,
                recordIndex: index,
              }),
        );
        finish(current);
        current = undefined;
      }
    },
    out,
    log,
  });
}
