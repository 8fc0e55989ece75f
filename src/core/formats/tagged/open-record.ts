/**
 * The record a tagged-format parser is filling: its raw fields in file order (kept verbatim in
 * `ImportedRecord.raw`) and the same values grouped by tag for mapping, built in one pass.
 */
import type { RawField } from '../../records/record.js';

export type OpenRecord = {
  readonly raw: RawField[];
  readonly bag: Map<string, string[]>;
  /** 1-based line of the record's first line. */
  readonly line: number;
  /** Line of the first tag a diagnostic may point at (the year tag, for RIS). */
  markLine: number | undefined;
};

export function openRecord(line: number): OpenRecord {
  return { raw: [], bag: new Map(), line, markLine: undefined };
}

export function addField(rec: OpenRecord, tag: string, value: string): void {
  rec.raw.push([tag, value]);
  const list = rec.bag.get(tag);
  if (list) list.push(value);
  else rec.bag.set(tag, [value]);
}

/** Append a continuation line to the last field, joined by `separator`. False when there is no field yet. */
export function continueField(rec: OpenRecord, text: string, separator: string): boolean {
  const last = rec.raw.length - 1;
  const prev = rec.raw[last];
  if (!prev) return false;
  const [tag, value] = prev;
  const joined = value === '' ? text : `${value}${separator}${text}`;
  rec.raw[last] = [tag, joined];
  const list = rec.bag.get(tag);
  if (list) list[list.length - 1] = joined;
  return true;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** `line.slice(start).trim()` with one allocation instead of two. */
export function trimmedFrom(line: string, start: number): string {
  return trimmedRange(line, start, line.length);
}

/** `text.slice(start, end).trim()` (spaces, tabs, no-break spaces) with one allocation, or none. */
export function trimmedRange(text: string, start: number, end: number): string {
  let b = start;
  let e = end;
  while (e > b && isSpace(text.charCodeAt(e - 1))) e--;
  while (b < e && isSpace(text.charCodeAt(b))) b++;
  return b === 0 && e === text.length ? text : text.slice(b, e);
}

const tagCache = new Map<number, string>();

/**
 * The tag at the start of a line (`line.slice(0, length)`, at most 4 ASCII characters), interned: the
 * same few dozen tags repeat on millions of lines, and one shared string per tag saves an allocation
 * per line.
 */
export function tagOf(line: string, length: number): string {
  let key = length;
  for (let i = 0; i < length; i++) {
    const c = line.charCodeAt(i);
    if (c > 127) return line.slice(0, length);
    key = key * 128 + c;
  }
  const hit = tagCache.get(key);
  if (hit !== undefined) return hit;
  const tag = line.slice(0, length);
  if (tagCache.size < 10_000) tagCache.set(key, tag);
  return tag;
}
