/**
 * The MEDLINE line loop: a tag of up to four characters padded to column 4, `- `, the value; lines
 * indented by spaces continue the previous tag; a blank line ends a record.
 */
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ImportedRecord } from '../../records/record.js';
import { createDiagnosticLog } from '../tagged/diagnostic-log.js';
import { lineStreamParser } from '../tagged/line-parser.js';
import type { OpenRecord } from '../tagged/open-record.js';
import { addField, continueField, openRecord, tagOf, trimmedFrom } from '../tagged/open-record.js';
import { pubmedToRecord } from './to-record.js';

const isTagChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Tag length and value start of a MEDLINE tag line, or undefined. Accepts `PMID- 1`, `AU  - X`,
 * `PMID-22664238`, `TI  -Title`, `SO- x`; rejects prose such as `NF-kappa B` (a two-letter word
 * glued to a dash is only a tag when padded to column 4 or followed by a space).
 */
export function medlineTag(line: string): { length: number; start: number } | undefined {
  const c0 = line.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90)) return undefined;
  let n = 1;
  while (n < 4 && isTagChar(line.charCodeAt(n))) n++;
  if (n < 2) return undefined;
  let i = n;
  while (i < line.length && isBlank(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 45 /* - */) return undefined;
  const padded = i === 4;
  i++;
  if (i === line.length) return { length: n, start: i };
  if (isBlank(line.charCodeAt(i))) return { length: n, start: i + 1 };
  return padded ? { length: n, start: i } : undefined;
}

export function createPubmedParser(_options?: ParseOptions): StreamParser {
  const log = createDiagnosticLog();
  const report = (d: Diagnostic): void => log.add(d);
  const out: ImportedRecord[] = [];
  let index = 0;
  let current: OpenRecord | undefined;
  let outsideStart = 0;
  let outsideCount = 0;

  const finish = (): void => {
    if (!current) return;
    out.push(pubmedToRecord(current, index, report));
    index++;
    current = undefined;
  };
  const flushOutside = (): void => {
    if (outsideCount === 0) return;
    report(
      diag('PUBMED_TEXT_OUTSIDE_RECORD', 'warning', `${outsideCount} line(s) outside any record were skipped.`, {
        line: outsideStart,
      }),
    );
    outsideCount = 0;
  };

  const onLine = (line: string, lineNo: number): void => {
    const c0 = line.charCodeAt(0);
    if (line.length === 0 || (isBlank(c0) && line.trim() === '')) {
      finish();
      return;
    }
    if (isBlank(c0)) {
      if (current && continueField(current, line.trim(), ' ')) return;
      if (outsideCount++ === 0) outsideStart = lineNo;
      return;
    }
    const tag = medlineTag(line);
    if (!tag) {
      if (current) {
        report(diag('PUBMED_UNTAGGED_LINE', 'warning', `Line without a tag skipped: "${line.slice(0, 60)}".`, { line: lineNo, recordIndex: index }));
      } else if (outsideCount++ === 0) outsideStart = lineNo;
      return;
    }
    const name = tagOf(line, tag.length);
    // Concatenated exports sometimes drop the blank line: a second PMID starts a new record.
    if (current && name === 'PMID' && current.bag.has('PMID')) finish();
    if (!current) {
      flushOutside();
      current = openRecord(lineNo);
    }
    addField(current, name, trimmedFrom(line, tag.start));
    if (name === 'DP' && current.markLine === undefined) current.markLine = lineNo;
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
