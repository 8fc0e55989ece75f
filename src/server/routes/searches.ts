import type { FastifyInstance } from 'fastify';
import { addSearch, importFiles, searchLog, type ImportSource } from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import type { ColumnMapping, FormatId } from '../../core/formats/plugin.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };
type PS = { Params: { pid: string; sid: string }; Querystring: { format?: string; columns?: string } };

export function registerSearchRoutes(api: FastifyInstance, { app, maxUploadBytes }: ServerDeps): void {
  api.get<P>('/projects/:pid/searches', async (req) => ({ searches: await searchLog(app, actorOf(req), req.params.pid) }));
  api.post<P>('/projects/:pid/searches', async (req, reply) => {
    const search = await addSearch(app, actorOf(req), req.params.pid, req.body as Parameters<typeof addSearch>[3]);
    return reply.status(201).send({ search });
  });

  /**
   * Upload one or more export files (multipart) into a search. The files are buffered one at a time
   * to the import, which streams them into the store inside a single transaction.
   */
  api.post<PS>('/projects/:pid/searches/:sid/imports', async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('INVALID_ARGUMENT', 'Send the files as multipart/form-data.');
    const files: ImportSource[] = [];
    for await (const part of req.files()) {
      const buffer = await part.toBuffer();
      if (part.file.truncated) throw new AppError('IMPORT_TOO_LARGE', `${part.filename} is larger than the upload limit.`, { file: part.filename });
      files.push({ name: part.filename, chunks: [buffer] });
    }
    let columns: ColumnMapping | undefined;
    if (req.query.columns) {
      try {
        columns = JSON.parse(req.query.columns) as ColumnMapping;
      } catch {
        throw new AppError('INVALID_ARGUMENT', 'columns must be a JSON object of field → column header.');
      }
    }
    const summary = await importFiles(app, actorOf(req), {
      projectId: req.params.pid,
      searchId: req.params.sid,
      files,
      format: req.query.format as FormatId | undefined,
      columns,
      maxBytes: maxUploadBytes,
    });
    return reply.status(201).send(summary);
  });
}
