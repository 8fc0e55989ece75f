/**
 * Value helpers shared by the structured parsers: dates as vendors write them, serial numbers, and
 * identifiers that exporters hide in free text (Zotero's `Extra`, PubMed URLs). Pure string functions;
 * the normalisers every importer uses live in `records/fields.ts`.
 */
import { normaliseIsbn, parseYear } from '../../records/fields.js';
import { plausibleYear } from '../../records/record.js';

const monthIndex: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // Seasons (`2006 Spring`, MEDLINE-style) map to their first month.
  spr: 3, sum: 6, fal: 9, aut: 9, win: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (!plausibleYear(year)) return undefined;
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || day < 1 || day > daysIn(year, month)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `Mar`, `march`, `MAR.`, `3`, `03` → 3. Undefined for anything else. */
export function monthNumber(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const m = /^([a-z]{3})[a-z]*\.?$/.exec(v);
  return m?.[1] ? monthIndex[m[1]] : undefined;
}

/**
 * A date as exporters write it, to an ISO partial date (`2021`, `2021-03`, `2021-03-04`): ISO
 * `2021-03-04`, `2018/03/01`, `20180301`, `2022 May`, `MAR 1 2019`, `Sep (Epub 2018 Jun 11)`, `Mar 3`
 * (with `fallbackYear`). Undefined for an empty value or when no plausible year is known.
 */
export function parseDate(value: string | undefined, fallbackYear?: number): string | undefined {
  // A time of day (`2023-04-21 14:11:38`, `2021-03-04T10:00Z`) says nothing we keep.
  const v = (value ?? '').replace(/[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/, '').trim();
  if (v === '') return undefined;
  // `2021-03-04`, `2018/03/01`, `2019///`, `2021`; but not `2018 Sep`, which the named-month branch reads.
  const iso = /^(\d{4})(?:[-/.](\d{1,2})?(?:[-/.](\d{1,2})?)?)?(?![\d\s\p{L}])/u.exec(v);
  if (iso?.[1]) return isoDate(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact?.[1]) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const year = parseYear(v) ?? fallbackYear;
  if (year === undefined) return undefined;
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[a-z]*\.?/i.exec(v);
  if (!named?.[1]) {
    // `10/2019`, `04 2006`: a month number next to the year.
    const numeric = /^(\d{1,2})[\s/.-]+(\d{4})$/.exec(v);
    return isoDate(year, numeric?.[1] ? Number(numeric[1]) : undefined);
  }
  const month = monthIndex[named[1].slice(0, 3).toLowerCase()];
  const after = v.slice(named.index + named[0].length);
  const before = v.slice(0, named.index);
  const day = /^\s*(\d{1,2})(?!\d)/.exec(after)?.[1] ?? /(?:^|\D)(\d{1,2})\s*$/.exec(before)?.[1];
  return isoDate(year, month, day ? Number(day) : undefined);
}

/** The first ISSN in a value (`1939-1676 0891-6640`, `0012-9658 (Linking)`, `01928651`) as `NNNN-NNNC`. */
export function normaliseIssn(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(?<![\dX-])(\d{4})-?(\d{3}[\dXx])(?![\dX])/.exec(value);
  return m ? `${m[1]}-${(m[2] ?? '').toUpperCase()}` : undefined;
}

/** True when the whole value is one or more ISSNs (with optional labels such as `(Electronic)`). */
export function looksLikeIssn(value: string): boolean {
  const stripped = value.replace(/\([^)]*\)/g, ' ').trim();
  return stripped !== '' && stripped.split(/[\s;,]+/).every((p) => /^\d{4}-?\d{3}[\dXx]$/.test(p));
}

/**
 * EndNote, Zotero and others put ISSNs and ISBNs in one field: sort the value into the right one.
 * An ISBN has 10 or 13 digits; an ISSN 8.
 */
export function classifySerial(value: string | undefined): { isbn?: string; issn?: string } {
  if (!value?.trim()) return {};
  if (looksLikeIssn(value)) {
    const issn = normaliseIssn(value);
    return issn ? { issn } : {};
  }
  const isbn = normaliseIsbn(value);
  return isbn ? { isbn } : {};
}

/** `PMID: 35319117`, `pubmed/25647015`, `?term=123` in a free-text or URL value. */
export function findPmid(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m =
    /\bPMID:?\s*(\d{1,9})\b/i.exec(value) ??
    /(?:ncbi\.nlm\.nih\.gov\/pubmed\/|pubmed\.ncbi\.nlm\.nih\.gov\/)(\d{1,9})\b/i.exec(value);
  return m?.[1];
}

/** `PMCID: PMC9151451` or a bare `PMC9151451` in free text. */
export function findPmcid(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /\b(PMC\d{3,10})\b/.exec(value)?.[1];
}

/** Split on `;` (or on `,` when the value has no `;`), trim, drop blanks. */
export function splitList(value: string | undefined, allowComma: boolean): string[] {
  if (!value) return [];
  const sep = value.includes(';') || !allowComma ? /\s*;\s*/ : /\s*,\s*/;
  return value
    .split(sep)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}
