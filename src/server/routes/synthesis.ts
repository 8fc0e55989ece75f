import type { FastifyInstance } from 'fastify';
import {
  applySteps,
  assignFullText,
  cerqualInputs,
  constructEvidence,
  createStudiesFromIncluded,
  excerptAnchors,
  fullTextBytes,
  fullTextFile,
  fullTextPages,
  listFullTexts,
  reanchorExcerpts,
  redoWorkbench,
  reextractFullText,
  runJobs,
  synthesisTables,
  thirdOrderEvidence,
  undoWorkbench,
  uploadFullText,
  workbench,
  workbenchHistory,
  MAX_FULLTEXT_BYTES,
} from '../../app/index.js';
import { AppError } from '../../core/errors.js';
import { builtInChecklists, reviewData, type ScriptStep } from '../../core/workbench/index.js';
import { suggestSimilar } from '../../core/synthesis/index.js';
import { actorOf } from '../auth.js';
import type { ServerDeps } from '../app.js';

type P = { Params: { pid: string } };
type PI = { Params: { pid: string; id: string } };

/**
 * Reading and synthesis. Every change goes through one endpoint, `POST …/synthesis/steps`, as script
 * steps (the same the CLI runs from a file), so the web app, scripts and tests share one write path with
 * one undo stack; reads are views derived from the state.
 */
export function registerSynthesisRoutes(api: FastifyInstance, { app }: ServerDeps): void {
  // Extraction jobs run in the background after each upload, without holding the request.
  const kick = (): void => {
    void runJobs(app).catch(() => undefined);
  };

  api.get<P>('/projects/:pid/synthesis', async (req) => {
    const view = await workbench(app, actorOf(req), req.params.pid);
    const data = reviewData(view.state);
    return {
      seq: view.seq,
      canUndo: view.canUndo,
      canRedo: view.canRedo,
      undoLabel: view.undoLabel ?? null,
      redoLabel: view.redoLabel ?? null,
      synthesis: view.state.synthesis,
      docs: view.state.docs,
      checklist: data.checklist,
      checklists: [...builtInChecklists, ...Object.values(view.state.docs.checklist)],
      form: data.form,
      findings: data.findings,
    };
  });
  api.post<P>('/projects/:pid/synthesis/steps', async (req, reply) => {
    const body = (req.body ?? {}) as { steps?: ScriptStep[]; label?: string };
    if (!Array.isArray(body.steps)) throw new AppError('VALIDATION_FAILED', 'Send {"steps": [...]}.');
    const result = await applySteps(app, actorOf(req), req.params.pid, body.steps, body.label ? { label: String(body.label).slice(0, 200) } : {});
    return reply.status(201).send({ seq: result.seq, events: result.events.length });
  });
  api.post<P>('/projects/:pid/synthesis/undo', async (req) => {
    const r = await undoWorkbench(app, actorOf(req), req.params.pid);
    return { seq: r.seq, target: r.target };
  });
  api.post<P>('/projects/:pid/synthesis/redo', async (req) => {
    const r = await redoWorkbench(app, actorOf(req), req.params.pid);
    return { seq: r.seq, target: r.target };
  });
  api.get<P & { Querystring: { limit?: string } }>('/projects/:pid/synthesis/history', async (req) =>
    workbenchHistory(app, actorOf(req), req.params.pid, Math.min(1000, Number(req.query.limit ?? 200) || 200)),
  );
  api.get<P>('/projects/:pid/synthesis/tables', async (req) => synthesisTables(app, actorOf(req), req.params.pid));
  api.get<PI>('/projects/:pid/synthesis/third-orders/:id/evidence', async (req) => thirdOrderEvidence(app, actorOf(req), req.params.pid, req.params.id));
  api.get<PI>('/projects/:pid/synthesis/constructs/:id/evidence', async (req) => constructEvidence(app, actorOf(req), req.params.pid, req.params.id));
  api.get<PI>('/projects/:pid/synthesis/constructs/:id/suggestions', async (req) => {
    const view = await workbench(app, actorOf(req), req.params.pid);
    return suggestSimilar(view.state.synthesis, req.params.id as never, 5);
  });
  api.get<PI>('/projects/:pid/synthesis/findings/:id/inputs', async (req) => cerqualInputs(app, actorOf(req), req.params.pid, req.params.id));
  api.post<P>('/projects/:pid/studies/from-included', async (req, reply) => {
    const r = await createStudiesFromIncluded(app, actorOf(req), req.params.pid);
    return reply.status(201).send({ created: r ? r.events.length : 0 });
  });

  api.get<P & { Querystring: { study?: string } }>('/projects/:pid/files', async (req) => listFullTexts(app, actorOf(req), req.params.pid, req.query.study));
  api.post<P & { Querystring: { study?: string } }>('/projects/:pid/files', async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('INVALID_ARGUMENT', 'Send the PDF as multipart/form-data.');
    const part = await req.file({ limits: { fileSize: MAX_FULLTEXT_BYTES } });
    if (!part) throw new AppError('INVALID_ARGUMENT', 'No file in the upload.');
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', `${part.filename} is larger than ${MAX_FULLTEXT_BYTES / 1048576} MB.`, { name: part.filename });
    const file = await uploadFullText(app, actorOf(req), req.params.pid, { name: part.filename, bytes, studyId: req.query.study || undefined });
    kick();
    return reply.status(201).send(file);
  });
  api.get<PI>('/projects/:pid/files/:id', async (req) => fullTextFile(app, actorOf(req), req.params.pid, req.params.id));
  api.get<PI>('/projects/:pid/files/:id/content', async (req, reply) => {
    const { file, bytes } = await fullTextBytes(app, actorOf(req), req.params.pid, req.params.id);
    const safeName = file.name.replace(/[^\w.\- ]+/g, '_');
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${safeName}"`).send(Buffer.from(bytes));
  });
  api.get<PI & { Querystring: { spans?: string } }>('/projects/:pid/files/:id/pages', async (req) =>
    fullTextPages(app, actorOf(req), req.params.pid, req.params.id, { withSpans: req.query.spans === '1' }),
  );
  api.post<PI>('/projects/:pid/files/:id/reextract', async (req, reply) => {
    await reextractFullText(app, actorOf(req), req.params.pid, req.params.id);
    kick();
    return reply.status(202).send({ queued: true });
  });
  api.post<PI>('/projects/:pid/files/:id/study', async (req) => {
    const body = (req.body ?? {}) as { studyId?: string | null };
    return assignFullText(app, actorOf(req), req.params.pid, req.params.id, body.studyId ?? null);
  });
  api.post<P>('/projects/:pid/files/reanchor', async (req) => {
    const body = (req.body ?? {}) as { fromFileId?: string; toFileId?: string };
    if (!body.fromFileId || !body.toFileId) throw new AppError('VALIDATION_FAILED', 'Send {"fromFileId", "toFileId"}.');
    return reanchorExcerpts(app, actorOf(req), req.params.pid, { fromFileId: body.fromFileId, toFileId: body.toFileId });
  });
  api.get<P & { Querystring: { study?: string } }>('/projects/:pid/excerpts/anchors', async (req) => excerptAnchors(app, actorOf(req), req.params.pid, req.query.study));
}
