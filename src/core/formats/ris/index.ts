import { fileDiagnosticCodes } from '../diagnostic.js';
import type { FormatPlugin } from '../plugin.js';
import { detectRis } from './detect.js';
import { createRisParser } from './parse.js';
import { risDiagnosticCodes } from './to-record.js';

/** RIS as every database and reference manager writes it (Ovid, ProQuest, Scopus, EBSCO, Embase, WoS, EndNote, Zotero, Rayyan). */
export const risFormat: FormatPlugin = {
  id: 'ris',
  label: 'RIS',
  extensions: ['ris', 'txt'],
  detect: detectRis,
  createParser: createRisParser,
  diagnosticCodes: { ...risDiagnosticCodes, FILE_TRUNCATED: fileDiagnosticCodes.FILE_TRUNCATED },
};

export { risExporter } from './export.js';
