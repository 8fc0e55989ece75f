import { countLines, stripBom } from '../tagged/sniff.js';

/**
 * Confidence that a sample is Web of Science tagged text: the `FN`/`VR` header settles it; without it,
 * `PT J`-style lines and bare `ER` lines do. RIS's `XX  - ` lines never match (two spaces and a dash).
 */
export function detectWosTagged(sample: string): number {
  const text = stripBom(sample).trimStart();
  const header = /^FN [^\r\n]*\r?\n\s*VR /.test(text) || /^FN (?:Clarivate|Thomson|ISI|Web of Science)/i.test(text);
  const pt = countLines(text, /^PT [A-Z]\s*$/gm);
  const er = countLines(text, /^ER\s*$/gm);
  const tagLines = countLines(text, /^[A-Z][A-Z0-9] (?! *- )\S/gm);
  if (header && (pt > 0 || tagLines >= 3)) return 0.98;
  if (header) return 0.6;
  if (pt > 0 && er > 0 && tagLines >= 3) return 0.8;
  return 0;
}
