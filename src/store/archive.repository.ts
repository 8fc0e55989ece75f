import { sql } from 'kysely';
import type { Q } from './q.js';

/**
 * Whole-project dumps and loads for the project archive: rows as plain JSON (timestamps as ISO strings,
 * bytes as base64), in an order that respects foreign keys and keeps the log's and records' order.
 * Serial columns (`seq`) are left out and re-assigned on load in the same order.
 */
export const archiveTables = ['projects', 'memberships', 'searches', 'import_files', 'records', 'events', 'files', 'file_pages'] as const;
export type ArchiveTable = (typeof archiveTables)[number];
export type ArchiveRow = Record<string, unknown>;

const jsonColumns: Partial<Record<ArchiveTable, readonly string[]>> = {
  projects: ['settings'],
  import_files: ['diagnostics'],
  records: ['data', 'raw'],
  events: ['payload'],
  file_pages: ['spans'],
};
const bytesColumns: Partial<Record<ArchiveTable, readonly string[]>> = { files: ['content'] };
const serialColumns: Partial<Record<ArchiveTable, readonly string[]>> = { records: ['seq'], events: ['seq'] };

function encode(table: ArchiveTable, row: Record<string, unknown>): ArchiveRow {
  const out: ArchiveRow = {};
  for (const [k, v] of Object.entries(row)) {
    if (serialColumns[table]?.includes(k)) continue;
    if (v instanceof Date) out[k] = v.toISOString();
    else if (bytesColumns[table]?.includes(k) && v instanceof Uint8Array) out[k] = { base64: Buffer.from(v).toString('base64') };
    else if (typeof v === 'bigint') out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

function decode(table: ArchiveTable, row: ArchiveRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (serialColumns[table]?.includes(k)) continue;
    if (jsonColumns[table]?.includes(k)) out[k] = JSON.stringify(v);
    else if (bytesColumns[table]?.includes(k)) out[k] = new Uint8Array(Buffer.from((v as { base64: string }).base64, 'base64'));
    else out[k] = v;
  }
  return out;
}

/** Every row of a project's tables, table by table, in load order. */
export async function* dumpProject(db: Q, projectId: string): AsyncGenerator<{ table: ArchiveTable; rows: ArchiveRow[] }> {
  const byProject = (table: Exclude<ArchiveTable, 'projects' | 'file_pages'>) =>
    sql<Record<string, unknown>>`select * from ${sql.table(table)} where project_id = ${projectId} order by ${sql.raw(table === 'records' || table === 'events' ? 'seq' : table === 'memberships' ? 'user_id' : 'id')}`.execute(db);
  yield { table: 'projects', rows: (await sql<Record<string, unknown>>`select * from projects where id = ${projectId}`.execute(db)).rows.map((r) => encode('projects', r)) };
  for (const table of ['memberships', 'searches', 'import_files'] as const) yield { table, rows: (await byProject(table)).rows.map((r) => encode(table, r)) };
  // Records and events can be large: page through them in their natural order.
  for (const table of ['records', 'events'] as const) {
    let after = 0;
    for (;;) {
      const page = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where project_id = ${projectId} and seq > ${after} order by seq limit 2000`.execute(db);
      if (page.rows.length === 0) break;
      after = Number(page.rows[page.rows.length - 1]!['seq']);
      yield { table, rows: page.rows.map((r) => encode(table, r)) };
    }
  }
  yield { table: 'files', rows: (await byProject('files')).rows.map((r) => encode('files', r)) };
  const pages = await sql<Record<string, unknown>>`select p.* from file_pages p join files f on f.id = p.file_id where f.project_id = ${projectId} order by p.file_id, p.page`.execute(db);
  yield { table: 'file_pages', rows: pages.rows.map((r) => encode('file_pages', r)) };
}

/** Inserts archived rows of one table (inside the caller's transaction). */
export async function loadRows(db: Q, table: ArchiveTable, rows: readonly ArchiveRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((r) => decode(table, r));
    await db.insertInto(table).values(values).execute();
  }
}

export async function projectExists(db: Q, projectId: string): Promise<boolean> {
  return (await db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst()) !== undefined;
}
