import type { FastifyInstance } from 'fastify';
import { comparePair, decideDuplicates, dedupOverview, runDedup, undoDedupDecision, type DedupDecisionInput } from '../../app/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };

export function registerDedupRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  api.get<P>('/projects/:pid/dedup', async (req) => dedupOverview(app, actorOf(req), req.params.pid));
  api.post<P>('/projects/:pid/dedup/run', async (req, reply) => reply.status(201).send({ run: await runDedup(app, actorOf(req), req.params.pid) }));
  api.get<P & { Querystring: { a: string; b: string } }>('/projects/:pid/dedup/compare', async (req) => comparePair(app, actorOf(req), req.params.pid, req.query.a, req.query.b));
  api.post<P>('/projects/:pid/dedup/decisions', async (req, reply) =>
    reply.status(201).send({ event: await decideDuplicates(app, actorOf(req), req.params.pid, req.body as DedupDecisionInput) }),
  );
  api.post<P>('/projects/:pid/dedup/undo', async (req) => ({ event: await undoDedupDecision(app, actorOf(req), req.params.pid) }));
}
