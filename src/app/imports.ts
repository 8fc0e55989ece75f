import { createHash } from 'node:crypto';
import { AppError } from '../core/errors.js';
import type { Diagnostic } from '../core/formats/diagnostic.js';
import type { ColumnMapping, FormatId } from '../core/formats/plugin.js';
import { recordsRepo, type Q } from '../store/index.js';
import type { Actor } from './actors.js';
import { audit } from './audit.js';
import { inlineRowParser, workerRowParser, type RowParser } from './import-parse.js';
import type { RowBatch } from './import-rows.js';
import type { App } from './context.js';
import { resolveProject } from './projects.js';
import { getSearch, mismatchOf } from './searches.js';

export type ImportSource = Readonly<{
  name: string;
  /** The file's bytes, in chunks of any size: a file stream, an upload stream, or one buffer. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}>;

export type ImportProgress = Readonly<{ file: string; bytes: number; records: number }>;

export type ImportInput = Readonly<{
  projectId: string;
  searchId: string;
  files: readonly ImportSource[];
  format?: FormatId | undefined;
  columns?: ColumnMapping | undefined;
  /** Largest accepted file, in bytes. */
  maxBytes?: number | undefined;
  /** Files from this size on are read in a worker thread (default 8 MB; tests lower it). */
  workerFromBytes?: number | undefined;
  onProgress?: ((p: ImportProgress) => void) | undefined;
}>;

export type ImportedFileSummary = Readonly<{
  fileId: string;
  name: string;
  format: FormatId;
  encoding: string;
  records: number;
  bytes: number;
  diagnostics: readonly Diagnostic[];
}>;

export type ImportSummary = Readonly<{
  searchId: string;
  files: readonly ImportedFileSummary[];
  records: number;
  mismatch: Readonly<{ reported: number; imported: number; message: string }> | null;
}>;

/** Diagnostics kept with a file: all errors, and the first warnings (a bad export can have thousands). */
const MAX_STORED_DIAGNOSTICS = 200;

/**
 * Import one or more files into a search, as ONE transaction: every file is parsed and written, or
 * — if any file cannot be read, holds an error diagnostic or is too large — nothing is, and the error
 * names the file and the line. Records stream from the bytes into the database in batches, so memory
 * stays bounded by the batch size, not by the file.
 */
export async function importFiles(app: App, actor: Actor, input: ImportInput): Promise<ImportSummary> {
  const project = await resolveProject(app, actor, input.projectId, 'owner');
  const search = await getSearch(app, actor, project.id, input.searchId);
  if (input.files.length === 0) throw new AppError('INVALID_ARGUMENT', 'No file to import.');
  const maxBytes = input.maxBytes ?? Number.POSITIVE_INFINITY;

  const summaries = await app.store.db.transaction().execute(async (trx) => {
    const out: ImportedFileSummary[] = [];
    for (const file of input.files) out.push(await importOne(app, trx, actor, project.id, search.id, file, input, maxBytes));
    await audit(app, trx, actor, {
      projectId: project.id,
      type: 'records.imported',
      entityType: 'search',
      entityId: search.id,
      payload: { files: out.map((f) => ({ fileId: f.fileId, name: f.name, format: f.format, records: f.records })) },
    });
    return out;
  });

  const log = await recordsRepo.listImportFiles(app.store.db, project.id);
  const imported = log.filter((f) => f.searchId === search.id).reduce((n, f) => n + f.recordCount, 0);
  return { searchId: search.id, files: summaries, records: summaries.reduce((n, f) => n + f.records, 0), mismatch: mismatchOf(search, imported) };
}

/** Files from this size on are read in a worker thread while the rows already read are written. */
const WORKER_FROM_BYTES = 8 * 1024 * 1024;
/** Chunks sent to the reader before the oldest one's rows must be written. */
const CHUNKS_IN_FLIGHT = 6;

