import { bibtexFormat } from './bibtex/index.js';
import { cslJsonFormat } from './csl-json/index.js';
import { csvFormat } from './csv/index.js';
import { endnoteTaggedFormat } from './endnote-tagged/index.js';
import { endnoteXmlFormat } from './endnote-xml/index.js';
import { ovidFormat } from './ovid/index.js';
import type { FormatId, FormatPlugin } from './plugin.js';
import { pubmedFormat } from './pubmed/index.js';
import { risFormat } from './ris/index.js';
import { wosTabFormat } from './wos-tab/index.js';
import { wosTaggedFormat } from './wos-tagged/index.js';

/** Every import format, in the order detection breaks ties (most specific first). */
export const formats: readonly FormatPlugin[] = [
  wosTaggedFormat,
  pubmedFormat,
  risFormat,
  endnoteXmlFormat,
  endnoteTaggedFormat,
  ovidFormat,
  bibtexFormat,
  cslJsonFormat,
  wosTabFormat,
  csvFormat,
];

export function getFormat(id: string): FormatPlugin {
  const f = formats.find((p) => p.id === id);
  if (!f) throw new Error(`Unknown format "${id}". Available: ${formats.map((p) => p.id).join(', ')}`);
  return f;
}

export const formatIds = (): FormatId[] => formats.map((f) => f.id);

export type Detection = Readonly<{ format: FormatPlugin; confidence: number }>;

/**
 * Pick the format from content. The extension only breaks near-ties, because the same extension
 * means different formats (`.txt` is RIS, MEDLINE or Web of Science depending on the database).
 */
export function detectFormat(sample: string, fileName?: string): Detection | undefined {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  let best: Detection | undefined;
  for (const format of formats) {
    const c = format.detect(sample);
    if (c <= 0) continue;
    const score = c + (ext && format.extensions.includes(ext) ? 0.05 : 0);
    if (!best || score > best.confidence) best = { format, confidence: score };
  }
  return best && best.confidence >= 0.3 ? { format: best.format, confidence: Math.min(1, best.confidence) } : undefined;
}
