import type { FastifyInstance } from 'fastify';
import {
  agreement,
  conflicts,
  decide,
  getScreeningSettings,
  prisma,
  recordRetrieval,
  retrievalList,
  resolveConflict,
  screeningQueue,
  screeningRecord,
  settledConflicts,
  undoLastDecision,
  updateScreeningSettings,
} from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { csvRow } from '../../core/formats/csv/cells.js';
import type { ScreeningStage } from '../../core/screening/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };
type PS = P & { Querystring: { stage?: string; limit?: string } };

const stageOf = (s: string | undefined): ScreeningStage => {
  if (s === undefined || s === 'title-abstract') return 'title-abstract';
  if (s === 'full-text') return 'full-text';
  throw new AppError('INVALID_ARGUMENT', `Unknown stage "${s}": title-abstract or full-text.`);
};

export function registerScreeningRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  api.get<P>('/projects/:pid/screening/settings', async (req) => getScreeningSettings(app, actorOf(req), req.params.pid));
  api.put<P>('/projects/:pid/screening/settings', async (req) => updateScreeningSettings(app, actorOf(req), req.params.pid, req.body as Parameters<typeof updateScreeningSettings>[3]));
  api.get<PS>('/projects/:pid/screening/queue', async (req) => screeningQueue(app, actorOf(req), req.params.pid, stageOf(req.query.stage), req.query.limit ? Math.min(200, Number(req.query.limit)) : 20));
  api.get<PS & { Params: { rid: string } }>('/projects/:pid/screening/records/:rid', async (req) => screeningRecord(app, actorOf(req), req.params.pid, req.params.rid, stageOf(req.query.stage)));
  api.post<P>('/projects/:pid/screening/decisions', async (req, reply) => reply.status(201).send(await decide(app, actorOf(req), req.params.pid, req.body as Parameters<typeof decide>[3])));
  api.post<PS>('/projects/:pid/screening/undo', async (req) => undoLastDecision(app, actorOf(req), req.params.pid, stageOf((req.body as { stage?: string } | undefined)?.stage ?? req.query.stage)));
  api.get<PS>('/projects/:pid/screening/conflicts', async (req) => ({ conflicts: await conflicts(app, actorOf(req), req.params.pid, req.query.stage ? stageOf(req.query.stage) : undefined) }));
  api.get<PS>('/projects/:pid/screening/conflicts/resolved', async (req) => ({ resolved: await settledConflicts(app, actorOf(req), req.params.pid, req.query.stage ? stageOf(req.query.stage) : undefined) }));
  api.post<P>('/projects/:pid/screening/resolutions', async (req, reply) => {
    await resolveConflict(app, actorOf(req), req.params.pid, req.body as Parameters<typeof resolveConflict>[3]);
    return reply.status(201).send({ ok: true });
  });
  api.get<P>('/projects/:pid/screening/retrievals', async (req) => retrievalList(app, actorOf(req), req.params.pid));
  api.post<P>('/projects/:pid/screening/retrievals', async (req, reply) => {
    await recordRetrieval(app, actorOf(req), req.params.pid, req.body as Parameters<typeof recordRetrieval>[3]);
    return reply.status(201).send({ ok: true });
  });
  api.get<P & { Querystring: { format?: string } }>('/projects/:pid/screening/agreement', async (req, reply) => {
    const result = await agreement(app, actorOf(req), req.params.pid);
    if (req.query.format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="agreement.csv"');
      return result.csv.map((row) => csvRow(row)).join('');
    }
    return result;
  });
  api.get<P & { Querystring: { format?: string } }>('/projects/:pid/prisma', async (req, reply) => {
    const result = await prisma(app, actorOf(req), req.params.pid);
    if (req.query.format === 'svg') {
      void reply.header('content-type', 'image/svg+xml').header('content-disposition', 'inline; filename="prisma-2020.svg"');
      return result.svg;
    }
    return result;
  });
}
