import { countLines, stripBom } from '../tagged/sniff.js';

/**
 * Confidence that a sample is RIS. `TY  - ` lines decide; without one (a file that lost its TY lines)
 * RIS is only a weak candidate. MEDLINE shares two-letter tags with RIS (`AU  - `), so its four-letter
 * tags (`PMID-`, `FAU - `) count against RIS.
 */
export function detectRis(sample: string): number {
  const text = stripBom(sample);
  const ty = countLines(text, /^TY[ \t]{1,2}-/gm);
  const tagLines = countLines(text, /^[A-Z][A-Z0-9][ \t]{1,2}-(?:[ \t]|$)/gm);
  const medline = countLines(text, /^(?:PMID|FAU |OWN |STAT|DCOM|LID |AID |JID |EDAT|MHDA|CRDT)[ ]?-/gm);
  if (ty > 0 && tagLines >= 2) return medline > ty ? 0.5 : 0.95;
  const er = countLines(text, /^ER[ \t]{1,2}-/gm);
  if (er > 0 && tagLines >= 3 && medline === 0) return 0.4;
  return 0;
}
