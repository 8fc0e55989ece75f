import { normaliseSample } from '../csv/text-stream.js';

/** CSL-JSON: a JSON array (or `{"items": […]}`) of objects with CSL keys such as `type` and `title`. */
export function detectCslJson(sample: string): number {
  const text = normaliseSample(sample).trimStart();
  if (!text.startsWith('[') && !text.startsWith('{')) return 0;
  const head = text.slice(0, 4096);
  // Keys that CSL spells its own way; `title` or `abstract` alone say nothing (any JSON of papers has them).
  const cslKeys = ['"type"', '"author"', '"issued"', '"container-title"', '"DOI"', '"citation-key"', '"page"', '"URL"'].filter((k) =>
    head.includes(k),
  ).length;
  const cslTypeValue = /"type"\s*:\s*"(article-journal|article|book|chapter|paper-conference|report|thesis|webpage|dataset|manuscript|document|post-weblog|entry-encyclopedia|review)"/.test(head);
  if (cslTypeValue && (cslKeys >= 2 || head.includes('"id"'))) return 0.95;
  if (cslKeys >= 3) return 0.7;
  return cslKeys >= 1 ? 0.2 : 0.05;
}
