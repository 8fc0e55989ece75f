import type { FormatPlugin } from '../plugin.js';
import { detectCsv } from './detect.js';
import { createCsvParser, csvDiagnosticCodes } from './parser.js';

/**
 * Comma-, semicolon- or tab-separated exports: Scopus, Embase, IEEE Xplore, SpringerLink, Zotero,
 * PubMed, WoS/BIOSIS CSV, and generic lists (`ID,title,author,year,…`). Columns are mapped by header
 * name; `ParseOptions.columns` overrides the mapping per field.
 */
export const csvFormat: FormatPlugin = {
  id: 'csv',
  label: 'CSV / TSV',
  extensions: ['csv', 'tsv'],
  detect: detectCsv,
  createParser: createCsvParser,
  diagnosticCodes: csvDiagnosticCodes,
};

export { csvExporter } from './export.js';
export { csvRow, neutraliseFormula } from './cells.js';
