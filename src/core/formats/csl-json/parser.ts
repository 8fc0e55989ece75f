/**
 * The streaming CSL-JSON parser: `items.ts` cuts the text into items, each is parsed with
 * `JSON.parse` on its own, so one bad item costs one record, not the file.
 */
import type { ImportedRecord } from '../../records/record.js';
import { finishRecord } from '../csv/build-record.js';
import { countNewlines, createNewlineNormaliser } from '../csv/text-stream.js';
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import type { ItemText } from './items.js';
import { createItemSplitter } from './items.js';
import { cslDraft, rawOf } from './to-record.js';

export const cslJsonDiagnosticCodes = {
  CSL_JSON_INVALID_ITEM: 'An item is not valid JSON and was skipped.',
  CSL_JSON_NOT_AN_ITEM: 'An array element is not an object (a string, number or list) and was skipped.',
  CSL_JSON_STRUCTURE: 'The text is not a JSON array or object of items, or ends before it closes.',
} as const;

/** Line of a `JSON.parse` error inside an item, from the `position N` its message gives. */
function errorLine(item: ItemText, error: unknown): number {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return item.line + (position ? countNewlines(item.text, 0, Number(position)) : 0);
}

/** Create a CSL-JSON stream parser. */
export function createCslJsonParser(_options?: ParseOptions): StreamParser {
  const newlines = createNewlineNormaliser();
  const splitter = createItemSplitter();
  const diagnostics: Diagnostic[] = [];
  let reported = 0;
  let index = 0;

  function read(item: ItemText): ImportedRecord | undefined {
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      diagnostics.push(diag('CSL_JSON_INVALID_ITEM', 'error', `Item skipped: ${message}`, { line: errorLine(item, e), recordIndex: index }));
      return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      diagnostics.push(diag('CSL_JSON_NOT_AN_ITEM', 'warning', 'An array element is not an object; it was skipped.', { line: item.line }));
      return undefined;
    }
    const record = { ...value };
    const { draft, sourceId } = cslDraft(record);
    return finishRecord(draft, { raw: rawOf(record), index: index++, line: item.line, sourceId });
  }

  function readAll(items: ItemText[]): ImportedRecord[] {
    const out = items.map(read).filter((r): r is ImportedRecord => r !== undefined);
    for (; reported < splitter.problems.length; reported++) {
      const p = splitter.problems[reported];
      if (p) diagnostics.push(diag('CSL_JSON_STRUCTURE', 'error', p.message, { line: p.line }));
    }
    return out;
  }

  return {
    push: (chunk: string) => readAll(splitter.push(newlines.push(chunk))),
    end: () => readAll([...splitter.push(newlines.end()), ...splitter.end()]),
    diagnostics,
  };
}
