/**
 * Every export format, by id. The server's and CLI's export commands look formats up here, so an
 * unknown id fails with the list of those that exist.
 */
import { AppError } from '../../errors.js';
import { bibtexExporter } from '../bibtex/export.js';
import { cslJsonExporter } from '../csl-json/export.js';
import { csvExporter } from '../csv/export.js';
import type { ExportFormatId, FormatExporter } from '../plugin.js';
import { risExporter } from '../ris/export.js';

export const exporters: readonly FormatExporter[] = [risExporter, bibtexExporter, csvExporter, cslJsonExporter];

/** The exporter for `id`; throws `EXPORT_FORMAT_UNKNOWN` (listing the available ids) for any other. */
export function getExporter(id: string): FormatExporter {
  const exporter = exporters.find((e) => e.id === id);
  if (!exporter) {
    const available = exporters.map((e) => e.id);
    throw new AppError('EXPORT_FORMAT_UNKNOWN', `Unknown export format "${id}". Available: ${available.join(', ')}`, {
      format: id,
      available,
    });
  }
  return exporter;
}

/** Ids of every export format, in registry order. */
export const exportFormatIds = (): ExportFormatId[] => exporters.map((e) => e.id);
