import { fileDiagnosticCodes } from '../diagnostic.js';
import type { FormatPlugin } from '../plugin.js';
import { detectWosTagged } from './detect.js';
import { createWosParser } from './parse.js';
import { wosDiagnosticCodes } from './to-record.js';

/** Web of Science "Plain text file" export (also BIOSIS, Zoological Record, Inspec on the WoS platform; `.txt`, `.isi`, `.ciw`). */
export const wosTaggedFormat: FormatPlugin = {
  id: 'wos-tagged',
  label: 'Web of Science (tagged plain text)',
  extensions: ['txt', 'isi', 'ciw'],
  detect: detectWosTagged,
  createParser: createWosParser,
  diagnosticCodes: { ...wosDiagnosticCodes, FILE_TRUNCATED: fileDiagnosticCodes.FILE_TRUNCATED },
};
