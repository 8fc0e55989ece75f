import type { FormatPlugin } from '../plugin.js';
import { detectEndnoteTagged } from './detect.js';
import { createEndnoteParser } from './parse.js';
import { endnoteDiagnosticCodes } from './to-record.js';

/** EndNote tagged export and Refer/BibIX (`.enw`, `.ref`, `.txt`; CoLRev's `.enl` text files). */
export const endnoteTaggedFormat: FormatPlugin = {
  id: 'endnote-tagged',
  label: 'EndNote tagged / Refer',
  extensions: ['enw', 'ref', 'txt', 'enl'],
  detect: detectEndnoteTagged,
  createParser: createEndnoteParser,
  diagnosticCodes: endnoteDiagnosticCodes,
};
