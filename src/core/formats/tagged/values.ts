/**
 * Value helpers shared by the tagged formats: reading a record's fields by tag, dates, serial numbers
 * and identifiers hidden in free text. Pure string functions; field-level normalisers proper live in
 * `records/fields.ts`.
 */
import type { BibRecord, ImportedRecord, RawField } from '../../records/record.js';
import { cleanText, normaliseDoi, normaliseIsbn, parseYear } from '../../records/fields.js';
import { plausibleYear } from '../../records/record.js';

/** Collapse whitespace runs to one space and trim; undefined when nothing is left (`cleanText`). */
export function squash(value: string | undefined): string | undefined {
  return cleanText(value);
}

/**
 * Multi-line text (abstracts, notes): lines trimmed, blank lines dropped, line breaks kept. Inner
 * spacing is left alone: abstracts are long, and collapsing their spaces cost more than the rest of
 * the record's mapping while changing nothing a reader sees.
 */
export function paragraphText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.includes('\n')) {
    const v = value.trim();
    return v === '' ? undefined : v;
  }
  const lines: string[] = [];
  for (const line of value.split('\n')) {
    const l = line.trim();
    if (l !== '') lines.push(l);
  }
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** Values of one record grouped by tag, in file order. */
export type FieldBag = ReadonlyMap<string, readonly string[]>;

/**
 * The first non-blank value of the first tag (in priority order) that has one. Parsers store values
 * trimmed, so no trimming here: these run a dozen times per record.
 */
export function first(bag: FieldBag, ...tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const values = bag.get(tag);
    if (!values) continue;
    for (const v of values) if (v !== '') return v;
  }
  return undefined;
}

/** Every non-blank value of the given tags, tag by tag. */
export function all(bag: FieldBag, ...tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const values = bag.get(tag);
    if (values) for (const v of values) if (v !== '') out.push(v);
  }
  return out;
}

/** The first tag (in priority order) that has a non-blank value. */
export function firstTag(bag: FieldBag, ...tags: readonly string[]): string | undefined {
  for (const tag of tags) if (bag.get(tag)?.some((v) => v !== '')) return tag;
  return undefined;
}

/** The values without repeats, in first-seen order. */
export function unique(values: readonly string[]): string[] {
  // A record has a handful of keywords or URLs: a scan beats building a Set for each record.
  if (values.length <= 1) return [...values];
  if (values.length <= 16) {
    const out: string[] = [];
    for (const v of values) if (!out.includes(v)) out.push(v);
    return out;
  }
  return [...new Set(values)];
}

const months: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // Seasons, as MEDLINE writes them (`2006 Spring`), map to their first month.
  spr: 3, sum: 6, fal: 9, aut: 9, win: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1;
}

/**
 * A date as databases write it, to an ISO partial date (`2021`, `2021-03`, `2021-03-04`).
 * Handles RIS `2013/04/18`, `2019//`, `2005/07/15/received`; MEDLINE `2016 Apr 19`, `2006 May-Jun`,
 * `2013 06 10`; WoS `AUG 1 2019`, `04 2006`; EndNote `September  1, 2021`; ISO `2021-03-04`; `20160419`.
 * Undefined when no plausible year is present.
 */
export function parseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  // Compact YYYYMMDD (MEDLINE DEP/DA, TRID "Start date: 20170812").
  const compact = /(?:^|\D)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(v);
  if (compact && Number(compact[2]) >= 1 && Number(compact[2]) <= 12) {
    return isoFrom(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  }
  // RIS: YYYY/MM/DD/other info, where any part may be empty (`2019//`, `2005/07/15/received`).
  const ris = /^(\d{4})\/(\d{0,2})(?:\/(\d{0,2}))?(?:\/|$)/.exec(v);
  if (ris) return isoFrom(Number(ris[1]), ris[2] ? Number(ris[2]) : undefined, ris[3] ? Number(ris[3]) : undefined);
  // ISO and MEDLINE numeric: 2021-03-04, 2021-03, 2013 06 10, 2010   06, 2021.
  const numeric = /^(\d{4})(?:(?:-|\s+|\.)(\d{1,2})(?:(?:-|\s+|\.)(\d{1,2}))?)?(?:T[\d:.]+Z?)?$/.exec(v);
  if (numeric) {
    return isoFrom(Number(numeric[1]), numeric[2] ? Number(numeric[2]) : undefined, numeric[3] ? Number(numeric[3]) : undefined);
  }
  const year = parseYear(v);
  if (year === undefined) return undefined;
  // Month names anywhere: take the first one, and a day next to it if there is one.
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spr|sum|fal|aut|win)[a-z]*\.?(?:\s+(\d{1,2})(?!\d))?/i.exec(v);
  if (named?.[1]) {
    const month = months[named[1].toLowerCase()];
    let day = named[2] ? Number(named[2]) : undefined;
    if (day === undefined) {
      // "1 Aug 2019": day before the month name.
      const before = /(?:^|\s)(\d{1,2})\s+[a-z]+\.?\s/i.exec(v.slice(0, named.index + named[1].length + 1));
      if (before?.[1]) day = Number(before[1]);
    }
    return isoFrom(year, month, day);
  }
  // "04 2006" (WoS PD): month then year.
  const my = /^(\d{1,2})[ /](\d{4})$/.exec(v);
  if (my) return isoFrom(year, Number(my[1]), undefined);
  return String(year);
}

