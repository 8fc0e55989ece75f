/**
 * Content sniffing for delimited text: the first row must split into several cells on one of `,`
 * `;` or tab, and name columns we know. The more canonical fields the header names, the surer we are.
 */
import { columnAliases, detectProfile, normaliseHeader } from './columns.js';
import { sniffDelimiter } from './rows.js';
import { normaliseSample } from './text-stream.js';

/** The first row of the sample (up to the first line break outside quotes). */
function firstRow(sample: string): string {
  let inQuotes = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) return sample.slice(0, i);
  }
  return sample;
}

/** Split a header row naively (headers rarely hold quoted delimiters). */
function headerCells(row: string, delimiter: string): string[] {
  return row.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
}

const knownSlots = ['title', 'authors', 'year', 'journal', 'abstract', 'doi', 'volume', 'pages', 'keywords', 'id'] as const;

/** Confidence that `sample` is CSV/TSV with a bibliographic header. */
export function detectCsv(sample: string): number {
  const text = normaliseSample(sample).replace(/^\n+/, '');
  const row = firstRow(text);
  if (row.length > 10_000) return 0;
  const delimiter = sniffDelimiter(row);
  const cells = headerCells(row, delimiter);
  if (cells.length < 2) return 0;
  const profile = detectProfile(cells);
  // Web of Science tab-delimited files have their own plugin, which reads them better.
  if (profile === 'wos-tags') return delimiter === '\t' ? 0.5 : 0.85;
  if (profile !== 'generic') return 0.9;
  const names = new Set(cells.map(normaliseHeader));
  const known = knownSlots.filter((slot) => columnAliases[slot].some((alias) => names.has(alias))).length;
  if (known >= 3) return 0.85;
  if (known === 2) return 0.7;
  if (known === 1) return 0.5;
  return 0.1;
}
