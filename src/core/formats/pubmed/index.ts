import type { FormatPlugin } from '../plugin.js';
import { detectPubmed } from './detect.js';
import { createPubmedParser } from './parse.js';
import { pubmedDiagnosticCodes } from './to-record.js';

/** PubMed's "PubMed format" / MEDLINE display (`.nbib`, `.txt`, `.medline`), and ERIC's `.nbib`. */
export const pubmedFormat: FormatPlugin = {
  id: 'pubmed',
  label: 'PubMed / MEDLINE',
  extensions: ['nbib', 'txt', 'medline'],
  detect: detectPubmed,
  createParser: createPubmedParser,
  diagnosticCodes: pubmedDiagnosticCodes,
};
