import type { FormatId, FormatPlugin } from './plugin.js';

/** Placeholder for a format whose parser is not written yet: detects nothing, parses nothing. */
export function notYetImplemented(id: FormatId, label: string, extensions: string[]): FormatPlugin {
  return {
    id,
    label,
    extensions,
    detect: () => 0,
    createParser: () => ({ push: () => [], end: () => [], diagnostics: [] }),
    diagnosticCodes: {},
  };
}
