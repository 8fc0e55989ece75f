import type { Diagnostic } from '../core/formats/diagnostic.js';
import { createByteReader, type ReadOptions } from '../core/formats/read.js';
import type { ImportedRecord } from '../core/records/record.js';
import { encodeRecordRows } from '../store/record-rows.js';
import { makeId } from './ids.js';

/** Where the records of one imported file go: the columns every row of that file shares. */
export type RowContext = Readonly<{ projectId: string; searchId: string; fileId: string; createdAt: string }>;

/** What reading a chunk (or the end) of a file gave: encoded rows ready for `insertEncodedRecords`. */
export type RowBatch = Readonly<{
  rows: readonly Uint8Array[];
  records: number;
  format: string | undefined;
  encoding: string | undefined;
  /** The file holds an error: nothing may be written. */
  failed: boolean;
  /** Every diagnostic so far; sent when `failed` and at the end. */
  diagnostics?: readonly Diagnostic[];
}>;

/** Rows are encoded once this many records are read (a statement per batch, not per chunk). */
const RECORDS_PER_BATCH = 1000;

/**
 * Reads a file's bytes chunk by chunk into encoded record rows: the format reader, then the rows
 * with their ids. The same code runs in the importing thread (small files) or in a worker (large
 * ones), so both give the same rows.
 */
export function createRowReader(options: ReadOptions, context: RowContext): { push(chunk: Uint8Array): RowBatch; end(): RowBatch } {
  const reader = createByteReader(options);
  const at = new Date(context.createdAt);
  let pending: ImportedRecord[] = [];
  const batch = (records: readonly ImportedRecord[], last: boolean): RowBatch => {
    const failed = reader.diagnostics.some((d) => d.severity === 'error');
    const base = { format: reader.format, encoding: reader.encoding, failed, ...(failed || last ? { diagnostics: [...reader.diagnostics] } : {}) };
    if (failed || records.length === 0) return { ...base, rows: [], records: 0 };
    const rows = encodeRecordRows(
      records.map((r) => {
        const { raw, index, line, sourceId, ...record } = r;
        return { id: makeId('rec', at), projectId: context.projectId, searchId: context.searchId, fileId: context.fileId, position: index, line, sourceId, record, raw, createdAt: context.createdAt };
      }),
    );
    return { ...base, rows, records: records.length };
  };
  return {
    push(chunk) {
      pending.push(...reader.push(chunk));
      if (pending.length < RECORDS_PER_BATCH) return batch([], false);
      const out = pending;
      pending = [];
      return batch(out, false);
    },
    end() {
      pending.push(...reader.end());
      const out = pending;
      pending = [];
      return batch(out, true);
    },
  };
}
