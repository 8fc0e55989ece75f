import { normaliseSample } from '../csv/text-stream.js';
import { bibtexEntryTypes } from './to-record.js';

const entryStart = /^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]/gm;
const fieldLine = /^[ \t]*[A-Za-z][\w.:+-]*[ \t]*=[ \t]*[{"\d\w]/m;

/** A BibTeX file has `@type{` at the start of a line, followed by `name = value` fields. */
export function detectBibtex(sample: string): number {
  const text = normaliseSample(sample);
  let known = 0;
  let other = 0;
  for (const m of text.matchAll(entryStart)) {
    const t = (m[1] ?? '').toLowerCase();
    if (bibtexEntryTypes[t] !== undefined || t === 'string' || t === 'comment' || t === 'preamble') known++;
    else other++;
    if (known + other >= 20) break;
  }
  if (known + other === 0) return 0;
  const fields = fieldLine.test(text);
  if (known > 0) return fields ? 0.95 : 0.7;
  return fields ? 0.6 : 0.2;
}
