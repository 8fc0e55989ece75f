import type { FastifyInstance } from 'fastify';
import { createProject, listProjects, resolveProject, updateProject } from '../../app/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };

export function registerProjectRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  api.get('/projects', async (req) => ({ projects: await listProjects(app, actorOf(req)) }));
  api.post('/projects', async (req, reply) => {
    const project = await createProject(app, actorOf(req), req.body as Parameters<typeof createProject>[2]);
    return reply.status(201).send({ project });
  });
  api.get<P>('/projects/:pid', async (req) => ({ project: await resolveProject(app, actorOf(req), req.params.pid) }));
  api.patch<P>('/projects/:pid', async (req) => ({ project: await updateProject(app, actorOf(req), req.params.pid, req.body as Parameters<typeof updateProject>[3]) }));
}
