import { sql, type Selectable } from 'kysely';
import type { BibRecord, RawField } from '../core/records/record.js';
import { encodeRecordRows, insertedColumns, type NewRecord } from './record-rows.js';
import type { Q } from './q.js';
import type { ImportFilesTable, RecordsTable } from './schema.js';
import { iso } from './time.js';

export type { NewRecord } from './record-rows.js';

const insertedNames = sql.raw(insertedColumns.map(([name]) => name).join(', '));
const insertedTypes = sql.raw(insertedColumns.map(([name, type]) => `${name} ${type}`).join(', '));

export type ImportFileRow = Readonly<{
  id: string;
  projectId: string;
  searchId: string;
  fileName: string;
  format: string;
  encoding: string;
  byteSize: number;
  sha256: string;
  recordCount: number;
  diagnostics: unknown[];
  importedAt: string;
  importedBy: string;
}>;

export type StoredRecord = Readonly<{
  id: string;
  projectId: string;
  searchId: string;
  fileId: string;
  seq: number;
  position: number;
  line: number;
  sourceId: string | null;
  record: BibRecord;
  raw: readonly RawField[];
  createdAt: string;
}>;

export type RecordSummary = Readonly<{
  id: string;
  searchId: string;
  seq: number;
  type: string;
  title: string | null;
  authors: string | null;
  year: number | null;
  journal: string | null;
  doi: string | null;
}>;

const toFile = (r: Selectable<ImportFilesTable>): ImportFileRow => ({
  id: r.id,
  projectId: r.project_id,
  searchId: r.search_id,
  fileName: r.file_name,
  format: r.format,
  encoding: r.encoding,
  byteSize: Number(r.byte_size),
  sha256: r.sha256,
  recordCount: r.record_count,
  diagnostics: r.diagnostics,
  importedAt: iso(r.imported_at),
  importedBy: r.imported_by,
});

const toStored = (r: Selectable<RecordsTable>): StoredRecord => ({
  id: r.id,
  projectId: r.project_id,
  searchId: r.search_id,
  fileId: r.file_id,
  seq: Number(r.seq),
  position: r.position,
  line: r.line,
  sourceId: r.source_id,
  record: r.data as unknown as BibRecord,
  raw: r.raw,
  createdAt: iso(r.created_at),
});

export async function insertImportFile(db: Q, f: ImportFileRow): Promise<void> {
  await db
    .insertInto('import_files')
    .values({
      id: f.id,
      project_id: f.projectId,
      search_id: f.searchId,
      file_name: f.fileName,
      format: f.format,
      encoding: f.encoding,
      byte_size: f.byteSize,
      sha256: f.sha256,
      record_count: f.recordCount,
      diagnostics: JSON.stringify(f.diagnostics),
      imported_at: f.importedAt,
      imported_by: f.importedBy,
    })
    .execute();
}

export async function setImportFileResult(db: Q, id: string, recordCount: number, sha256: string, byteSize: number, diagnostics: unknown[]): Promise<void> {
  await db
    .updateTable('import_files')
    .set({ record_count: recordCount, sha256, byte_size: byteSize, diagnostics: JSON.stringify(diagnostics) })
    .where('id', '=', id)
    .execute();
}

export async function listImportFiles(db: Q, projectId: string): Promise<ImportFileRow[]> {
  const rows = await db.selectFrom('import_files').selectAll().where('project_id', '=', projectId).orderBy('imported_at').execute();
  return rows.map(toFile);
}

/**
 * Insert records, a batch to a statement, each batch as ONE parameter: a JSON array of the rows,
 * unpacked by `json_to_recordset` (rows come out, and take their `seq`, in array order). A multi-row
 * VALUES list had 18 parameters a row, each one encoded, sent, parsed and converted on its own, and
 * the record and its raw fields as two more JSON texts each: a third slower on PGlite. Plain SQL, the
 * same on PostgreSQL.
 */
export async function insertRecords(db: Q, records: readonly NewRecord[]): Promise<void> {
  await insertEncodedRecords(db, encodeRecordRows(records));
}

/**
 * Insert batches made by `encodeRecordRows` (perhaps in another thread). As UTF-8 bytes: a binary
 * `json` parameter is its text, and both drivers send bytes faster than a string (see PGliteConnection).
 */
export async function insertEncodedRecords(db: Q, batches: readonly Uint8Array[]): Promise<void> {
  for (const batch of batches) {
    await sql`insert into records (${insertedNames})
      select ${insertedNames} from json_to_recordset(${batch}::json) as r(${insertedTypes})`.execute(db);
  }
}

export type RecordQuery = Readonly<{
  projectId: string;
  text?: string | undefined;
  searchId?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
  sort?: 'seq' | 'year' | 'title' | undefined;
  direction?: 'asc' | 'desc' | undefined;
}>;

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function queryRecords(db: Q, q: RecordQuery): Promise<{ total: number; items: RecordSummary[] }> {
  let base = db.selectFrom('records').where('project_id', '=', q.projectId);
  if (q.searchId) base = base.where('search_id', '=', q.searchId);
  for (const word of (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    base = base.where('search_text', 'like', `%${escapeLike(word)}%`);
  }
  const totalRow = await base.select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const dir = q.direction ?? 'asc';
  const sortCol = q.sort === 'year' ? 'year' : q.sort === 'title' ? 'title' : 'seq';
  const rows = await base
    .select(['id', 'search_id', 'seq', 'type', 'title', 'authors_text', 'year', 'journal', 'doi'])
    .orderBy(sortCol, (ob) => (dir === 'desc' ? ob.desc() : ob.asc()).nullsLast())
    .orderBy('seq')
    .offset(Math.max(0, q.offset ?? 0))
    .limit(Math.min(500, Math.max(1, q.limit ?? 50)))
    .execute();
  return {
    total: Number(totalRow.n),
    items: rows.map((r) => ({
      id: r.id,
      searchId: r.search_id,
      seq: Number(r.seq),
      type: r.type,
      title: r.title,
      authors: r.authors_text,
      year: r.year,
      journal: r.journal,
      doi: r.doi,
    })),
  };
}

export async function findRecord(db: Q, projectId: string, id: string): Promise<StoredRecord | undefined> {
  const r = await db.selectFrom('records').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return r ? toStored(r) : undefined;
}

/** Some records of a project by id, in the order asked for (ids that do not exist are left out). */
export async function findRecords(db: Q, projectId: string, ids: readonly string[]): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const byId = new Map<string, StoredRecord>();
  // Bounded batches: a parameter list per query, not one per record.
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.selectFrom('records').selectAll().where('project_id', '=', projectId).where('id', 'in', ids.slice(i, i + 1000)).execute();
    for (const r of rows) byId.set(r.id, toStored(r));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The id and search of every record of a project, in import order: what screening needs of each, without the record. */
export async function listRecordKeys(db: Q, projectId: string): Promise<{ id: string; searchId: string }[]> {
  const rows = await db.selectFrom('records').select(['id', 'search_id']).where('project_id', '=', projectId).orderBy('seq').execute();
  return rows.map((r) => ({ id: r.id, searchId: r.search_id }));
}

/** Every record of a project in import order, page by page (bounded memory for exports). */
export async function* iterateRecords(db: Q, projectId: string, pageSize = 2000): AsyncGenerator<StoredRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('records')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    const page = rows.map(toStored);
    yield page;
    after = page[page.length - 1]!.seq;
  }
}

export async function countRecords(db: Q, projectId: string): Promise<number> {
  const r = await db.selectFrom('records').select(db.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return Number(r.n);
}
