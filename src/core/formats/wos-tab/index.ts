import type { FormatPlugin } from '../plugin.js';
import { detectWosTab } from './detect.js';
import { createWosTabParser, wosTabDiagnosticCodes } from './parser.js';

/** Web of Science (Core Collection, BIOSIS, MEDLINE, Zoological Record…) tab-delimited exports. */
export const wosTabFormat: FormatPlugin = {
  id: 'wos-tab',
  label: 'Web of Science tab-delimited',
  extensions: ['txt', 'tsv'],
  detect: detectWosTab,
  createParser: createWosTabParser,
  diagnosticCodes: wosTabDiagnosticCodes,
};
