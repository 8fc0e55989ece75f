import type { Selectable } from 'kysely';
import type { Q } from './q.js';
import type { UsersTable } from './schema.js';
import { iso } from './time.js';

export type UserRow = Readonly<{ id: string; name: string; displayName: string; passwordHash: string | null; createdAt: string }>;
export type Role = 'owner' | 'reviewer' | 'viewer';

const toUser = (r: Selectable<UsersTable>): UserRow => ({
  id: r.id,
  name: r.name,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  createdAt: iso(r.created_at),
});

export async function insertUser(db: Q, u: UserRow): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: u.id, name: u.name, display_name: u.displayName, password_hash: u.passwordHash, created_at: u.createdAt })
    .execute();
}

export async function findUserByName(db: Q, name: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function findUserById(db: Q, id: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function setPasswordHash(db: Q, userId: string, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function upsertMembership(db: Q, projectId: string, userId: string, role: Role, at: string): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ project_id: projectId, user_id: userId, role, created_at: at })
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export async function findMembership(db: Q, projectId: string, userId: string): Promise<Role | undefined> {
  const r = await db
    .selectFrom('memberships')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r?.role;
}

export async function listMembers(db: Q, projectId: string): Promise<(UserRow & { role: Role })[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .selectAll('users')
    .select('memberships.role')
    .where('memberships.project_id', '=', projectId)
    .orderBy('memberships.created_at')
    .execute();
  return rows.map((r) => ({ ...toUser(r), role: r.role }));
}

export async function insertSession(db: Q, tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void> {
  await db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt }).execute();
}

export async function findSessionUser(db: Q, tokenHash: string, now: string): Promise<UserRow | undefined> {
  const r = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', new Date(now))
    .executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function deleteSession(db: Q, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
