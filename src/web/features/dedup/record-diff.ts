import type { BibRecord } from '../../api/client.js';

export type DiffField = Readonly<{ key: string; label: string; value: (r: BibRecord) => string }>;

/** The fields a reviewer compares to decide whether two records are the same publication. */
export const diffFields: readonly DiffField[] = [
  { key: 'title', label: 'Title', value: (r) => r.title ?? '' },
  { key: 'authors', label: 'Authors', value: (r) => r.authors.map((a) => a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family)).join('; ') },
  { key: 'year', label: 'Year', value: (r) => (r.year === undefined ? '' : String(r.year)) },
  { key: 'journal', label: 'Journal', value: (r) => r.journal ?? '' },
  { key: 'volume', label: 'Volume', value: (r) => r.volume ?? '' },
  { key: 'issue', label: 'Issue', value: (r) => r.issue ?? '' },
  { key: 'pages', label: 'Pages', value: (r) => r.pages ?? '' },
  { key: 'doi', label: 'DOI', value: (r) => r.doi ?? '' },
  { key: 'abstract', label: 'Abstract', value: (r) => r.abstract ?? '' },
];

const norm = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether two values differ beyond case, spacing and punctuation. */
export const differs = (a: string, b: string): boolean => a.split(/\s+/).map(norm).join(' ').trim() !== b.split(/\s+/).map(norm).join(' ').trim();

export type Segment = Readonly<{ text: string; changed: boolean }>;

/**
 * Split a value into words, marking those the other value does not contain (a word-level diff). Runs
 * of changed words are joined into one segment; a value the other record lacks is not marked at all
 * (the row already says the field differs).
 */
export function markChanged(value: string, other: string): Segment[] {
  if (!other.trim()) return [{ text: value, changed: false }];
  const others = new Set(other.split(/\s+/).map(norm).filter(Boolean));
  const parts = value.split(/(\s+)/).filter((part) => part !== '');
  const out: { text: string; changed: boolean }[] = [];
  parts.forEach((part, i) => {
    const space = !/\S/.test(part);
    const changed = space ? Boolean(out[out.length - 1]?.changed && parts[i + 1] !== undefined && isChanged(parts[i + 1]!, others)) : isChanged(part, others);
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += part;
    else out.push({ text: part, changed });
  });
  return out;
}

const isChanged = (word: string, others: ReadonlySet<string>): boolean => norm(word) !== '' && !others.has(norm(word));
