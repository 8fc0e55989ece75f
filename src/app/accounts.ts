import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { projectsRepo, usersRepo, type Role, type UserRow } from '../store/index.js';
import { LOCAL_OWNER, type Actor } from './actors.js';
import { audit } from './audit.js';
import type { App } from './context.js';
import { resolveProject } from './projects.js';
import { parseInput } from './validate.js';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): ~30 ms per hash here. */
const argonOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const SESSION_DAYS = 14;

const nameSchema = z
  .string()
  .trim()
  .min(2, 'A user name needs at least 2 characters.')
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Use letters, digits, dot, dash or underscore in user names.');
const passwordSchema = z.string().min(8, 'Use a password of at least 8 characters.').max(1024);

export const newUserSchema = z.object({ name: nameSchema, displayName: z.string().trim().max(200).optional(), password: passwordSchema });
export const memberSchema = z.object({ name: nameSchema, role: z.enum(['owner', 'reviewer', 'viewer']) });

export type PublicUser = Readonly<{ id: string; name: string; displayName: string }>;
const publicUser = (u: UserRow): PublicUser => ({ id: u.id, name: u.name, displayName: u.displayName });

/** Create an account. Only someone who owns at least one project (or the local owner) may do it. */
export async function createUser(app: App, actor: Actor, input: z.input<typeof newUserSchema>): Promise<PublicUser> {
  const v = parseInput(newUserSchema, input);
  const owns = (await projectsRepo.listProjectsForUser(app.store.db, actor.userId)).some((p) => p.role === 'owner');
  if (!owns && actor.name !== LOCAL_OWNER) throw new AppError('AUTH_FORBIDDEN', 'Only a project owner can create accounts.');
  if (await usersRepo.findUserByName(app.store.db, v.name)) throw new AppError('USER_EXISTS', `A user named "${v.name}" already exists.`, { name: v.name });
  const user: UserRow = { id: app.newId('usr'), name: v.name, displayName: v.displayName || v.name, passwordHash: await hash(v.password, argonOptions), createdAt: app.now() };
  await app.store.db.transaction().execute(async (trx) => {
    await usersRepo.insertUser(trx, user);
    await audit(app, trx, actor, { projectId: null, type: 'user.created', entityType: 'user', entityId: user.id, payload: { after: publicUser(user) } });
  });
  return publicUser(user);
}

export async function setPassword(app: App, actor: Actor, password: string): Promise<void> {
  const p = parseInput(passwordSchema, password);
  await usersRepo.setPasswordHash(app.store.db, actor.userId, await hash(p, argonOptions));
}

export async function addMember(app: App, actor: Actor, projectRef: string, input: z.input<typeof memberSchema>): Promise<PublicUser & { role: Role }> {
  const project = await resolveProject(app, actor, projectRef, 'owner');
  const v = parseInput(memberSchema, input);
  const user = await usersRepo.findUserByName(app.store.db, v.name);
  if (!user) throw new AppError('MEMBER_NOT_FOUND', `No user named "${v.name}": create the account first.`, { name: v.name });
  await app.store.db.transaction().execute(async (trx) => {
    await usersRepo.upsertMembership(trx, project.id, user.id, v.role, app.now());
    await audit(app, trx, actor, { projectId: project.id, type: 'member.added', entityType: 'user', entityId: user.id, payload: { role: v.role } });
  });
  return { ...publicUser(user), role: v.role };
}

export async function listMembers(app: App, actor: Actor, projectRef: string): Promise<(PublicUser & { role: Role })[]> {
  const project = await resolveProject(app, actor, projectRef);
  return (await usersRepo.listMembers(app.store.db, project.id)).map((m) => ({ ...publicUser(m), role: m.role }));
}

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Check a password and open a session. The token goes to the client; only its hash is stored. */
export async function signIn(app: App, name: string, password: string): Promise<{ token: string; user: PublicUser; expiresAt: string }> {
  const user = await usersRepo.findUserByName(app.store.db, String(name ?? ''));
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which names exist.
  const ok = user?.passwordHash ? await verify(user.passwordHash, String(password ?? '')) : (await hash('timing-equaliser', argonOptions), false);
  if (!user || !ok) throw new AppError('AUTH_BAD_CREDENTIALS', 'Unknown user or wrong password.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.parse(app.now()) + SESSION_DAYS * 86_400_000).toISOString();
  await usersRepo.insertSession(app.store.db, tokenHash(token), user.id, app.now(), expiresAt);
  return { token, user: publicUser(user), expiresAt };
}

export async function actorFromSession(app: App, token: string | undefined): Promise<Actor | undefined> {
  if (!token) return undefined;
  const user = await usersRepo.findSessionUser(app.store.db, tokenHash(token), app.now());
  return user ? { userId: user.id, name: user.name, displayName: user.displayName } : undefined;
}

export async function signOut(app: App, token: string | undefined): Promise<void> {
  if (token) await usersRepo.deleteSession(app.store.db, tokenHash(token));
}

