/**
 * Where a work sits in its container: volume, issue and pages, reduced to comparable keys.
 * `221-8` and `221-228` are the same pages; `4 (1) (no pagination)` is volume 4; `S12` marks a
 * supplement; `1-17` on an online-first record may be a different pagination of the same article.
 */
import { normalisePages } from '../records/fields.js';

export type Pages = Readonly<{
  start: string;
  end: string | undefined;
  /** Supplement pagination (`S12-S14`) or an abstract number, typical of meeting abstracts. */
  supplement: boolean;
}>;

/** Values that fill a field when the source had nothing to put there. */
const placeholders = new Set(['', 'none', 'n/a', 'na', 'unknown', '-', '?', 'null', 'undefined', 'no pagination']);

/** The first volume or issue number of a field, lower-case, leading zeros dropped. */
export function locatorKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase().trim();
  if (placeholders.has(v)) return undefined;
  const m = /[a-z]?\d+[a-z]?/.exec(v);
  if (!m) return /[a-z]/.test(v) ? v.replace(/[^a-z0-9]/g, '') || undefined : undefined;
  return m[0].replace(/^([a-z]?)0+(?=\d)/, '$1');
}

/** Does a volume or issue field name a supplement ("Suppl 2", "12 (Supplement 1)")? */
export function isSupplement(value: string | undefined): boolean {
  return value !== undefined && /\bsup(p|pl|pl\.|plement)\b|\bsuppl/i.test(value);
}

/** Parse a pages field into start and end keys. */
export function parsePages(value: string | undefined): Pages | undefined {
  if (!value) return undefined;
  const cleaned = value
    .replace(/^\s*(pp?\.?|pages?)\s*/i, '')
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/--+/g, '-');
  if (/no pagination/i.test(cleaned) || placeholders.has(cleaned.trim().toLowerCase())) return undefined;
  const norm = normalisePages(cleaned)?.toLowerCase().replace(/\s+/g, '');
  if (!norm) return undefined;
  const [rawStart = '', rawEnd] = norm.split('-', 2);
  const start = rawStart.replace(/^([a-z]*)0+(?=\d)/, '$1');
  if (!/\d/.test(start)) return undefined;
  const end = rawEnd?.replace(/^([a-z]*)0+(?=\d)/, '$1');
  return { start, end: end && end !== start ? end : undefined, supplement: /^s\d/.test(start) || /^abstr/.test(norm) };
}

/** Number of pages of a range with numeric ends, undefined otherwise. */
export function pageCount(p: Pages): number | undefined {
  if (!p.end || !/^\d+$/.test(p.start) || !/^\d+$/.test(p.end)) return undefined;
  const n = Number(p.end) - Number(p.start) + 1;
  return n > 0 ? n : undefined;
}
