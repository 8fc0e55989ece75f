import type { FormatPlugin } from '../plugin.js';
import { detectOvid } from './detect.js';
import { createOvidParser } from './parse.js';
import { ovidDiagnosticCodes } from './to-record.js';

/** Ovid's "with field labels" display formats saved as text (`<1>`, `Title`, indented values). Ovid's RIS export is read by the RIS plugin. */
export const ovidFormat: FormatPlugin = {
  id: 'ovid',
  label: 'Ovid (field labels)',
  extensions: ['txt'],
  detect: detectOvid,
  createParser: createOvidParser,
  diagnosticCodes: ovidDiagnosticCodes,
};
