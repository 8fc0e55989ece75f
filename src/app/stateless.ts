import { deduplicate, type DedupRecord, type DedupResult } from '../core/dedup/index.js';
import { AppError } from '../core/errors.js';
import { readBytes, type ReadResult } from '../core/formats/read.js';
import type { ColumnMapping, FormatId } from '../core/formats/plugin.js';
import { parseLabelledCsv, simulate, type SimulateOptions, type SimulationResult } from '../core/ranking/index.js';
import { decodeBytes } from '../core/formats/decode.js';

/**
 * Stateless use-cases: they read files and print results without touching any project
 * (`metaethno parse`, `metaethno dedup FILE…`, `metaethno simulate`).
 */
export type FileInput = Readonly<{ name: string; bytes: Uint8Array }>;

export function parseFileBytes(bytes: Uint8Array, fileName: string, options: { format?: FormatId; columns?: ColumnMapping } = {}): ReadResult {
  return readBytes(bytes, { fileName, ...options });
}

function readOrThrow(file: FileInput, options: { format?: FormatId; columns?: ColumnMapping }): ReadResult {
  const result = parseFileBytes(file.bytes, file.name, options);
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (error) {
    throw new AppError('IMPORT_UNREADABLE', `${file.name}${error.line !== undefined ? `, line ${error.line}` : ''}: ${error.message}`, { file: file.name, diagnostics: result.diagnostics.filter((d) => d.severity === 'error').slice(0, 20) });
  }
  return result;
}

/**
 * De-duplicate the records of one or more files, identified by the files' own record ids (an `ID` /
 * `record_id` column, a RIS `ID`, a BibTeX key…). Records without an id get `file#position`; ids
 * that repeat across files are prefixed with the file name so they stay distinct. With several files,
 * each is taken for one database's export (`DedupRecord.origin`).
 */
export function dedupFiles(files: readonly FileInput[], options: { format?: FormatId; columns?: ColumnMapping } = {}): DedupResult & { records: number } {
  const records: DedupRecord[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const result = readOrThrow(file, options);
    for (const r of result.records) {
      const { raw: _raw, index, line: _line, sourceId, ...fields } = r;
      let id = sourceId ?? `${file.name}#${index + 1}`;
      if (seen.has(id)) id = `${file.name}:${id}`;
      seen.add(id);
      // With two or more files, each file is one export (one database search), which lists an item once.
      records.push(files.length > 1 ? { ...fields, id, origin: file.name } : { ...fields, id });
    }
  }
  return { ...deduplicate(records), records: records.length };
}

/** Replay a labelled screening set (`title`, `abstract`, `label_included`) with the active-learning ranker. */
export function simulateFile(file: FileInput, seed: number, prior?: SimulateOptions['prior']): SimulationResult {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new AppError('INVALID_ARGUMENT', `The seed must be a whole number of 0 or more; got ${String(seed)}.`);
  const { text } = decodeBytes(file.bytes);
  const docs = parseLabelledCsv(text);
  if (docs.length === 0) throw new AppError('IMPORT_EMPTY_FILE', `${file.name} holds no labelled records.`, { file: file.name });
  if (!docs.some((d) => d.label === 1) || !docs.some((d) => d.label === 0)) {
    throw new AppError('INVALID_ARGUMENT', `${file.name} needs at least one included and one excluded record (column label_included).`, { file: file.name });
  }
  return simulate(docs, { seed, ...(prior !== undefined && { prior }) });
}
