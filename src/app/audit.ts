import type { NewEvent, Q } from '../store/index.js';
import { eventsRepo } from '../store/index.js';
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
