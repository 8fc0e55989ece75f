/**
 * The streaming CSV/TSV parser: the row splitter cuts complete rows, csv-parse reads their cells, the
 * header (kept from the first row) plans the columns, and each row becomes a record.
 */
import { decodeCharacterReferences } from '../../records/entities.js';
import type { Options } from 'csv-parse/sync';
import { parse } from 'csv-parse/sync';
import type { ImportedRecord, RawField } from '../../records/record.js';
import type { Diagnostic } from '../diagnostic.js';
import { diag } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import { wosDraft } from '../wos-tab/tags.js';
import type { RecordDraft } from './build-record.js';
import { finishRecord } from './build-record.js';
import { restoreFormula } from './cells.js';
import type { ColumnPlan, Profile, Slot } from './columns.js';
import { detectProfile, normaliseHeader, planColumns } from './columns.js';
import type { Row } from './rows.js';
import { createRowSplitter } from './rows.js';
import { createNewlineNormaliser } from './text-stream.js';
import { draftFromCells } from './to-record.js';

export const csvDiagnosticCodes = {
  CSV_COLUMN_COUNT: 'A row has more or fewer cells than the header; the record was read and extra cells kept in raw.',
  CSV_UNTERMINATED_QUOTE: 'A quoted cell is never closed; the text from that row to the end could not be read.',
  CSV_MALFORMED_ROW: 'A row could not be read as delimited text and was skipped.',
  CSV_COLUMN_NOT_FOUND: 'A column named in the column mapping is not in the header; the default mapping was used.',
  CSV_NO_TITLE_COLUMN: 'No column was recognised as the title; set the column mapping.',
} as const;

type Code = keyof typeof csvDiagnosticCodes;

const csvOptions = (delimiter: string): Options => ({
  delimiter,
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  bom: false,
});

/** Parse a batch of rows with one csv-parse call; fall back to row by row if the two disagree. */
function readCells(rows: readonly Row[], delimiter: string, onError: (row: Row, message: string) => void): (string[] | undefined)[] {
  try {
    const batch = parse(rows.map((r) => r.text).join('\n'), csvOptions(delimiter));
    if (batch.length === rows.length) return batch;
  } catch {
    // fall through: find the culprit row by row
  }
  return rows.map((row) => {
    try {
      const one = parse(row.text, csvOptions(delimiter));
      if (one.length === 1) return one[0];
      onError(row, `the row reads as ${one.length} rows`);
    } catch (e) {
      onError(row, e instanceof Error ? e.message : String(e));
    }
    return undefined;
  });
}

