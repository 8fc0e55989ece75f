import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportRecords, getRecord, listRecords } from '../../app/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };
type PR = { Params: { pid: string; rid: string } };
type ListQ = P & { Querystring: { q?: string; search?: string; offset?: string; limit?: string; sort?: 'seq' | 'year' | 'title'; dir?: 'asc' | 'desc' } };
type ExportQ = P & { Querystring: { format?: string } };

export function registerRecordRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  api.get<ListQ>('/projects/:pid/records', async (req) => {
    const q = req.query;
    return listRecords(app, actorOf(req), req.params.pid, {
      text: q.q,
      searchId: q.search,
      offset: q.offset ? Number(q.offset) : undefined,
      limit: q.limit ? Number(q.limit) : undefined,
      sort: q.sort,
      direction: q.dir,
    });
  });
  api.get<ExportQ>('/projects/:pid/records/export', async (req, reply) => {
    const { fileName, mediaType, chunks } = await exportRecords(app, actorOf(req), req.params.pid, req.query.format ?? 'ris');
    void reply.header('content-type', `${mediaType}; charset=utf-8`);
    void reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return reply.send(Readable.from(chunks));
  });
  api.get<PR>('/projects/:pid/records/:rid', async (req) => ({ record: await getRecord(app, actorOf(req), req.params.pid, req.params.rid) }));
}
