import { countLines, stripBom } from '../tagged/sniff.js';

/**
 * Confidence that a sample is MEDLINE/PubMed (`.nbib`, `.txt`, `.medline`): four-letter tags padded to
 * column 4 (`PMID- `, `FAU - `, `OWN - `) are MEDLINE's alone. RIS's `TY  - ` lines count against it.
 */
export function detectPubmed(sample: string): number {
  const text = stripBom(sample);
  const medline = countLines(text, /^(?:PMID|PMC |PMCR|OWN |STAT|FAU |DCOM|LID |AID |JID |EDAT|MHDA|CRDT|PHST|DEP |PST |BTI |FED |ISSN|OID )[ ]?-/gm);
  const tagLines = countLines(text, /^[A-Z][A-Z0-9]{1,3}[ ]{0,3}- /gm);
  const ris = countLines(text, /^TY[ \t]{1,2}-/gm);
  if (medline === 0 || tagLines < 2) return 0;
  if (ris > 0) return ris >= medline ? 0 : 0.5;
  return medline >= 2 ? 0.95 : 0.7;
}
