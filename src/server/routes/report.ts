import type { FastifyInstance } from 'fastify';
import { projectReport, renderProjectReport, reportChecklists, reportCsvFiles, reportFigureFiles } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };

/** The report: its model (for the preview), downloads in every format, each table as CSV, each figure. */
export function registerReportRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  api.get<P>('/projects/:pid/report', async (req) => projectReport(app, actorOf(req), req.params.pid));
  api.get<P>('/projects/:pid/report/checklists', async (req) => reportChecklists(app, actorOf(req), req.params.pid));
  api.get<P & { Params: { format: string } }>('/projects/:pid/report/download/:format', async (req, reply) => {
    const r = await renderProjectReport(app, actorOf(req), req.params.pid, req.params.format);
    return reply.type(r.mediaType).header('content-disposition', `attachment; filename="${r.fileName}"`).send(Buffer.from(r.bytes));
  });
  api.get<P & { Params: { table: string } }>('/projects/:pid/report/tables/:table', async (req, reply) => {
    const files = await reportCsvFiles(app, actorOf(req), req.params.pid);
    const id = req.params.table.replace(/\.csv$/, '');
    const file = files.find((f) => f.name === `${id}.csv` || f.name === id);
    if (!file) throw new AppError('ENTITY_NOT_FOUND', `No table "${id}". Available: ${files.map((f) => f.name).join(', ')}.`);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.name}"`).send(file.csv);
  });
  api.get<P & { Params: { figure: string } }>('/projects/:pid/report/figures/:figure', async (req, reply) => {
    const png = req.params.figure.endsWith('.png');
    const files = await reportFigureFiles(app, actorOf(req), req.params.pid, { png });
    const file = files.find((f) => f.name === req.params.figure);
    if (!file) throw new AppError('ENTITY_NOT_FOUND', `No figure "${req.params.figure}".`);
    return reply
      .type(png ? 'image/png' : 'image/svg+xml')
      .header('content-disposition', `attachment; filename="${file.name}"`)
      .send(Buffer.from(file.bytes));
  });
}
