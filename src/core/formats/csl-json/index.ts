import type { FormatPlugin } from '../plugin.js';
import { detectCslJson } from './detect.js';
import { createCslJsonParser, cslJsonDiagnosticCodes } from './parser.js';

/** CSL-JSON (`.json`): an array of CSL items, or `{"items": […]}`, from Zotero, citation.js, Pandoc… */
export const cslJsonFormat: FormatPlugin = {
  id: 'csl-json',
  label: 'CSL-JSON',
  extensions: ['json'],
  detect: detectCslJson,
  createParser: createCslJsonParser,
  diagnosticCodes: cslJsonDiagnosticCodes,
};

export { cslJsonExporter } from './export.js';
