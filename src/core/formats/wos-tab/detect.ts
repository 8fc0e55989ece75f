import { normaliseSample } from '../csv/text-stream.js';
import { isWosTag } from './tags.js';

/**
 * A WoS tab-delimited file starts with a row of field tags (`PT\tAU\tBA…`). Scores above the generic
 * CSV detector, which would also accept the row.
 */
export function detectWosTab(sample: string): number {
  const text = normaliseSample(sample).replace(/^\n+/, '');
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  const cells = first.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 5) return 0;
  const tags = cells.filter(isWosTag);
  if (tags.length < cells.length * 0.9) return 0;
  const set = new Set(tags);
  if (set.has('PT') && (set.has('TI') || set.has('AU'))) return 0.95;
  return set.has('TI') || set.has('UT') ? 0.6 : 0;
}
