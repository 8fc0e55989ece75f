import type { FormatPlugin } from '../plugin.js';
import { detectEndnoteXml } from './detect.js';
import { createEndnoteXmlParser, endnoteXmlDiagnosticCodes } from './parser.js';

/** EndNote XML (`.xml`) as written by EndNote, Mendeley, Zotero and Bookends. */
export const endnoteXmlFormat: FormatPlugin = {
  id: 'endnote-xml',
  label: 'EndNote XML',
  extensions: ['xml'],
  detect: detectEndnoteXml,
  createParser: createEndnoteXmlParser,
  diagnosticCodes: endnoteXmlDiagnosticCodes,
};
