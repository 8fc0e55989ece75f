import { AppError } from '../core/errors.js';
import { getExporter } from '../core/formats/export/registry.js';
import type { ExportFormatId } from '../core/formats/plugin.js';
import { recordsRepo, type RecordSummary, type StoredRecord } from '../store/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';
import { resolveProject } from './projects.js';

export type RecordListQuery = Readonly<{
  text?: string | undefined;
  searchId?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
  sort?: 'seq' | 'year' | 'title' | undefined;
  direction?: 'asc' | 'desc' | undefined;
}>;

export async function listRecords(app: App, actor: Actor, projectRef: string, q: RecordListQuery = {}): Promise<{ total: number; items: RecordSummary[] }> {
  const project = await resolveProject(app, actor, projectRef);
  return recordsRepo.queryRecords(app.store.db, { projectId: project.id, ...q });
}

export async function getRecord(app: App, actor: Actor, projectRef: string, recordId: string): Promise<StoredRecord> {
  const project = await resolveProject(app, actor, projectRef);
  const record = await recordsRepo.findRecord(app.store.db, project.id, recordId);
  if (!record) throw new AppError('RECORD_NOT_FOUND', `No record "${recordId}" in this project.`, { recordId });
  return record;
}

export const exportFormats: readonly ExportFormatId[] = ['ris', 'bibtex', 'csv', 'csl-json'];

export function isExportFormat(value: string): value is ExportFormatId {
  return (exportFormats as readonly string[]).includes(value);
}

/**
 * Export every record of a project as text chunks (bounded memory: pages of records are formatted
 * as they are read). The record id in the file is our record id, so a re-import can be matched.
 */
export async function exportRecords(
  app: App,
  actor: Actor,
  projectRef: string,
  format: string,
): Promise<{ fileName: string; mediaType: string; chunks: AsyncGenerator<string> }> {
  if (!isExportFormat(format)) throw new AppError('EXPORT_FORMAT_UNKNOWN', `Unknown export format "${format}". Available: ${exportFormats.join(', ')}.`, { format });
  const project = await resolveProject(app, actor, projectRef);
  const exporter = getExporter(format);
  async function* chunks(): AsyncGenerator<string> {
    yield exporter.begin();
    let index = 0;
    for await (const page of recordsRepo.iterateRecords(app.store.db, project.id)) {
      let text = '';
      for (const r of page) text += exporter.record({ ...r.record, id: r.id }, index++);
      yield text;
    }
    yield exporter.end();
  }
  const safeName = project.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'records';
  return { fileName: `${safeName}.${exporter.extension}`, mediaType: exporter.mediaType, chunks: chunks() };
}
