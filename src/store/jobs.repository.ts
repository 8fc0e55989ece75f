import { sql } from 'kysely';
import type { Q } from './q.js';
import { iso } from './time.js';

export type JobRow = Readonly<{
  id: string;
  projectId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  error: string | null;
  createdAt: string;
}>;

export async function enqueue(db: Q, job: { id: string; projectId: string | null; kind: string; payload: Record<string, unknown>; at: string }): Promise<void> {
  await db
    .insertInto('jobs')
    .values({ id: job.id, project_id: job.projectId, kind: job.kind, payload: JSON.stringify(job.payload), status: 'queued', created_at: job.at })
    .execute();
}

/**
 * Claims the oldest queued job (or one left running by a process that died more than `staleAfterMs` ago).
 * `for update skip locked` lets several servers share one queue without taking the same job twice.
 */
export async function claim(db: Q, at: string, staleBefore: string): Promise<JobRow | undefined> {
  const found = await db
    .selectFrom('jobs')
    .select('id')
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('started_at', '<', new Date(staleBefore))])]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!found) return undefined;
  const r = await db
    .updateTable('jobs')
    .set({ status: 'running', started_at: at, attempts: sql<number>`attempts + 1` })
    .where('id', '=', found.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: r.id, projectId: r.project_id, kind: r.kind, payload: r.payload, status: r.status, attempts: r.attempts, error: r.error, createdAt: iso(r.created_at) };
}

export async function finish(db: Q, id: string, at: string, error?: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: error === undefined ? 'done' : 'failed', error: error ?? null, finished_at: at })
    .where('id', '=', id)
    .execute();
}

export async function countOpen(db: Q, projectId?: string): Promise<number> {
  let q = db.selectFrom('jobs').select((eb) => eb.fn.countAll<string>().as('n')).where('status', 'in', ['queued', 'running']);
  if (projectId !== undefined) q = q.where('project_id', '=', projectId);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}
