/**
 * The streaming BibTeX/BibLaTeX parser: `scan.ts` cuts entries, `entry.ts` reads fields, `@string`
 * macros accumulate as they are defined, `@comment` and `@preamble` are skipped, and every other entry
 * becomes a record keyed by its citation key.
 */
import type { ImportedRecord, RawField } from '../../records/record.js';
import { finishRecord } from '../csv/build-record.js';
import { countNewlines, createNewlineNormaliser } from '../csv/text-stream.js';
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import { parseEntry, predefinedMacros, recoverFieldsByLine } from './entry.js';
import type { EntryText, StrayText } from './scan.js';
import { createEntrySplitter } from './scan.js';
import { bibtexDraft, fieldMap } from './to-record.js';

export const bibtexDiagnosticCodes = {
  BIBTEX_UNREADABLE_ENTRY: 'An entry has a value whose braces or quotes never close and no field-per-line layout to recover it; the entry was skipped.',
  BIBTEX_UNTERMINATED_ENTRY: 'An entry has unbalanced braces; it was read up to the next entry (or the end of the file), one field per line.',
  BIBTEX_STRAY_FIELDS: 'Fields sit outside any entry (an extra closing brace ended an entry early); they were added to the entry before, read line by line.',
  BIBTEX_SYNTAX: 'A field could not be read (missing "=", value or comma); the rest of the entry was read.',
  BIBTEX_UNDEFINED_MACRO: 'A value uses an @string macro that is not defined; the macro name was kept as text.',
} as const;

type Code = keyof typeof bibtexDiagnosticCodes;

/** An entry read but not yet emitted: fields stranded after it (see `StrayText`) may still join it. */
type Pending = { type: string; key: string; fields: RawField[]; index: number; line: number };

/**
 * Create a BibTeX stream parser. Each record is emitted when the next entry (or the end) arrives, so
 * that fields an extra closing brace stranded after an entry can be given back to it.
 */
export function createBibtexParser(_options?: ParseOptions): StreamParser {
  const newlines = createNewlineNormaliser();
  const splitter = createEntrySplitter();
  const macros = new Map(predefinedMacros);
  const diagnostics: Diagnostic[] = [];
  let index = 0;
  let pending: Pending | undefined;

  const report = (code: Code, severity: Diagnostic['severity'], message: string, line: number, recordIndex?: number): void => {
    diagnostics.push(diag(code, severity, message, { line, recordIndex }));
  };

  function flush(out: ImportedRecord[]): void {
    if (!pending) return;
    const { type, key, fields, line } = pending;
    const raw: RawField[] = [['@type', type], ...fields];
    out.push(finishRecord(bibtexDraft(type, fieldMap(fields)), { raw, index: pending.index, line, sourceId: key }));
    pending = undefined;
  }

  function stray(text: StrayText): void {
    const recovered = recoverFieldsByLine(text.text, macros);
    if (pending && recovered.length > 0) {
      pending.fields.push(...recovered);
      report('BIBTEX_STRAY_FIELDS', 'warning', `Fields after the end of entry "${pending.key}" were added to it.`, text.line, pending.index);
    } else report('BIBTEX_STRAY_FIELDS', 'warning', 'Fields outside any entry were ignored.', text.line);
  }

  function read(entry: EntryText, out: ImportedRecord[]): void {
    const parsed = parseEntry(entry.text, macros);
    const kind = parsed.type.toLowerCase();
    if (kind === 'comment' || kind === 'preamble') return;
    flush(out);
    const lineAt = (offset: number): number => entry.line + countNewlines(entry.text, 0, offset);
    const label = parsed.key ? `Entry "${parsed.key}"` : `The @${parsed.type} entry`;
    const recordIndex = kind === 'string' ? undefined : index;
    const fatal = parsed.problems.find((p) => p.fatal);
    let fields = parsed.fields;
    if (fatal || !entry.closed) {
      // Unbalanced braces: read the fields line by line instead, if the entry is laid out that way.
      const recovered = recoverFieldsByLine(entry.text, macros);
      if (recovered.length === 0 && fatal) {
        report('BIBTEX_UNREADABLE_ENTRY', 'error', `${label} was skipped: ${fatal.message}.`, lineAt(fatal.offset), recordIndex);
        return;
      }
      if (recovered.length > 0) fields = recovered;
      report(
        'BIBTEX_UNTERMINATED_ENTRY',
        'warning',
        `${label} has unbalanced braces; its fields were read line by line.`,
        fatal ? lineAt(fatal.offset) : entry.line,
        recordIndex,
      );
    } else {
      for (const p of parsed.problems) report('BIBTEX_SYNTAX', 'warning', `${label}: ${p.message}.`, lineAt(p.offset), recordIndex);
    }
    for (const name of new Set(parsed.undefinedMacros)) {
      report('BIBTEX_UNDEFINED_MACRO', 'warning', `${label} uses the undefined @string "${name}".`, entry.line, recordIndex);
    }
    if (kind === 'string') {
      for (const [name, value] of fields) macros.set(name.toLowerCase(), value);
      return;
    }
    pending = { type: parsed.type, key: parsed.key, fields: [...fields], index: index++, line: entry.line };
  }

  function readAll(items: (EntryText | StrayText)[], final: boolean): ImportedRecord[] {
    const out: ImportedRecord[] = [];
    for (const item of items) {
      if (item.kind === 'stray') stray(item);
      else read(item, out);
    }
    if (final) flush(out);
    return out;
  }

  return {
    push: (chunk: string) => readAll(splitter.push(newlines.push(chunk)), false),
    end: () => readAll([...splitter.push(newlines.end()), ...splitter.end()], true),
    diagnostics,
  };
}
