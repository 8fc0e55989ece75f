import type { BibRecord } from '../records/record.js';

/**
 * A record to de-duplicate: the canonical fields plus a stable id (the caller's record id) and,
 * optionally, `origin`: the export it was imported from (one database search, one file; any string
 * that is equal for records of one export), or the exports of the records a merged record stands
 * for. A database lists each of its items once, so two records of one export are merged only when
 * an identifier or the pages say they are one item.
 */
export type DedupRecord = BibRecord & Readonly<{ id: string; origin?: string | readonly string[] }>;

/**
 * One field's part in a verdict. `similarity` is 0..1 (or -1 when the field could not be compared),
 * `weight` is the points it adds to (or takes from) the pair's score, `note` says why in words.
 */
export type FieldEvidence = Readonly<{ field: string; similarity: number; weight: number; note: string }>;

export type PairClass = 'duplicate' | 'possible' | 'distinct';

/**
 * The verdict on a pair: `score` is the sum of the evidence weights; `rule` names what decided the
 * class ("score", or the guard that capped it, e.g. "erratum-vs-original").
 */
export type PairVerdict = Readonly<{
  a: string;
  b: string;
  score: number;
  class: PairClass;
  evidence: readonly FieldEvidence[];
  rule: string;
}>;

export type DedupResult = Readonly<{
  /** Groups of two or more ids; ids sorted within a group, groups sorted by their first id. */
  groups: readonly (readonly string[])[];
  /** Pairs for a person to decide, sorted by (a, b). */
  possible: readonly PairVerdict[];
  /** The duplicate pairs that formed the groups (a spanning set of each group's links). */
  links: readonly PairVerdict[];
}>;

export type DedupOptions = Readonly<{
  /** Score from which a pair is an automatic duplicate (default 11). */
  duplicateThreshold?: number;
  /** Score from which a pair goes to a person as a possible duplicate (default 6). */
  possibleThreshold?: number;
  /**
   * Treat versions of one Cochrane review (`.pub2` / `.pub3`) as duplicates. Off by default: an
   * update is a new publication with its own results, so the pair goes to a person instead.
   */
  mergeReviewVersions?: boolean;
  /** A blocking key shared by more records than this is too common to pair them all (default 64). */
  maxBlockSize?: number;
}>;

export const defaultOptions = {
  duplicateThreshold: 11,
  possibleThreshold: 6,
  mergeReviewVersions: false,
  maxBlockSize: 64,
} as const satisfies Required<DedupOptions>;

export type ResolvedOptions = Readonly<Required<DedupOptions>>;

export function resolveOptions(options: DedupOptions | undefined): ResolvedOptions {
  return { ...defaultOptions, ...stripUndefined(options ?? {}) };
}

function stripUndefined(o: DedupOptions): DedupOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) satisfies DedupOptions;
}
