/**
 * The de-duplication pipeline: prepare keys → block → score candidate pairs → guarded clustering.
 * Pure and deterministic: the same records give the same result in any input order.
 */
import { AppError } from '../errors.js';
import { candidatePairs, type BlockingStats } from './blocking.js';
import { clusterLinks } from './cluster.js';
import { newPrepareCache, prepareRecord, type PreparedRecord } from './prepare.js';
import { comparePrepared } from './score.js';
import type { DedupOptions, DedupRecord, DedupResult, PairVerdict } from './types.js';
import { resolveOptions } from './types.js';

export type DedupRun = DedupResult &
  Readonly<{
    stats: BlockingStats &
      Readonly<{
        records: number;
        scoredPairs: number;
        refusedLinks: number;
        /** Milliseconds per phase, when a clock was passed in. */
        timings?: Readonly<Record<'prepare' | 'block' | 'score' | 'cluster', number>>;
      }>;
  }>;

const byPair = (x: PairVerdict, y: PairVerdict): number => (x.a !== y.a ? (x.a < y.a ? -1 : 1) : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);

/**
 * De-duplicate records: the groups of duplicates, the pairs a person should look at, and the links
 * that formed each group, each with its explanation. Ids must be unique.
 *
 * @example
 * const { groups, possible } = deduplicate(records);
 * // groups: [['r1', 'r7'], …]; possible: [{ a: 'r2', b: 'r9', score: 8.5, class: 'possible', … }]
 */
export function deduplicate(records: readonly DedupRecord[], options?: DedupOptions): DedupResult {
  const { groups, possible, links } = deduplicateWithStats(records, options);
  return { groups, possible, links };
}

/**
 * `deduplicate` plus counts of the work done (for benchmarks and progress reports). `now` is an
 * optional clock (core has none of its own) used only to time the phases.
 */
export function deduplicateWithStats(records: readonly DedupRecord[], options?: DedupOptions, now?: () => number): DedupRun {
  const o = resolveOptions(options);
  const t0 = now?.() ?? 0;
  // Work in id order so that nothing below depends on the order of the input.
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.id === sorted[i - 1]?.id) {
      throw new AppError('INVALID_ARGUMENT', `Record id "${sorted[i]?.id ?? ''}" appears more than once.`, { id: sorted[i]?.id });
    }
  }
  const cache = newPrepareCache();
  const prepared: PreparedRecord[] = markRecurringTitles(sorted.map((r) => prepareRecord(r, cache)));
  const t1 = now?.() ?? 0;
  const { pairs, stats } = candidatePairs(prepared, o.maxBlockSize);
  const t2 = now?.() ?? 0;

  const n = prepared.length;
  const score = (i: number, j: number): PairVerdict => comparePrepared(prepared[i] as PreparedRecord, prepared[j] as PreparedRecord, o);

  // Verdicts are kept only for duplicates and possibles: a distinct pair's explanation is rebuilt
  // if the clustering needs it, so 100,000 records do not hold a million evidence lists.
  const links: { i: number; j: number; verdict: PairVerdict }[] = [];
  const possible: PairVerdict[] = [];
  const kept = new Map<number, PairVerdict>();
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k] ?? 0;
    const j = pairs[k + 1] ?? 0;
    const v = score(i, j);
    if (v.class === 'duplicate') links.push({ i, j, verdict: v });
    else if (v.class === 'possible') possible.push(v);
    else continue;
    kept.set(i * n + j, v);
  }
  const judged = new Map<number, PairVerdict>();
  const judge = (i: number, j: number): PairVerdict => {
    const key = i < j ? i * n + j : j * n + i;
    let v = kept.get(key) ?? judged.get(key);
    if (!v) {
      v = score(Math.min(i, j), Math.max(i, j));
      judged.set(key, v);
    }
    return v;
  };
  const scoredPairs = pairs.length / 2;
  const t3 = now?.() ?? 0;
  const clusters = clusterLinks({ size: n, links, judge });
  const t4 = now?.() ?? 0;
  const timings = now ? { prepare: t1 - t0, block: t2 - t1, score: t3 - t2, cluster: t4 - t3 } : undefined;

  const groupOf = new Int32Array(n).fill(-1);
  clusters.groups.forEach((g, gi) => {
    for (const i of g) groupOf[i] = gi;
  });
  const index = new Map(prepared.map((p, i) => [p.id, i]));
  const sameGroup = (v: PairVerdict): boolean => {
    const gi = groupOf[index.get(v.a) ?? 0] ?? -1;
    return gi >= 0 && gi === groupOf[index.get(v.b) ?? 0];
  };
  // A refused link is a strong pair that would have chained two conflicting groups: a person decides.
  for (const r of clusters.refused) {
    possible.push({
      ...r.verdict,
      class: 'possible',
      rule: 'chain-conflict',
      evidence: [
        ...r.verdict.evidence,
        { field: 'group', similarity: 0, weight: 0, note: `joining would merge ${r.conflict.a} and ${r.conflict.b}, which conflict (${conflictReason(r.conflict)})` },
      ],
    });
  }
  return {
    groups: clusters.groups.map((g) => g.map((i) => prepared[i]?.id ?? '')),
    possible: bestPerGroupPair(possible.filter((v) => !sameGroup(v)), (id) => groupOf[index.get(id) ?? 0] ?? -1).sort(byPair),
    links: [...clusters.used].sort(byPair),
    stats: { ...stats, records: n, scoredPairs, refusedLinks: clusters.refused.length, ...(timings ? { timings } : {}) },
  };
}

