/**
 * The canonical view of a duplicate group: one record that takes, field by field, the most complete
 * value its members offer. Nothing is deleted: the group keeps every member (and its provenance);
 * this is only the view a reviewer screens and a report cites.
 */
import { AppError } from '../errors.js';
import type { Author, BibRecord, RecordType } from '../records/record.js';
import { stripAnnotations } from './title.js';
import { foldText } from './text.js';
import type { DedupRecord } from './types.js';

/** Which member gave each field of the canonical record (field name → member id). */
export type CanonicalProvenance = Readonly<Partial<Record<keyof BibRecord, string>>>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type Candidate<T> = Readonly<{ value: T; id: string; order: number }>;

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '' && !/^(unknown|none|n\/?a)$/i.test(v.trim());

/**
 * The value most members agree on (compared by `key`); ties go to `better`, then to the earlier
 * member, so the choice never depends on anything but the members and their order.
 */
function consensus<T>(cands: readonly Candidate<T>[], key: (v: T) => string, better: (a: T, b: T) => number): Candidate<T> | undefined {
  const counts = new Map<string, number>();
  for (const c of cands) counts.set(key(c.value), (counts.get(key(c.value)) ?? 0) + 1);
  let best: Candidate<T> | undefined;
  for (const c of cands) {
    if (!best) {
      best = c;
      continue;
    }
    const dc = (counts.get(key(c.value)) ?? 0) - (counts.get(key(best.value)) ?? 0);
    if (dc > 0 || (dc === 0 && better(c.value, best.value) > 0)) best = c;
  }
  return best;
}

/** The "best" candidate by `better` alone (ties to the earlier member). */
function pick<T>(cands: readonly Candidate<T>[], better: (a: T, b: T) => number): Candidate<T> | undefined {
  let best: Candidate<T> | undefined;
  for (const c of cands) if (!best || better(c.value, best.value) > 0) best = c;
  return best;
}

const longer = (a: string, b: string): number => a.length - b.length;
/** Mixed case beats ALL CAPS and all lower case, no database notes beat "[Review]"; then the longer (uncut) text. */
const betterTitle = (a: string, b: string): number => {
  const quality = (t: string): number => (t !== t.toUpperCase() && t !== t.toLowerCase() ? 2 : 0) + (stripAnnotations(t) === t ? 1 : 0);
  return quality(a) - quality(b) || longer(stripAnnotations(a), stripAnnotations(b)) || 0;
};
/** More authors, then more given names written out. */
const betterAuthors = (a: readonly Author[], b: readonly Author[]): number => {
  const given = (l: readonly Author[]): number => l.reduce((n, x) => n + (x.given?.replace(/[.\s]/g, '').length ?? 0), 0);
  return a.length - b.length || given(a) - given(b);
};
/** A page range beats a first page alone. */
const betterPages = (a: string, b: string): number => Number(/\d\s*-\s*\w/.test(a)) - Number(/\d\s*-\s*\w/.test(b)) || longer(a, b);

function candidates<T>(members: readonly DedupRecord[], get: (r: DedupRecord) => T | undefined, ok: (v: T) => boolean): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  members.forEach((r, order) => {
    const v = get(r);
    if (v !== undefined && ok(v)) out.push({ value: v, id: r.id, order });
  });
  return out;
}

const textField = (members: readonly DedupRecord[], get: (r: DedupRecord) => string | undefined): Candidate<string>[] =>
  candidates(members, get, present);

const specificType = (t: RecordType): boolean => t !== 'other';

/**
 * Merge the fields of a group's members into one canonical record, and say which member gave each
 * field. Identifiers, volume, issue, pages and year take the value most members agree on; titles
 * prefer properly cased, uncut text; the longest author list, journal name and abstract win;
 * keywords and URLs are the union.
 */
export function canonicalWithProvenance(members: readonly DedupRecord[]): { record: BibRecord; provenance: CanonicalProvenance } {
  if (members.length === 0) throw new AppError('INVALID_ARGUMENT', 'A canonical record needs at least one member.');
  const provenance: Partial<Record<keyof BibRecord, string>> = {};
  const out: Partial<Mutable<BibRecord>> = {};
  const set = <K extends keyof BibRecord>(field: K, c: Candidate<BibRecord[K]> | undefined): void => {
    if (!c) return;
    out[field] = c.value;
    provenance[field] = c.id;
  };
  const byKey = (v: string): string => foldText(v);
  const same = (): number => 0;

  set('type', consensus(candidates(members, (r) => r.type, specificType), (t) => t, same) ?? { value: 'other', id: members[0]?.id ?? '', order: 0 });
  set('title', consensus(textField(members, (r) => r.title), (t) => foldText(stripAnnotations(t)), betterTitle));
  set('translatedTitle', pick(textField(members, (r) => r.translatedTitle), longer));
  set('abstract', pick(textField(members, (r) => r.abstract), longer));
  set('authors', pick(candidates(members, (r) => r.authors, (l) => l.length > 0), betterAuthors) ?? { value: [], id: members[0]?.id ?? '', order: 0 });
  set('editors', pick(candidates(members, (r) => r.editors, (l) => l.length > 0), betterAuthors));
  set('year', consensus(candidates(members, (r) => r.year, () => true), String, (a, b) => b - a));
  set('date', pick(textField(members, (r) => r.date), longer));
  set('journal', pick(textField(members, (r) => r.journal), longer));
  set('journalAbbrev', pick(textField(members, (r) => r.journalAbbrev), (a, b) => b.length - a.length));
  set('volume', consensus(textField(members, (r) => r.volume), byKey, (a, b) => b.length - a.length));
  set('issue', consensus(textField(members, (r) => r.issue), byKey, (a, b) => b.length - a.length));
  set('pages', consensus(textField(members, (r) => r.pages), byKey, betterPages));
  for (const field of ['doi', 'pmid', 'pmcid', 'isbn', 'issn', 'accession'] as const) {
    set(field, consensus(textField(members, (r) => r[field]), (v) => v.trim().toLowerCase(), same));
  }
  for (const field of ['language', 'publisher', 'place', 'notes', 'database'] as const) {
    set(field, pick(textField(members, (r) => r[field]), longer));
  }
  const union = (get: (r: DedupRecord) => readonly string[]): string[] => {
    const seen = new Set<string>();
    const list: string[] = [];
    for (const r of members) {
      for (const v of get(r)) {
        const k = v.trim().toLowerCase();
        if (k !== '' && !seen.has(k)) {
          seen.add(k);
          list.push(v.trim());
        }
      }
    }
    return list;
  };
  const record = {
    ...out,
    type: out.type ?? 'other',
    authors: out.authors ?? [],
    keywords: union((r) => r.keywords),
    urls: union((r) => r.urls),
  } satisfies BibRecord;
  return { record, provenance };
}

/**
 * The canonical view of a group: the most complete value of every field among its members.
 *
 * @example
 * const view = canonicalRecord(group.map((id) => byId.get(id)!));
 */
export function canonicalRecord(members: readonly DedupRecord[]): BibRecord {
  return canonicalWithProvenance(members).record;
}
