import { gunzipSync, gzipSync } from 'node:zlib';
import { AppError } from '../core/errors.js';
import { archiveRepo, usersRepo, type Q } from '../store/index.js';
import type { Actor } from './actors.js';
import { audit } from './audit.js';
import type { App } from './context.js';
import { resolveProject } from './projects.js';

/**
 * The project archive: one file holding a whole project — its rows, its append-only event log (so every
 * decision keeps its who and when, and undo history survives), its imported records with every raw field,
 * and its full-text PDFs byte for byte. gzip over JSON lines: a header, then one line per table chunk,
 * then an end line with counts, so a truncated file is detected instead of half-imported.
 */
export const ARCHIVE_FORMAT = 'metaethno-archive';
export const ARCHIVE_VERSION = 1;

type Header = { format: string; version: number; exportedAt: string; project: { id: string; name: string }; users: ArchivedUser[] };
type ArchivedUser = { id: string; name: string; displayName: string };
type Chunk = { table: archiveRepo.ArchiveTable; rows: archiveRepo.ArchiveRow[] };
type End = { end: true; counts: Record<string, number> };

const userColumns: Partial<Record<archiveRepo.ArchiveTable, readonly string[]>> = {
  projects: ['created_by'],
  memberships: ['user_id'],
  searches: ['created_by'],
  import_files: ['imported_by'],
  events: ['actor_id'],
  files: ['uploaded_by'],
};

export async function exportProjectArchive(app: App, actor: Actor, projectRef: string): Promise<{ fileName: string; bytes: Uint8Array; counts: Record<string, number> }> {
  const project = await resolveProject(app, actor, projectRef, 'owner');
  const chunks: Chunk[] = [];
  const counts: Record<string, number> = {};
  const userIds = new Set<string>();
  for await (const chunk of archiveRepo.dumpProject(app.store.db, project.id)) {
    chunks.push(chunk);
    counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    for (const column of userColumns[chunk.table] ?? []) for (const row of chunk.rows) if (typeof row[column] === 'string') userIds.add(row[column]);
  }
  const users: ArchivedUser[] = [];
  for (const id of [...userIds].sort()) {
    const u = await usersRepo.findUserById(app.store.db, id);
    if (u) users.push({ id: u.id, name: u.name, displayName: u.displayName });
  }
  const header: Header = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: app.now(), project: { id: project.id, name: project.name }, users };
  const end: End = { end: true, counts };
  const text = [header, ...chunks, end].map((line) => JSON.stringify(line)).join('\n') + '\n';
  const safe = project.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'project';
  return { fileName: `${safe}.metaethno`, bytes: new Uint8Array(gzipSync(Buffer.from(text, 'utf8'))), counts };
}

/** Replaces every string equal to a mapped id, anywhere in a JSON value (ids are unique random strings). */
function remap(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids)]));
  return value;
}

function parseArchive(bytes: Uint8Array): { header: Header; chunks: Chunk[]; end: End } {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    throw new AppError('ARCHIVE_INVALID', 'This is not a metaethno project archive (not gzip data), or it is truncated.');
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new AppError('ARCHIVE_INVALID', `The archive is damaged at line ${i + 1}.`, { line: i + 1 });
    }
  });
  const header = parsed[0] as Header | undefined;
  if (!header || header.format !== ARCHIVE_FORMAT) throw new AppError('ARCHIVE_INVALID', 'This is not a metaethno project archive.');
  if (header.version !== ARCHIVE_VERSION) throw new AppError('ARCHIVE_INVALID', `Archive version ${header.version} is not supported (this version reads ${ARCHIVE_VERSION}).`);
  const end = parsed[parsed.length - 1] as End | undefined;
  if (!end || end.end !== true) throw new AppError('ARCHIVE_INVALID', 'The archive is truncated: its end marker is missing.');
  const chunks = parsed.slice(1, -1) as Chunk[];
  const counts: Record<string, number> = {};
  for (const c of chunks) {
    if (!(archiveRepo.archiveTables as readonly string[]).includes(c.table) || !Array.isArray(c.rows)) throw new AppError('ARCHIVE_INVALID', `Unknown table "${String(c.table)}" in the archive.`);
    counts[c.table] = (counts[c.table] ?? 0) + c.rows.length;
  }
  for (const [table, n] of Object.entries(end.counts)) {
    if ((counts[table] ?? 0) !== n) throw new AppError('ARCHIVE_INVALID', `The archive is damaged: ${table} has ${counts[table] ?? 0} rows, its end marker says ${n}.`);
  }
  return { header, chunks, end };
}

/**
 * Imports an archive as a new project, all or nothing. People are matched by id, then by user name (so the
 * owner of one machine's personal mode is the owner on another); unknown people are created without a
 * password. The importer becomes an owner if not already a member.
 */
export async function importProjectArchive(app: App, actor: Actor, bytes: Uint8Array): Promise<{ projectId: string; name: string; counts: Record<string, number> }> {
  const { header, chunks, end } = parseArchive(bytes);
  return app.store.db.transaction().execute(async (trx: Q) => {
    if (await archiveRepo.projectExists(trx, header.project.id)) {
      throw new AppError('ARCHIVE_CONFLICT', `Project "${header.project.name}" (${header.project.id}) is already in this store.`, { projectId: header.project.id });
    }
    const ids = new Map<string, string>();
    for (const u of header.users) {
      if (await usersRepo.findUserById(trx, u.id)) continue;
      const byName = await usersRepo.findUserByName(trx, u.name);
      if (byName) ids.set(u.id, byName.id);
      else await usersRepo.insertUser(trx, { id: u.id, name: u.name, displayName: u.displayName, passwordHash: null, createdAt: app.now() });
    }
    for (const chunk of chunks) {
      const rows = ids.size > 0 ? (chunk.rows.map((r) => remap(r, ids)) as archiveRepo.ArchiveRow[]) : chunk.rows;
      await archiveRepo.loadRows(trx, chunk.table, rows);
    }
    const role = await usersRepo.findMembership(trx, header.project.id, actor.userId);
    if (!role) await usersRepo.upsertMembership(trx, header.project.id, actor.userId, 'owner', app.now());
    await audit(app, trx, actor, { projectId: header.project.id, type: 'project.imported', entityType: 'project', entityId: header.project.id, payload: { exportedAt: header.exportedAt, counts: end.counts } });
    return { projectId: header.project.id, name: header.project.name, counts: end.counts };
  });
}
