/**
 * The last step of every structured parser: a loosely filled draft becomes an immutable
 * `ImportedRecord` with the invariants every consumer relies on (arrays present, no blank strings, no
 * duplicate keywords or URLs, a year whenever a date is known).
 */
import { parseYear } from '../../records/fields.js';
import type { Author, BibRecord, ImportedRecord, RawField } from '../../records/record.js';
import { collapseWhitespace } from './text-stream.js';

/** `cleanText` of records/fields.ts, cheaper on text that is already tidy. */
function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = collapseWhitespace(value);
  return v === '' ? undefined : v;
}

export type RecordDraft = { -readonly [K in keyof BibRecord]?: BibRecord[K] };

export type RecordOrigin = Readonly<{
  raw: readonly RawField[];
  index: number;
  line: number;
  sourceId?: string | undefined;
}>;

const textKeys = [
  'title',
  'translatedTitle',
  'abstract',
  'date',
  'journal',
  'journalAbbrev',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'isbn',
  'issn',
  'language',
  'publisher',
  'place',
  'notes',
  'accession',
  'database',
] as const satisfies readonly (keyof BibRecord)[];

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

const cleanAuthor = (a: Author): Author | undefined => {
  const family = cleanText(a.family);
  if (!family) return undefined;
  const given = cleanText(a.given);
  const literal = cleanText(a.literal);
  return { family, ...(given ? { given } : {}), ...(literal ? { literal } : {}) };
};

const cleanAuthors = (list: readonly Author[] | undefined): Author[] =>
  (list ?? []).map(cleanAuthor).filter((a): a is Author => a !== undefined);

/**
 * Freeze a draft into a record. Blank strings are dropped, text is whitespace-collapsed (the
 * source's layout stays in `raw`), keywords are de-duplicated case-insensitively, and the type
 * defaults to `article` when a journal is known, else `other`.
 */
export function finishRecord(draft: RecordDraft, origin: RecordOrigin): ImportedRecord {
  const text: RecordDraft = {};
  for (const key of textKeys) {
    const v = cleanText(draft[key]);
    if (v !== undefined) text[key] = v;
  }
  const year = draft.year ?? parseYear(text.date);
  const editors = cleanAuthors(draft.editors);
  const keywords = uniqueBy(
    (draft.keywords ?? []).map((k) => cleanText(k)).filter((k): k is string => k !== undefined),
    (k) => k.toLowerCase(),
  );
  const urls = uniqueBy(
    (draft.urls ?? []).map((u) => u.trim()).filter((u) => u !== ''),
    (u) => u,
  );
  const sourceId = cleanText(origin.sourceId);
  const record: ImportedRecord = {
    ...text,
    type: draft.type ?? (text.journal ? 'article' : 'other'),
    ...(year !== undefined ? { year } : {}),
    authors: cleanAuthors(draft.authors),
    ...(editors.length > 0 ? { editors } : {}),
    keywords,
    urls,
    raw: origin.raw,
    index: origin.index,
    line: origin.line,
    ...(sourceId ? { sourceId } : {}),
  };
  return Object.freeze(record);
}