function isoFrom(year: number, month: number | undefined, day: number | undefined): string | undefined {
  if (!plausibleYear(year)) return undefined;
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || !validDay(year, month, day)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const issnPattern = /\b(\d{4})[-\s]?(\d{3}[\dXx])\b/;

/** `0894-9867`, `ISSN-1234-4567`, `2325-9671 (electronic)` → `0894-9867`. */
export function extractIssn(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = issnPattern.exec(value);
  return m ? `${m[1]}-${(m[2] ?? '').toUpperCase()}` : undefined;
}

const isbnPattern = /\b(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]\b/;

/** An ISBN-10 or ISBN-13, digits only, or undefined when the value holds none. */
export function extractIsbn(value: string | undefined): string | undefined {
  if (!value || !isbnPattern.test(value)) return undefined;
  return normaliseIsbn(value);
}

/**
 * A serial-number field that may hold an ISSN or an ISBN (RIS `SN`, EndNote `%@`): both are returned
 * when both are present (`SN  - 0894-9867; 978-3-16-148410-0`).
 */
export function classifySerials(values: readonly string[]): { issn?: string; isbn?: string } {
  const out: { issn?: string; isbn?: string } = {};
  for (const value of values) {
    for (const part of value.split(/[;,]|\s{2,}/)) {
      if (out.isbn === undefined) {
        const isbn = extractIsbn(part);
        if (isbn) {
          out.isbn = isbn;
          continue;
        }
      }
      if (out.issn === undefined) {
        const issn = extractIssn(part);
        if (issn) out.issn = issn;
      }
    }
  }
  return out;
}

/** The first DOI in a list of candidate texts. */
export function findDoi(values: readonly string[]): string | undefined {
  for (const v of values) {
    const doi = normaliseDoi(v);
    if (doi) return doi;
  }
  return undefined;
}

/** `PMC3654245` anywhere in the values. */
export function findPmcid(values: readonly string[]): string | undefined {
  for (const v of values) {
    const m = /\bPMC\d{3,}\b/.exec(v);
    if (m) return m[0];
  }
  return undefined;
}

/** `23690738[pmid]`, `PMID: 23690738`, `PMID 23690738`. Bare numbers are too ambiguous to count. */
export function findPmid(values: readonly string[]): string | undefined {
  for (const v of values) {
    const m = /\bPMID:?\s*(\d{1,9})\b/i.exec(v) ?? /\b(\d{1,9})\s*\[pmid\]/i.exec(v);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

const urlPattern = /\b(?:https?|ftp):\/\/[^\s<>"]+/gi;

/** Every http(s)/ftp URL in the values, in order, without duplicates. */
export function findUrls(values: readonly string[]): string[] {
  const out: string[] = [];
  // exec with lastIndex, not matchAll: matchAll copies the regular expression on every call.
  for (const v of values) {
    urlPattern.lastIndex = 0;
    for (let m = urlPattern.exec(v); m !== null; m = urlPattern.exec(v)) out.push(/[.,;)]$/.test(m[0]) ? m[0].replace(/[.,;)]+$/, '') : m[0]);
  }
  return unique(out);
}

/**
 * Build an imported record, dropping undefined and blank optional fields so that records compare
 * equal whatever path built them.
 */
export function makeRecord(
  fields: Omit<BibRecord, 'authors' | 'keywords' | 'urls'> &
    Partial<Pick<BibRecord, 'authors' | 'keywords' | 'urls'>>,
  provenance: { raw: readonly RawField[]; index: number; line: number; sourceId?: string | undefined },
): ImportedRecord {
  const out: Record<string, unknown> = {};
  for (const k in fields) {
    const v = (fields as Record<string, unknown>)[k];
    if (v === undefined || v === '') continue;
    if (k === 'editors' && Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  out['authors'] ??= [];
  out['keywords'] ??= [];
  out['urls'] ??= [];
  out['raw'] = provenance.raw;
  out['index'] = provenance.index;
  out['line'] = provenance.line;
  if (provenance.sourceId !== undefined && provenance.sourceId !== '') out['sourceId'] = provenance.sourceId;
  // The loop above only removed keys, so the object still has the ImportedRecord shape.
  return out as ImportedRecord;
}

/** Year from a list of date-ish values, in priority order. */
export function yearOf(values: readonly (string | undefined)[]): number | undefined {
  for (const v of values) {
    const y = parseYear(v) ?? parseYear(parseDate(v));
    if (y !== undefined) return y;
  }
  return undefined;
}

/** Page text without the `pp.`/`p.` prefix some databases write. */
export function stripPagePrefix(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // Most pages start with their digit: nothing to strip.
  const c = value.charCodeAt(0);
  return c >= 48 && c <= 57 ? value : value.replace(/^\s*pp?\.?\s*(?=[A-Za-z]?\d)/i, '');
}
