import type { Selectable } from 'kysely';
import type { Q } from './q.js';
import type { SearchesTable } from './schema.js';
import { iso } from './time.js';

export type SearchRow = Readonly<{
  id: string;
  projectId: string;
  kind: 'database' | 'register' | 'other';
  source: string;
  platform: string | null;
  method: string | null;
  dateRun: string | null;
  query: string | null;
  limits: string | null;
  filters: string | null;
  hitsReported: number | null;
  notes: string | null;
  createdAt: string;
  createdBy: string;
}>;

const toSearch = (r: Selectable<SearchesTable>): SearchRow => ({
  id: r.id,
  projectId: r.project_id,
  kind: r.kind,
  source: r.source,
  platform: r.platform,
  method: r.method,
  dateRun: r.date_run,
  query: r.query,
  limits: r.limits,
  filters: r.filters,
  hitsReported: r.hits_reported,
  notes: r.notes,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
});

export async function insertSearch(db: Q, s: SearchRow): Promise<void> {
  await db
    .insertInto('searches')
    .values({
      id: s.id,
      project_id: s.projectId,
      kind: s.kind,
      source: s.source,
      platform: s.platform,
      method: s.method,
      date_run: s.dateRun,
      query: s.query,
      limits: s.limits,
      filters: s.filters,
      hits_reported: s.hitsReported,
      notes: s.notes,
      created_at: s.createdAt,
      created_by: s.createdBy,
    })
    .execute();
}

export async function findSearch(db: Q, projectId: string, id: string): Promise<SearchRow | undefined> {
  const r = await db.selectFrom('searches').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return r ? toSearch(r) : undefined;
}

export async function listSearches(db: Q, projectId: string): Promise<SearchRow[]> {
  const rows = await db.selectFrom('searches').selectAll().where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toSearch);
}

/** Imported record counts per search. */
export async function countRecordsBySearch(db: Q, projectId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('records')
    .select(['search_id', db.fn.countAll<number>().as('n')])
    .where('project_id', '=', projectId)
    .groupBy('search_id')
    .execute();
  return new Map(rows.map((r) => [r.search_id, Number(r.n)]));
}
