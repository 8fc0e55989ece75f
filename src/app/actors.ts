import { AppError } from '../core/errors.js';
import { usersRepo, type Role } from '../store/index.js';
import type { App } from './context.js';

/** Who is acting. Every event records its actor. */
export type Actor = Readonly<{ userId: string; name: string; displayName: string }>;

/** The user of personal mode: created on first use, owner of the projects made on this machine. */
export const LOCAL_OWNER = 'owner';

export async function ensureLocalOwner(app: App): Promise<Actor> {
  const existing = await usersRepo.findUserByName(app.store.db, LOCAL_OWNER);
  if (existing) return { userId: existing.id, name: existing.name, displayName: existing.displayName };
  const user = { id: app.newId('usr'), name: LOCAL_OWNER, displayName: 'Project owner', passwordHash: null, createdAt: app.now() };
  try {
    await usersRepo.insertUser(app.store.db, user);
  } catch (error) {
    // Two processes starting at once: the other one created it.
    const again = await usersRepo.findUserByName(app.store.db, LOCAL_OWNER);
    if (again) return { userId: again.id, name: again.name, displayName: again.displayName };
    throw error;
  }
  return { userId: user.id, name: user.name, displayName: user.displayName };
}

export async function actorByName(app: App, name: string): Promise<Actor> {
  const user = await usersRepo.findUserByName(app.store.db, name);
  if (!user) throw new AppError('MEMBER_NOT_FOUND', `No user named "${name}".`, { name });
  return { userId: user.id, name: user.name, displayName: user.displayName };
}

const rank: Record<Role, number> = { viewer: 1, reviewer: 2, owner: 3 };

/** The actor's role in the project, or a clear error when they are not at least `minimum`. */
export async function requireRole(app: App, projectId: string, actor: Actor, minimum: Role): Promise<Role> {
  const role = await usersRepo.findMembership(app.store.db, projectId, actor.userId);
  if (!role) throw new AppError('PROJECT_NOT_FOUND', 'No such project, or you are not a member of it.', { projectId });
  if (rank[role] < rank[minimum]) {
    throw new AppError('AUTH_FORBIDDEN', `This needs the ${minimum} role; you are ${role}.`, { projectId, role, required: minimum });
  }
  return role;
}
