import { countLines, stripBom } from '../tagged/sniff.js';

/**
 * Confidence that a sample is an Ovid labelled display: `<1>` record numbers on their own line, field
 * labels at column 0 and values indented under them. RIS exported from Ovid also has numbers (`1.`),
 * but then `TY  - ` lines follow, which never appear here.
 */
export function detectOvid(sample: string): number {
  const text = stripBom(sample);
  const numbers = countLines(text, /^<\d+>\s*$/gm);
  if (numbers === 0) return 0;
  const labels = countLines(
    text,
    /^(?:Accession Number|Unique Identifier|Authors?|Authors Full Name|Title|Source|Abstract|DOI Number|Digital Object Identifier|Publication Type|Document Type|ISSN|Language)\s*$/gm,
  );
  const values = countLines(text, /^[ \t]+\S/gm);
  const ris = countLines(text, /^TY[ \t]{1,2}-/gm);
  if (ris > 0 || values === 0) return 0;
  return labels >= 2 ? 0.9 : labels === 1 ? 0.5 : 0;
}
