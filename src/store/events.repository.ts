import type { Selectable } from 'kysely';
import type { Q } from './q.js';
import type { EventsTable } from './schema.js';
import { iso } from './time.js';

/** One entry of the append-only audit log. `payload` holds the domain event (with before/after). */
export type StoredEvent = Readonly<{
  seq: number;
  id: string;
  projectId: string | null;
  actorId: string;
  at: string;
  type: string;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
}>;

export type NewEvent = Omit<StoredEvent, 'seq'>;

const toEvent = (r: Selectable<EventsTable>): StoredEvent => ({
  seq: Number(r.seq),
  id: r.id,
  projectId: r.project_id,
  actorId: r.actor_id,
  at: iso(r.at),
  type: r.type,
  entityType: r.entity_type,
  entityId: r.entity_id,
  payload: r.payload,
});

export async function appendEvents(db: Q, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('events')
    .values(
      events.map((e) => ({
        id: e.id,
        project_id: e.projectId,
        actor_id: e.actorId,
        at: e.at,
        type: e.type,
        entity_type: e.entityType,
        entity_id: e.entityId,
        payload: JSON.stringify(e.payload),
      })),
    )
    .execute();
}

export type EventQuery = Readonly<{
  projectId: string;
  types?: readonly string[] | undefined;
  typePrefix?: string | undefined;
  entityId?: string | undefined;
  afterSeq?: number | undefined;
  limit?: number | undefined;
  newestFirst?: boolean | undefined;
}>;

/** The seq of the project's newest event of these types (0 when none), without reading its payload. */
export async function latestSeq(db: Q, projectId: string, types: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select('seq')
    .where('project_id', '=', projectId)
    .where('type', 'in', [...types])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.seq);
}

export async function listEvents(db: Q, q: EventQuery): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').selectAll().where('project_id', '=', q.projectId);
  if (q.types && q.types.length > 0) query = query.where('type', 'in', [...q.types]);
  if (q.typePrefix) query = query.where('type', 'like', `${q.typePrefix}%`);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.afterSeq !== undefined) query = query.where('seq', '>', q.afterSeq);
  query = query.orderBy('seq', q.newestFirst ? 'desc' : 'asc');
  if (q.limit) query = query.limit(q.limit);
  const rows = await query.execute();
  return rows.map(toEvent);
}
