import { readBytes, type ReadResult } from '../core/formats/read.js';
import type { ColumnMapping, FormatId } from '../core/formats/plugin.js';

/**
 * Parse a file without touching any project (`metaethno parse`): the detected format, the
 * canonical records and the diagnostics.
 */
export function parseFileBytes(bytes: Uint8Array, fileName: string, options: { format?: FormatId; columns?: ColumnMapping } = {}): ReadResult {
  return readBytes(bytes, { fileName, ...options });
}
