import type { NewEvent, Q } from '../store/index.js';
import { eventsRepo, projectsRepo } from '../store/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';

/** Append one audit event inside the caller's transaction. */
export async function audit(
  app: App,
  db: Q,
  actor: Actor,
  e: Readonly<{ projectId: string | null; type: string; entityType: string; entityId: string; payload: Record<string, unknown> }>,
): Promise<NewEvent> {
  const event: NewEvent = { id: app.newId('evt'), actorId: actor.userId, at: app.now(), ...e };
  await eventsRepo.appendEvents(db, [event]);
  return event;
}

/**
 * One event in a transaction of its own, under the project's row lock: for the logs that readers fold
 * incrementally (see fold-cache.ts), whose rows must become visible in seq order.
 */
export async function auditLocked(
  app: App,
  actor: Actor,
  e: Readonly<{ projectId: string; type: string; entityType: string; entityId: string; payload: Record<string, unknown> }>,
): Promise<NewEvent> {
  return withProjectLock(app, e.projectId, (trx) => audit(app, trx, actor, e));
}

/**
 * Runs `work` in a transaction that holds the project's row lock: what it reads of the incrementally
 * folded logs is final until it commits, so a writer can check an event against the log as it is
 * (not as it was when the request began) before appending it.
 */
export async function withProjectLock<T>(app: App, projectId: string, work: (trx: Q) => Promise<T>): Promise<T> {
  return app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.lockProject(trx, projectId);
    return work(trx);
  });
}
