import type { Selectable } from 'kysely';
import type { Q } from './q.js';
import type { FilesTable } from './schema.js';
import { iso } from './time.js';

/** A full-text file of a study: metadata only (the bytes are read separately, on demand). */
export type FileRow = Readonly<{
  id: string;
  projectId: string;
  studyId: string | null;
  name: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  status: 'pending' | 'extracted' | 'failed';
  pageCount: number | null;
  error: string | null;
  uploadedAt: string;
  uploadedBy: string;
}>;

export type StoredSpan = Readonly<{ start: number; end: number; x: number; y: number; width: number; height: number }>;
export type StoredPage = Readonly<{ page: number; width: number; height: number; text: string; spans: readonly StoredSpan[] }>;

const columns = ['id', 'project_id', 'study_id', 'name', 'media_type', 'byte_size', 'sha256', 'status', 'page_count', 'error', 'uploaded_at', 'uploaded_by'] as const;

const toFile = (r: Omit<Selectable<FilesTable>, 'content'>): FileRow => ({
  id: r.id,
  projectId: r.project_id,
  studyId: r.study_id,
  name: r.name,
  mediaType: r.media_type,
  byteSize: Number(r.byte_size),
  sha256: r.sha256,
  status: r.status,
  pageCount: r.page_count,
  error: r.error,
  uploadedAt: iso(r.uploaded_at),
  uploadedBy: r.uploaded_by,
});

export async function insertFile(db: Q, f: Omit<FileRow, 'status' | 'pageCount' | 'error'> & { content: Uint8Array }): Promise<void> {
  await db
    .insertInto('files')
    .values({
      id: f.id,
      project_id: f.projectId,
      study_id: f.studyId,
      name: f.name,
      media_type: f.mediaType,
      byte_size: f.byteSize,
      sha256: f.sha256,
      content: f.content,
      status: 'pending',
      uploaded_at: f.uploadedAt,
      uploaded_by: f.uploadedBy,
    })
    .execute();
}

export async function getFile(db: Q, projectId: string, id: string): Promise<FileRow | undefined> {
  const r = await db.selectFrom('files').select(columns).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return r ? toFile(r) : undefined;
}

export async function listFiles(db: Q, projectId: string, studyId?: string): Promise<FileRow[]> {
  let q = db.selectFrom('files').select(columns).where('project_id', '=', projectId);
  if (studyId !== undefined) q = q.where('study_id', '=', studyId);
  const rows = await q.orderBy('uploaded_at').orderBy('id').execute();
  return rows.map(toFile);
}

export async function fileContent(db: Q, projectId: string, id: string): Promise<Uint8Array | undefined> {
  const r = await db.selectFrom('files').select('content').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
  return r ? new Uint8Array(r.content) : undefined;
}

export async function setStudy(db: Q, projectId: string, id: string, studyId: string | null): Promise<void> {
  await db.updateTable('files').set({ study_id: studyId }).where('project_id', '=', projectId).where('id', '=', id).execute();
}

/** Replaces a file's pages and marks it extracted (or failed, with the reason, and no pages). */
export async function savePages(db: Q, fileId: string, result: { pages: readonly StoredPage[] } | { error: string }): Promise<void> {
  await db.deleteFrom('file_pages').where('file_id', '=', fileId).execute();
  if ('error' in result) {
    await db.updateTable('files').set({ status: 'failed', error: result.error, page_count: null }).where('id', '=', fileId).execute();
    return;
  }
  for (let i = 0; i < result.pages.length; i += 100) {
    await db
      .insertInto('file_pages')
      .values(
        result.pages.slice(i, i + 100).map((p) => ({
          file_id: fileId,
          page: p.page,
          width: p.width,
          height: p.height,
          text: p.text,
          spans: JSON.stringify(p.spans),
        })),
      )
      .execute();
  }
  await db.updateTable('files').set({ status: 'extracted', error: null, page_count: result.pages.length }).where('id', '=', fileId).execute();
}

export async function pages(db: Q, fileIds: readonly string[], options: { withSpans?: boolean } = {}): Promise<Map<string, StoredPage[]>> {
  const out = new Map<string, StoredPage[]>();
  if (fileIds.length === 0) return out;
  const rows = await db
    .selectFrom('file_pages')
    .select(['file_id', 'page', 'width', 'height', 'text', ...(options.withSpans ? (['spans'] as const) : [])])
    .where('file_id', 'in', [...fileIds])
    .orderBy('file_id')
    .orderBy('page')
    .execute();
  for (const r of rows) {
    const row = r as typeof r & { spans?: StoredSpan[] };
    const list = out.get(r.file_id) ?? [];
    list.push({ page: r.page, width: r.width, height: r.height, text: r.text, spans: row.spans ?? [] });
    out.set(r.file_id, list);
  }
  return out;
}