/** Create a CSV/TSV stream parser. `options.columns` overrides the default column mapping per field. */
export function createCsvParser(options?: ParseOptions): StreamParser {
  const newlines = createNewlineNormaliser();
  const splitter = createRowSplitter();
  const diagnostics: Diagnostic[] = [];
  let header: string[] | undefined;
  let profile: Profile = 'generic';
  let plan: ColumnPlan = new Map();
  let fundingColumn = -1;
  let index = 0;

  const report = (code: Code, severity: Diagnostic['severity'], message: string, line?: number, recordIndex?: number): void => {
    diagnostics.push(diag(code, severity, message, { line, recordIndex }));
  };

  function setHeader(row: Row, cells: readonly string[]): void {
    header = cells.map((h, i) => h.replace(/^\uFEFF/, '').trim() || `column ${i + 1}`);
    profile = detectProfile(header);
    const planned = planColumns(header, profile, options?.columns);
    plan = planned.plan;
    fundingColumn = header.findIndex((h) => normaliseHeader(h) === 'funding text 1');
    for (const name of planned.missing) {
      report('CSV_COLUMN_NOT_FOUND', 'warning', `The column "${name}" named in the column mapping is not in the header.`, row.line);
    }
    if (profile !== 'wos-tags' && !plan.has('title')) {
      report('CSV_NO_TITLE_COLUMN', 'warning', 'No column was recognised as the title.', row.line);
    }
  }

  function toRecord(row: Row, rawCells: readonly string[]): ImportedRecord | undefined {
    const head = header ?? [];
    if (rawCells.every((c) => c.trim() === '')) return undefined;
    let cells = profile === 'metaethno' ? rawCells.map(restoreFormula) : rawCells;
    const extraFunding: RawField[] = [];
    if (profile === 'scopus' && cells.length > head.length && fundingColumn >= 0) {
      // Scopus writes a record's second, third… funding texts as extra cells right after `Funding
      // Text 1` without adding them to the header: take them out so the later columns line up.
      const n = cells.length - head.length;
      cells.slice(fundingColumn + 1, fundingColumn + 1 + n).forEach((c, k) => {
        if (c.trim() !== '') extraFunding.push([`Funding Text ${k + 2}`, c]);
      });
      cells = [...cells.slice(0, fundingColumn + 1), ...cells.slice(fundingColumn + 1 + n)];
    }
    const extra = cells.slice(head.length);
    if (cells.length < head.length || extra.some((c) => c.trim() !== '')) {
      report(
        'CSV_COLUMN_COUNT',
        'warning',
        `Row has ${cells.length} cells but the header has ${head.length}.`,
        row.line,
        index,
      );
    }
    const raw: RawField[] = [];
    cells.forEach((cell, i) => {
      if (cell.trim() !== '') raw.push([head[i] ?? `#${i + 1}`, cell]);
      if (i === fundingColumn) raw.push(...extraFunding);
    });
    // Our own export writes text as it is (an `&amp;` in it is literal); other tools' CSV may carry
    // HTML character references, decoded here (the raw cells keep them).
    const text = profile === 'metaethno' ? (cell: string): string => cell : decodeCharacterReferences;
    const pick = (slot: Slot): string[] => (plan.get(slot) ?? []).map((i) => text(cells[i]?.trim() ?? '')).filter((v) => v !== '');
    const reader = { get: (slot: Slot) => pick(slot)[0], all: pick };
    let draft: RecordDraft;
    let sourceId: string | undefined;
    if (profile === 'wos-tags') {
      ({ draft, sourceId } = wosDraft(raw));
      if (options?.columns) Object.assign(draft, overridesOnly(draftFromCells(reader, profile), options.columns));
    } else {
      draft = draftFromCells(reader, profile);
    }
    sourceId = reader.get('id') ?? sourceId;
    return finishRecord(draft, { raw, index: index++, line: row.line, sourceId });
  }

  function handle(rows: Row[]): ImportedRecord[] {
    if (rows.length === 0) return [];
    const cells = readCells(rows, splitter.delimiter, (row, message) =>
      report('CSV_MALFORMED_ROW', 'error', `Row skipped: ${message}.`, row.line, header ? index : undefined),
    );
    const out: ImportedRecord[] = [];
    rows.forEach((row, k) => {
      const c = cells[k];
      if (!c) return;
      if (!header) {
        setHeader(row, c);
        return;
      }
      const record = toRecord(row, c);
      if (record) out.push(record);
    });
    return out;
  }

  return {
    push(chunk: string): ImportedRecord[] {
      return handle(splitter.push(newlines.push(chunk)));
    },
    end(): ImportedRecord[] {
      const tail = splitter.push(newlines.end());
      const { rows, unterminated } = splitter.end();
      const out = handle([...tail, ...rows]);
      if (unterminated) {
        report(
          'CSV_UNTERMINATED_QUOTE',
          'error',
          'A quoted cell opened on this line is never closed; the rest of the file was not read.',
          unterminated.line,
          index,
        );
      }
      return out;
    },
    diagnostics,
  };
}

const isDraftKey = (draft: RecordDraft, key: string): key is keyof RecordDraft => Object.hasOwn(draft, key);

function copyField<K extends keyof RecordDraft>(to: RecordDraft, from: RecordDraft, key: K): void {
  to[key] = from[key];
}

/** The fields of `draft` that the caller's column mapping names (everything else stays as WoS read it). */
function overridesOnly(draft: RecordDraft, columns: NonNullable<ParseOptions['columns']>): RecordDraft {
  const out: RecordDraft = {};
  for (const key of Object.keys(columns)) if (isDraftKey(draft, key)) copyField(out, draft, key);
  return out;
}
