import { createHash } from 'node:crypto';
import { anchor, describe, type AnchorResult } from '../core/anchoring/index.js';
import { Excerpt } from '../core/synthesis/index.js';
import type { ScriptStep } from '../core/workbench/index.js';
import { AppError } from '../core/errors.js';
import { filesRepo, type FileRow, type StoredPage } from '../store/index.js';
import type { Actor } from './actors.js';
import { audit } from './audit.js';
import type { App } from './context.js';
import { enqueueJob, registerJob } from './jobs.js';
import { resolveProject } from './projects.js';
import { applySteps, workbench } from './workbench.js';
import { extractPdfText } from './fulltext/index.js';

/**
 * Full texts of studies. The uploaded bytes are kept as they came (for download and for the PDF viewer);
 * their text is extracted per page in a background job, because a long PDF takes seconds and the upload
 * should not wait. Excerpts are re-anchored against the stored page texts whenever they are shown.
 */
export const MAX_FULLTEXT_BYTES = 50 * 1024 * 1024;
const EXTRACT = 'extract-pdf';

export type UploadInput = Readonly<{ name: string; bytes: Uint8Array; studyId?: string | undefined }>;

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function uploadFullText(app: App, actor: Actor, projectRef: string, input: UploadInput): Promise<FileRow> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const name = input.name.trim().slice(0, 300) || 'full-text.pdf';
  if (input.bytes.length > MAX_FULLTEXT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `${name} is ${(input.bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FULLTEXT_BYTES / 1048576} MB.`, { name });
  }
  if (input.bytes.length === 0 || !looksLikePdf(input.bytes)) {
    throw new AppError('FILE_UNSUPPORTED', `${name} is not a PDF; upload the study's full text as a PDF.`, { name });
  }
  if (input.studyId !== undefined) {
    const { state } = await workbench(app, actor, project.id);
    if (!state.synthesis.studies.some((s) => s.id === input.studyId)) {
      throw new AppError('ENTITY_NOT_FOUND', `No study ${input.studyId} in this project.`, { studyId: input.studyId });
    }
  }
  const row = {
    id: app.newId('fil'),
    projectId: project.id,
    studyId: input.studyId ?? null,
    name,
    mediaType: 'application/pdf',
    byteSize: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    uploadedAt: app.now(),
    uploadedBy: actor.userId,
  };
  await app.store.db.transaction().execute(async (trx) => {
    await filesRepo.insertFile(trx, { ...row, content: input.bytes });
    await enqueueJob(app, trx, { projectId: project.id, kind: EXTRACT, payload: { fileId: row.id } });
    await audit(app, trx, actor, { projectId: project.id, type: 'file.uploaded', entityType: 'file', entityId: row.id, payload: { after: row } });
  });
  return { ...row, status: 'pending', pageCount: null, error: null };
}

/** Queues the text extraction of a file again (e.g. after an extractor upgrade); its excerpts re-anchor. */
export async function reextractFullText(app: App, actor: Actor, projectRef: string, fileId: string): Promise<void> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const file = await requireFile(app, project.id, fileId);
  await app.store.db.transaction().execute(async (trx) => {
    await enqueueJob(app, trx, { projectId: project.id, kind: EXTRACT, payload: { fileId: file.id } });
    await audit(app, trx, actor, { projectId: project.id, type: 'file.reextract', entityType: 'file', entityId: file.id, payload: {} });
  });
}

/** Attaches a file to a study (or detaches it, `studyId` null). */
export async function assignFullText(app: App, actor: Actor, projectRef: string, fileId: string, studyId: string | null): Promise<FileRow> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const before = await requireFile(app, project.id, fileId);
  if (studyId !== null) {
    const { state } = await workbench(app, actor, project.id);
    if (!state.synthesis.studies.some((s) => s.id === studyId)) throw new AppError('ENTITY_NOT_FOUND', `No study ${studyId} in this project.`, { studyId });
  }
  await app.store.db.transaction().execute(async (trx) => {
    await filesRepo.setStudy(trx, project.id, fileId, studyId);
    await audit(app, trx, actor, { projectId: project.id, type: 'file.assigned', entityType: 'file', entityId: fileId, payload: { before: before.studyId, after: studyId } });
  });
  return requireFile(app, project.id, fileId);
}

async function requireFile(app: App, projectId: string, fileId: string): Promise<FileRow> {
  const file = await filesRepo.getFile(app.store.db, projectId, fileId);
  if (!file) throw new AppError('ENTITY_NOT_FOUND', `No full-text file ${fileId} in this project.`, { fileId });
  return file;
}

export async function listFullTexts(app: App, actor: Actor, projectRef: string, studyId?: string): Promise<FileRow[]> {
  const project = await resolveProject(app, actor, projectRef);
  return filesRepo.listFiles(app.store.db, project.id, studyId);
}

export async function fullTextFile(app: App, actor: Actor, projectRef: string, fileId: string): Promise<FileRow> {
  const project = await resolveProject(app, actor, projectRef);
  return requireFile(app, project.id, fileId);
}