/** Why two records conflict, in words: the guard's name, or the strongest evidence against them. */
function conflictReason(v: PairVerdict): string {
  if (v.rule !== 'score') return v.rule;
  const worst = [...v.evidence].sort((x, y) => x.weight - y.weight)[0];
  return worst && worst.weight < 0 ? worst.note : `score ${v.score}`;
}

/**
 * One possible pair per pair of groups (a singleton is its own group): deciding that pair decides
 * the groups, so the others would only repeat the question. The strongest pair is kept.
 */
function bestPerGroupPair(possible: readonly PairVerdict[], groupOf: (id: string) => number): PairVerdict[] {
  const best = new Map<string, PairVerdict>();
  for (const v of possible) {
    const ga = groupOf(v.a);
    const gb = groupOf(v.b);
    const ka = ga >= 0 ? `g${ga}` : v.a;
    const kb = gb >= 0 ? `g${gb}` : v.b;
    const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
    const cur = best.get(key);
    if (!cur || v.score > cur.score || (v.score === cur.score && byPair(v, cur) < 0)) best.set(key, v);
  }
  return [...best.values()];
}

/**
 * A title that heads records of three or more different years (or of three first authors and two
 * years) in this set is a
 * recurring title (a column such as "Reminiscences on influential papers", an annual "Editor's
 * comments"): it identifies nothing alone, so it is treated as generic for every record that has
 * it. `compareRecords` sees two records only and cannot know this.
 */
export function markRecurringTitles(prepared: readonly PreparedRecord[]): PreparedRecord[] {
  const seen = new Map<string, { years: Set<number>; firsts: Set<string> }>();
  for (const p of prepared) {
    if (!p.title || p.title.generic) continue;
    let s = seen.get(p.title.key);
    if (!s) {
      s = { years: new Set(), firsts: new Set() };
      seen.set(p.title.key, s);
    }
    if (p.year !== undefined) s.years.add(p.year);
    const first = p.authors.surnames[0];
    if (first !== undefined) s.firsts.add(first);
  }
  const recurring = new Set<string>();
  // First authors alone are not enough: one paper's records can name three different first
  // authors when names are inverted ("Kim Y T" / "Young T K"); a column also spans years.
  for (const [key, s] of seen) if (s.years.size >= 3 || (s.firsts.size >= 3 && s.years.size >= 2)) recurring.add(key);
  if (recurring.size === 0) return [...prepared];
  return prepared.map((p) => (p.title && recurring.has(p.title.key) ? { ...p, title: { ...p.title, generic: true } } : p));
}
