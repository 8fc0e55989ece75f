import type { FormatPlugin } from '../plugin.js';
import { detectBibtex } from './detect.js';
import { bibtexDiagnosticCodes, createBibtexParser } from './parser.js';

/** BibTeX and BibLaTeX (`.bib`): Zotero, JabRef, Web of Science, Scopus, Google Scholar, DBLP… */
export const bibtexFormat: FormatPlugin = {
  id: 'bibtex',
  label: 'BibTeX / BibLaTeX',
  extensions: ['bib', 'bibtex', 'biblatex'],
  detect: detectBibtex,
  createParser: createBibtexParser,
  diagnosticCodes: bibtexDiagnosticCodes,
};

export { bibtexExporter } from './export.js';
