import type { FastifyInstance } from 'fastify';
import { addMember, createUser, listMembers } from '../../app/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };

export function registerMemberRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  /** Accounts: an owner creates reviewer accounts (personal mode: so a second reviewer can sign in). */
  api.post('/users', async (req, reply) => reply.status(201).send({ user: await createUser(app, actorOf(req), req.body as Parameters<typeof createUser>[2]) }));
  api.get<P>('/projects/:pid/members', async (req) => ({ members: await listMembers(app, actorOf(req), req.params.pid) }));
  api.post<P>('/projects/:pid/members', async (req, reply) =>
    reply.status(201).send({ member: await addMember(app, actorOf(req), req.params.pid, req.body as Parameters<typeof addMember>[3]) }),
  );
}