export async function fullTextBytes(app: App, actor: Actor, projectRef: string, fileId: string): Promise<{ file: FileRow; bytes: Uint8Array }> {
  const project = await resolveProject(app, actor, projectRef);
  const file = await requireFile(app, project.id, fileId);
  const bytes = await filesRepo.fileContent(app.store.db, project.id, fileId);
  if (!bytes) throw new AppError('ENTITY_NOT_FOUND', `No full-text file ${fileId}.`, { fileId });
  return { file, bytes };
}

export async function fullTextPages(app: App, actor: Actor, projectRef: string, fileId: string, options: { withSpans?: boolean } = {}): Promise<{ file: FileRow; pages: StoredPage[] }> {
  const project = await resolveProject(app, actor, projectRef);
  const file = await requireFile(app, project.id, fileId);
  const pages = (await filesRepo.pages(app.store.db, [fileId], options)).get(fileId) ?? [];
  return { file, pages };
}

export type ExcerptAnchor = Readonly<{ excerptId: string; fileId?: string; result: AnchorResult | { orphan: true; reason: 'no-text' } }>;

/**
 * Where each excerpt is now found in its file's extracted text: by position, quote or fuzzy quote, or an
 * orphan (its text is gone, e.g. a different version of the PDF was uploaded) — never silently moved.
 */
export async function excerptAnchors(app: App, actor: Actor, projectRef: string, studyId?: string): Promise<ExcerptAnchor[]> {
  const { project, state } = await workbench(app, actor, projectRef);
  const excerpts = state.synthesis.excerpts.filter((e) => studyId === undefined || e.studyId === studyId);
  const fileIds = [...new Set(excerpts.flatMap((e) => (e.fileId ? [e.fileId] : [])))];
  const pages = await filesRepo.pages(app.store.db, fileIds);
  void project;
  return excerpts.map((e) => {
    const texts = e.fileId ? pages.get(e.fileId)?.map((p) => p.text) : undefined;
    if (!texts || texts.length === 0) return { excerptId: e.id, ...(e.fileId ? { fileId: e.fileId } : {}), result: { orphan: true, reason: 'no-text' } };
    return { excerptId: e.id, fileId: e.fileId, result: anchor(texts, e.selectors) };
  });
}

registerJob(EXTRACT, async (app, payload) => {
  const fileId = String(payload['fileId']);
  const row = await app.store.db.selectFrom('files').select(['project_id']).where('id', '=', fileId).executeTakeFirst();
  if (!row) return;
  const bytes = await filesRepo.fileContent(app.store.db, row.project_id, fileId);
  if (!bytes) return;
  try {
    const pdf = await extractPdfText(bytes);
    await app.store.db.transaction().execute((trx) => filesRepo.savePages(trx, fileId, { pages: pdf.pages }));
  } catch (error) {
    if (error instanceof AppError) {
      await filesRepo.savePages(app.store.db, fileId, { error: `${error.code}: ${error.message}` });
      return;
    }
    throw error;
  }
});

export type ReanchorReport = Readonly<{ moved: readonly string[]; orphans: readonly string[]; seq?: number }>;

/**
 * Moves a study's excerpts from one of its full-text files to another (a corrected or final version of
 * the PDF): each excerpt is found again in the new text (position, quote with context, fuzzy quote) and
 * re-described there. Excerpts whose text is gone stay on the old file and are reported as orphans for a
 * person to look at; nothing is guessed. One undoable action.
 */
export async function reanchorExcerpts(app: App, actor: Actor, projectRef: string, input: { fromFileId: string; toFileId: string }): Promise<ReanchorReport> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const [from, to] = [await requireFile(app, project.id, input.fromFileId), await requireFile(app, project.id, input.toFileId)];
  if (to.status !== 'extracted') throw new AppError('FILE_NOT_READY', `The text of ${to.name} is not extracted yet.`, { fileId: to.id });
  const { state } = await workbench(app, actor, project.id);
  const texts = ((await filesRepo.pages(app.store.db, [to.id])).get(to.id) ?? []).map((p) => p.text);
  const moved: string[] = [];
  const orphans: string[] = [];
  const steps: ScriptStep[] = [];
  for (const e of state.synthesis.excerpts.filter((x) => x.fileId === from.id)) {
    const found = anchor(texts, e.selectors);
    if (found.orphan || found.page === undefined) {
      orphans.push(e.id);
      continue;
    }
    const text = texts[found.page - 1]!;
    moved.push(e.id);
    steps.push({
      type: 'update',
      kind: 'excerpt',
      value: Excerpt.create({ id: e.id, studyId: e.studyId, fileId: to.id, page: found.page, selectors: describe(text, found.start, found.end, found.page), text: text.slice(found.start, found.end) }),
    });
  }
  if (steps.length === 0) return { moved, orphans };
  const result = await applySteps(app, actor, project.id, steps, { label: `Re-anchor ${steps.length} excerpts from ${from.name} to ${to.name}` });
  return { moved, orphans, seq: result.seq };
}
