import { normaliseSample } from '../csv/text-stream.js';

/** EndNote XML: `<xml><records><record>` with EndNote's element names (`ref-type`, `contributors`). */
export function detectEndnoteXml(sample: string): number {
  const text = normaliseSample(sample).trimStart();
  if (!text.startsWith('<')) return 0;
  const hasRecord = /<record[\s>]/.test(text);
  const endnoteTags = /<(ref-type|contributors|rec-number|titles|source-app)[\s>]/.test(text);
  if (/<records[\s>]/.test(text) && hasRecord && endnoteTags) return 0.95;
  if (hasRecord && endnoteTags) return 0.85;
  return /<xml>\s*<records>/.test(text) ? 0.5 : 0;
}
