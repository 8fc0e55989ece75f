import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { recordsRepo, searchesRepo, type ImportFileRow, type SearchRow } from '../store/index.js';
import type { Actor } from './actors.js';
import { audit } from './audit.js';
import type { App } from './context.js';
import { resolveProject } from './projects.js';
import { parseInput } from './validate.js';

/** The methods PRISMA 2020 counts in its "other methods" column, plus a free-text fallback. */
export const otherMethods = ['manual searching', 'citation searching', 'websites', 'organisations', 'experts', 'other'] as const;

export const newSearchSchema = z
  .object({
    kind: z.enum(['database', 'register', 'other']).default('database'),
    source: z.string().trim().min(1, 'Name the database, register or method (e.g. MEDLINE, manual searching).').max(300),
    platform: z.string().trim().max(300).optional(),
    method: z.string().trim().max(300).optional(),
    dateRun: z
      .string()
      .trim()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use a date like 2024-03-15 (or 2024-03, 2024).')
      .optional(),
    query: z.string().max(100_000).optional(),
    limits: z.string().max(5000).optional(),
    filters: z.string().max(5000).optional(),
    hitsReported: z.number().int().min(0).optional(),
    notes: z.string().max(20_000).optional(),
  })
  .strict();
export type NewSearchInput = z.input<typeof newSearchSchema>;

export type SearchLogEntry = SearchRow &
  Readonly<{
    recordsImported: number;
    files: readonly ImportFileRow[];
    /** Set when the database reported a different number of hits than the files held. */
    mismatch: Readonly<{ reported: number; imported: number; message: string }> | null;
  }>;

export async function addSearch(app: App, actor: Actor, projectRef: string, input: NewSearchInput): Promise<SearchRow> {
  const project = await resolveProject(app, actor, projectRef, 'owner');
  const v = parseInput(newSearchSchema, input);
  const search: SearchRow = {
    id: app.newId('src'),
    projectId: project.id,
    kind: v.kind,
    source: v.source,
    platform: v.platform ?? null,
    method: v.kind === 'other' ? (v.method ?? v.source) : (v.method ?? null),
    dateRun: v.dateRun ?? null,
    query: v.query ?? null,
    limits: v.limits ?? null,
    filters: v.filters ?? null,
    hitsReported: v.hitsReported ?? null,
    notes: v.notes ?? null,
    createdAt: app.now(),
    createdBy: actor.userId,
  };
  await app.store.db.transaction().execute(async (trx) => {
    await searchesRepo.insertSearch(trx, search);
    await audit(app, trx, actor, { projectId: project.id, type: 'search.added', entityType: 'search', entityId: search.id, payload: { after: search } });
  });
  return search;
}

export function mismatchOf(search: SearchRow, imported: number): SearchLogEntry['mismatch'] {
  if (search.hitsReported === null || imported === 0 || search.hitsReported === imported) return null;
  const diff = imported - search.hitsReported;
  return {
    reported: search.hitsReported,
    imported,
    message: `${search.source} reported ${search.hitsReported} hits but ${imported} records were imported (${diff > 0 ? '+' : ''}${diff}).`,
  };
}

export async function searchLog(app: App, actor: Actor, projectRef: string): Promise<SearchLogEntry[]> {
  const project = await resolveProject(app, actor, projectRef);
  const [searches, counts, files] = await Promise.all([
    searchesRepo.listSearches(app.store.db, project.id),
    searchesRepo.countRecordsBySearch(app.store.db, project.id),
    recordsRepo.listImportFiles(app.store.db, project.id),
  ]);
  return searches.map((s) => {
    const imported = counts.get(s.id) ?? 0;
    return { ...s, recordsImported: imported, files: files.filter((f) => f.searchId === s.id), mismatch: mismatchOf(s, imported) };
  });
}

export async function getSearch(app: App, actor: Actor, projectRef: string, searchId: string): Promise<SearchRow> {
  const project = await resolveProject(app, actor, projectRef);
  const search = await searchesRepo.findSearch(app.store.db, project.id, searchId);
  if (!search) throw new AppError('SEARCH_NOT_FOUND', `No search "${searchId}" in this project.`, { searchId });
  return search;
}
