import { AppError } from '../../core/errors.js';
import type { ColumnMapping } from '../../core/formats/plugin.js';

/** `"title=Article Title,id=Key"` → `{ title: 'Article Title', id: 'Key' }`. */
export function parseColumns(spec: string): ColumnMapping {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new AppError('INVALID_ARGUMENT', `Bad column mapping "${part}": use field=Column Header.`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