async function importOne(
  app: App,
  trx: Q,
  actor: Actor,
  projectId: string,
  searchId: string,
  file: ImportSource,
  input: ImportInput,
  maxBytes: number,
): Promise<ImportedFileSummary> {
  const options = { fileName: file.name, ...(input.format ? { format: input.format } : {}), ...(input.columns ? { columns: input.columns } : {}) };
  const hash = createHash('sha256');
  const fileId = app.newId('fil');
  const createdAt = app.now();
  const context = { projectId, searchId, fileId, createdAt };
  let bytes = 0;
  let count = 0;
  let fileRowWritten = false;
  let format: string | undefined;
  let encoding: string | undefined;

  const fail = (code: 'IMPORT_UNREADABLE' | 'IMPORT_TOO_LARGE' | 'IMPORT_BINARY_FILE' | 'IMPORT_EMPTY_FILE' | 'IMPORT_FORMAT_UNKNOWN', message: string, diagnostics: readonly Diagnostic[] = []): never => {
    throw new AppError(code, message, { file: file.name, diagnostics: diagnostics.slice(0, 20) });
  };

  // Writes what one chunk gave. An error anywhere in the file so far fails the import (the
  // transaction then leaves nothing behind).
  const write = async (batch: RowBatch): Promise<void> => {
    format = batch.format ?? format;
    encoding = batch.encoding ?? encoding;
    if (batch.failed) failOnDiagnostic(file.name, batch.diagnostics ?? [], fail);
    if (batch.records === 0) return;
    if (!fileRowWritten) {
      // The file row goes first (records reference it); its totals are filled in at the end.
      await recordsRepo.insertImportFile(trx, {
        id: fileId, projectId, searchId, fileName: file.name, format: format ?? 'unknown', encoding: encoding ?? 'unknown',
        byteSize: 0, sha256: '', recordCount: 0, diagnostics: [], importedAt: createdAt, importedBy: actor.userId,
      });
      fileRowWritten = true;
    }
    await recordsRepo.insertEncodedRecords(trx, batch.rows);
    count += batch.records;
    input.onProgress?.({ file: file.name, bytes, records: count });
  };

  // A pipeline: later chunks are read (in the worker, for a large file) while earlier chunks' rows are
  // written. Several chunks stay in flight, since rows come from every few chunks (a batch is 1,000
  // records), not from each. The first chunks are held until the file proves large enough for a worker.
  const threshold = input.workerFromBytes ?? WORKER_FROM_BYTES;
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let parser: RowParser | undefined;
  const reading: Promise<RowBatch>[] = [];
  const feed = async (chunk: Uint8Array): Promise<void> => {
    const next = parser!.push(chunk);
    // Its rejection is awaited below, in order; until then it must not count as unhandled.
    next.catch(() => undefined);
    reading.push(next);
    while (reading.length > CHUNKS_IN_FLIGHT) await write(await reading.shift()!);
  };
  try {
    for await (const chunk of file.chunks) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) fail('IMPORT_TOO_LARGE', `${file.name} is larger than the limit of ${Math.round(maxBytes / 1048576)} MB.`);
      hash.update(chunk);
      if (parser) {
        await feed(chunk);
        continue;
      }
      held.push(chunk);
      heldBytes += chunk.byteLength;
      if (heldBytes >= threshold) {
        parser = workerRowParser(options, context);
        for (const c of held.splice(0)) await feed(c);
      }
    }
    if (!parser) {
      parser = inlineRowParser(options, context);
      for (const c of held.splice(0)) await feed(c);
    }
    const last = parser.end();
    last.catch(() => undefined);
    while (reading.length > 0) await write(await reading.shift()!);
    const end = await last;
    await write(end);
    if (count === 0) fail('IMPORT_EMPTY_FILE', `${file.name} holds no records.`, end.diagnostics);
    const all = end.diagnostics ?? [];
    const diagnostics = [...all.filter((d) => d.severity === 'error'), ...all.filter((d) => d.severity !== 'error')].slice(0, MAX_STORED_DIAGNOSTICS);
    await recordsRepo.setImportFileResult(trx, fileId, count, hash.digest('hex'), bytes, [...diagnostics]);
    return { fileId, name: file.name, format: (format ?? 'ris') as FormatId, encoding: encoding ?? 'utf-8', records: count, bytes, diagnostics: all };
  } finally {
    await parser?.close();
  }
}

function failOnDiagnostic(
  fileName: string,
  diagnostics: readonly Diagnostic[],
  fail: (code: 'IMPORT_UNREADABLE' | 'IMPORT_BINARY_FILE' | 'IMPORT_EMPTY_FILE' | 'IMPORT_FORMAT_UNKNOWN', message: string, d: readonly Diagnostic[]) => never,
): never {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0]!;
  const where = first.line !== undefined ? `, line ${first.line}` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
  const code = first.code === 'FILE_BINARY' ? 'IMPORT_BINARY_FILE' : first.code === 'FILE_EMPTY' || first.code === 'FILE_NO_RECORDS' ? 'IMPORT_EMPTY_FILE' : first.code === 'FILE_FORMAT_UNKNOWN' ? 'IMPORT_FORMAT_UNKNOWN' : 'IMPORT_UNREADABLE';
  return fail(code, `${fileName}${where}: ${first.message.replace(/\.$/, '')}${more}. Nothing was imported.`, errors);
}
