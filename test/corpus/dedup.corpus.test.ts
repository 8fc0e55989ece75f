import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSet, type SetName } from '../../bench/dedup/load.js';
import { pairwise, recordLevel } from '../../bench/dedup/metrics.js';
import { compareRecords, deduplicate, type DedupRecord } from '../../src/core/dedup/index.js';
import { cleanTitle, guessType, normaliseDoi, normalisePages, parseYear, splitAuthors } from '../../src/core/records/fields.js';
import { hasShared, sharedPath, skipReason } from '../support/shared.js';

/**
 * De-duplication against the labelled sets in ../shared/datasets/dedup (never copied here):
 * bib-dedupe's curated hard pairs, its special cases, and five full labelled sets.
 */
type Raw = Readonly<Record<string, string | null | undefined>>;

/** bib-dedupe writes missing fields as "None" (Python); the importer would give nothing. */
const value = (v: string | null | undefined): string | undefined => (v === undefined || v === null || v.trim() === '' || v === 'None' || v === 'nan' ? undefined : v);

function toRecord(id: string, r: Raw): DedupRecord {
  return {
    id,
    type: guessType(value(r.ENTRYTYPE)) ?? 'other',
    title: cleanTitle(value(r.title)),
    authors: splitAuthors(value(r.author), /\s+and\s+|\s*;\s*/),
    year: parseYear(value(r.year)),
    journal: value(r.journal) ?? value(r.booktitle),
    volume: value(r.volume),
    issue: value(r.number) ?? value(r.issue),
    pages: normalisePages(value(r.pages)),
    doi: normaliseDoi(value(r.doi)),
    isbn: value(r.isbn),
    abstract: value(r.abstract),
    notes: value(r.note),
    keywords: [],
    urls: value(r.url) ? [value(r.url) ?? ''] : [],
  };
}

type PairCase = Readonly<{ id: string; note: string; record_a: Raw; record_b: Raw; expected_duplicate: boolean }>;

/**
 * Pairs where this de-duplicator deliberately disagrees with bib-dedupe's curation. Cochrane review
 * versions (pub2/pub3) are separate publications with their own results, so by default they go to a
 * person as a possible pair (option `mergeReviewVersions` merges them as bib-dedupe does).
 */
const deliberate: Readonly<Record<string, string>> = {
  tan_2004_2005_pub2_vs_pub3: 'Cochrane review versions are possible duplicates by default',
};

describe.skipIf(!hasShared)(`dedup corpus ${hasShared ? '' : skipReason}`, () => {
  it('agrees with bib-dedupe’s curated hard pairs', () => {
    const file = JSON.parse(readFileSync(sharedPath('datasets', 'dedup', 'bibdedupe_pair_cases', 'test_cases.json'), 'utf8')) as { cases: PairCase[] };
    const disagreements: string[] = [];
    for (const c of file.cases) {
      const v = compareRecords(toRecord('a', c.record_a), toRecord('b', c.record_b));
      const predicted = v.class === 'duplicate';
      if (predicted !== c.expected_duplicate) disagreements.push(`${c.id}: expected ${c.expected_duplicate}, got ${v.class} (${v.rule}, score ${v.score})`);
      // a pair the curators call different must never be merged automatically
      if (!c.expected_duplicate) expect(v.class, c.id).not.toBe('duplicate');
    }
    const unexpected = disagreements.filter((d) => !Object.keys(deliberate).some((k) => d.startsWith(`${k}:`)));
    expect(unexpected).toEqual([]);
    expect(1 - disagreements.length / file.cases.length).toBeGreaterThanOrEqual(0.95);
    // the deliberate disagreement is still offered to a person
    const cochrane = file.cases.find((c) => c.id === 'tan_2004_2005_pub2_vs_pub3');
    if (cochrane) {
      expect(compareRecords(toRecord('a', cochrane.record_a), toRecord('b', cochrane.record_b)).class).toBe('possible');
      expect(compareRecords(toRecord('a', cochrane.record_a), toRecord('b', cochrane.record_b), { mergeReviewVersions: true }).class).toBe('duplicate');
    }
  });

  it('finds exactly the gold groups of bib-dedupe’s special cases', () => {
    const rows = parse(readFileSync(sharedPath('datasets', 'dedup', 'bibdedupe_special_cases', 'records_pre_merged.csv'), 'utf8'), { columns: true }) satisfies Raw[];
    const records = rows.map((r) => toRecord((r.ID ?? '').replace(/^id_0*/, ''), r));
    const gold = readFileSync(sharedPath('datasets', 'dedup', 'bibdedupe_special_cases', 'merged_record_ids.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/"/g, '').split(';').map((id) => id.replace(/^id_0*/, '')).sort());
    const { groups, possible } = deduplicate(records);
    expect(groups.map((g) => [...g].sort())).toEqual(expect.arrayContaining(gold));
    expect(groups).toHaveLength(gold.length);
    expect(possible).toEqual([]);
  });

  const sets: readonly [SetName, number][] = [
    ['asysd_diabetes', 1],
    ['bibdedupe_cytology_screening', 0.9922],
    // bib-dedupe: 368 of 369 (published rounded, 0.9973). Our one miss: an issue's "Editorial" and
    // "Guest Editorial", with their own DOIs and pages (docs/adr/0004).
    ['bibdedupe_digital_work', 368 / 369],
    ['sra_dedupe_sweep_copper', 0.98],
  ];
  it('links DBLP and ACM: sensitivity ≥ 0.98, specificity ≥ 0.999, possible pairs on ≤ 2 % of records', () => {
    const set = loadSet('dblp_acm');
    const { groups, possible } = deduplicate(set.records);
    const r = recordLevel(
      set.records.map((x) => x.id),
      groups,
      set.gold,
    );
    expect(r.sensitivity).toBeGreaterThanOrEqual(0.98);
    expect(r.specificity).toBeGreaterThanOrEqual(0.999);
    expect(new Set(possible.flatMap((v) => [v.a, v.b])).size / set.records.length).toBeLessThanOrEqual(0.02);
  });

  for (const [name, sensitivity] of sets) {
    it(`meets bib-dedupe’s published sensitivity on ${name} with no false merge`, () => {
      const set = loadSet(name);
      const { groups } = deduplicate(set.records);
      const r = recordLevel(
        set.records.map((x) => x.id),
        groups,
        set.gold,
      );
      expect(r.fp).toBe(0);
      expect(r.sensitivity).toBeGreaterThanOrEqual(sensitivity);
      expect(pairwise(groups, set.gold).precision).toBe(1);
    });
  }
});
