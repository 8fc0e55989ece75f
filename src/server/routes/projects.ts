import type { FastifyInstance } from 'fastify';
import { createProject, exportProjectArchive, importProjectArchive, listProjects, resolveProject, updateProject } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
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
  api.get<P>('/projects/:pid/archive', async (req, reply) => {
    const r = await exportProjectArchive(app, actorOf(req), req.params.pid);
    return reply.type('application/gzip').header('content-disposition', `attachment; filename="${r.fileName}"`).send(Buffer.from(r.bytes));
  });
  api.post('/archives', async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('INVALID_ARGUMENT', 'Send the archive as multipart/form-data.');
    const part = await req.file();
    if (!part) throw new AppError('INVALID_ARGUMENT', 'No file in the upload.');
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw new AppError('IMPORT_TOO_LARGE', `${part.filename} is larger than the upload limit.`);
    const r = await importProjectArchive(app, actorOf(req), bytes);
    return reply.status(201).send({ project: r.projectId, name: r.name, counts: r.counts });
  });
  api.patch<P>('/projects/:pid', async (req) => ({ project: await updateProject(app, actorOf(req), req.params.pid, req.body as Parameters<typeof updateProject>[3]) }));
}
