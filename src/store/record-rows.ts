/**
 * Imported records as the rows `insertEncodedRecords` writes: JSON arrays of rows, encoded as UTF-8,
 * in batches. Pure of any database, so an import can build them in a worker thread while the main
 * thread writes the previous batch.
 */
import type { Author, BibRecord, RawField } from '../core/records/record.js';
import { toJson } from './json.js';

const authorsText = (authors: readonly Author[]): string =>
  authors.map((a) => a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family)).join('; ');

export type NewRecord = Readonly<{
  id: string;
  projectId: string;
  searchId: string;
  fileId: string;
  position: number;
  line: number;
  sourceId: string | undefined;
  record: BibRecord;
  raw: readonly RawField[];
  createdAt: string;
}>;

/** The columns an import writes, with their types: the column list of `json_to_recordset` (records.repository.ts). */
export const insertedColumns = [
  ['id', 'text'], ['project_id', 'text'], ['search_id', 'text'], ['file_id', 'text'], ['position', 'integer'], ['line', 'integer'],
  ['source_id', 'text'], ['type', 'text'], ['title', 'text'], ['authors_text', 'text'], ['year', 'integer'], ['journal', 'text'],
  ['doi', 'text'], ['pmid', 'text'], ['search_text', 'text'], ['data', 'jsonb'], ['raw', 'jsonb'], ['created_at', 'timestamptz'],
] as const;

/**
 * JSON per statement, in characters: under PostgreSQL's default work_mem (4 MB), past which the rows of
 * `json_to_recordset` go to a temporary file before they are inserted (about 500 records with abstracts).
 */
const BATCH_CHARS = 2_000_000;

const rowOf = (n: NewRecord): Record<string, unknown> => {
  const r = n.record;
  const authors = authorsText(r.authors);
  return {
    id: n.id,
    project_id: n.projectId,
    search_id: n.searchId,
    file_id: n.fileId,
    position: n.position,
    line: n.line,
    source_id: n.sourceId ?? null,
    type: r.type,
    title: r.title ?? null,
    authors_text: authors || null,
    year: r.year ?? null,
    journal: r.journal ?? null,
    doi: r.doi ?? null,
    pmid: r.pmid ?? null,
    search_text: [r.title, authors, r.journal, r.doi, r.pmid, r.year, ...r.keywords].filter(Boolean).join(' \u2022 ').toLowerCase(),
    data: r,
    raw: n.raw,
    created_at: n.createdAt,
  };
};

/** The rows of `records` as UTF-8 JSON arrays of at most about BATCH_CHARS characters each. */
export function encodeRecordRows(records: readonly NewRecord[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let batch: string[] = [];
  let chars = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    out.push(Buffer.from(`[${batch.join(',')}]`));
    batch = [];
    chars = 0;
  };
  for (const n of records) {
    const json = toJson(rowOf(n));
    batch.push(json);
    chars += json.length;
    if (chars >= BATCH_CHARS) flush();
  }
  flush();
  return out;
}
