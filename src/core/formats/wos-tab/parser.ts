/**
 * Web of Science tab-delimited exports: a header row of field tags, then one record per line with
 * its fields separated by tabs. WoS does not quote values (a `"` is literal), so this is not CSV.
 */
import type { ImportedRecord, RawField } from '../../records/record.js';
import { finishRecord } from '../csv/build-record.js';
import { createNewlineNormaliser } from '../csv/text-stream.js';
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import { isWosTag, wosDraft } from './tags.js';

export const wosTabDiagnosticCodes = {
  WOS_TAB_BAD_HEADER: 'The first line is not a row of Web of Science field tags; nothing was read.',
  WOS_TAB_COLUMN_COUNT: 'A line has more cells than the header; the extra cells are kept in raw.',
} as const;

/** Create a WoS tab-delimited stream parser. */
export function createWosTabParser(_options?: ParseOptions): StreamParser {
  const newlines = createNewlineNormaliser();
  const diagnostics: Diagnostic[] = [];
  let pending = '';
  let line = 0;
  let header: string[] | undefined;
  let badHeader = false;
  let index = 0;

  function readLine(text: string, out: ImportedRecord[]): void {
    line++;
    if (badHeader || text.trim() === '') return;
    const cells = text.split('\t');
    if (!header) {
      const tags = cells.map((c) => c.trim());
      while (tags.length > 0 && tags[tags.length - 1] === '') tags.pop();
      if (tags.length < 2 || !tags.every(isWosTag)) {
        badHeader = true;
        diagnostics.push(diag('WOS_TAB_BAD_HEADER', 'error', 'The first line is not a row of Web of Science field tags.', { line }));
        return;
      }
      header = tags;
      return;
    }
    const raw: RawField[] = [];
    cells.forEach((cell, i) => {
      if (cell.trim() !== '') raw.push([header?.[i] ?? `#${i + 1}`, cell]);
    });
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      diagnostics.push(
        diag('WOS_TAB_COLUMN_COUNT', 'warning', `Line has ${cells.length} cells but the header has ${header.length}.`, {
          line,
          recordIndex: index,
        }),
      );
    }
    if (raw.length === 0) return;
    const { draft, sourceId } = wosDraft(raw);
    out.push(finishRecord(draft, { raw, index: index++, line, sourceId }));
  }

  function feed(text: string, final: boolean): ImportedRecord[] {
    const out: ImportedRecord[] = [];
    pending += text;
    let start = 0;
    let nl = pending.indexOf('\n');
    while (nl !== -1) {
      readLine(pending.slice(start, nl), out);
      start = nl + 1;
      nl = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
    if (final && pending !== '') {
      readLine(pending, out);
      pending = '';
    }
    return out;
  }

  return {
    push: (chunk: string) => feed(newlines.push(chunk), false),
    end: () => feed(newlines.end(), true),
    diagnostics,
  };
}
