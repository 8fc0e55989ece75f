/**
 * The de-duplication pipeline: prepare keys → block → score candidate pairs → guarded clustering.
 * Pure and deterministic: the same records give the same result in any input order.
 */
import { AppError } from '../errors.js';
import { candidatePairs, type BlockingStats } from './blocking.js';
import { clusterLinks } from './cluster.js';
import { newPrepareCache, prepareRecord, type PreparedRecord } from './prepare.js';
import { comparePrepared } from './score.js';
import { learnVenueAliases } from './venue-aliases.js';
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
  const marked = prepareSet(records);
  const t1 = now?.() ?? 0;
  const { pairs, stats } = candidatePairs(marked, o.maxBlockSize);
  const prepared = learnVenueAliases(marked, pairs);
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

/**
 * The records in id order (nothing below may depend on the input order), prepared, with what the
 * set tells about their titles (recurring columns, generic titles' peers).
 */
function prepareSet(records: readonly DedupRecord[]): readonly PreparedRecord[] {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.id === sorted[i - 1]?.id) {
      throw new AppError('INVALID_ARGUMENT', `Record id "${sorted[i]?.id ?? ''}" appears more than once.`, { id: sorted[i]?.id });
    }
  }
  const cache = newPrepareCache();
  return markGenericPeers(markRecurringTitles(sorted.map((r) => prepareRecord(r, cache))));
}

/**
 * Compare any two records of a set as `deduplicate` does, with what the set tells (recurring
 * titles, generic titles' peers, meeting names learnt from it): the explanation of a pair that
 * `deduplicate` did or did not merge. `compareRecords` sees two records only.
 *
 * @example
 * const explain = compareInSet(records);
 * explain('r1', 'r7').evidence; // why r1 and r7 are (not) one work
 */
export function compareInSet(records: readonly DedupRecord[], options?: DedupOptions): (a: string, b: string) => PairVerdict {
  const o = resolveOptions(options);
  const marked = prepareSet(records);
  const prepared = learnVenueAliases(marked, candidatePairs(marked, o.maxBlockSize).pairs);
  const index = new Map(prepared.map((p, i) => [p.id, i]));
  return (a, b) => {
    const p = prepared[index.get(a) ?? -1];
    const q = prepared[index.get(b) ?? -1];
    if (!p || !q) throw new AppError('INVALID_ARGUMENT', `Record id "${p ? b : a}" is not in the set.`, { id: p ? b : a });
    return comparePrepared(p, q, o);
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
  const seen = new Map<string, { years: Set<number>; members: PreparedRecord[] }>();
  for (const p of prepared) {
    if (!p.title || p.title.generic) continue;
    let s = seen.get(p.title.key);
    if (!s) {
      s = { years: new Set(), members: [] };
      seen.set(p.title.key, s);
    }
    if (p.year !== undefined) s.years.add(p.year);
    s.members.push(p);
  }
  const recurring = new Set<string>();
  // Different first authors alone are not enough: one paper's records can name different first
  // authors when names are inverted ("Kim Y T" / "Young T K") or a database lists the authors in
  // another order, and a conference paper and its journal version span two years with one author
  // list. A column is written by different people: count teams, records sharing no author.
  for (const [key, s] of seen) {
    if (s.years.size >= 3 || (s.years.size >= 2 && s.members.length >= 3 && authorTeams(s.members) >= 3)) recurring.add(key);
  }
  if (recurring.size === 0) return [...prepared];
  return prepared.map((p) => (p.title && recurring.has(p.title.key) ? { ...p, title: { ...p.title, generic: true } } : p));
}

/** Above this many records with one title, they are not told apart by author (see `authorTeams`, `markGenericPeers`). */
const maxTeamMembers = 64;

/**
 * How many teams wrote the records: records sharing an author (or a first author) are one team.
 * Records without authors count as one team each. Above `maxTeamMembers` records the title is
 * common enough to count as recurring whoever wrote it.
 */
function authorTeams(members: readonly PreparedRecord[]): number {
  const n = members.length;
  if (n > maxTeamMembers) return n;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < n; i++) {
    const a = members[i]?.authors;
    if (!a || a.surnames.length === 0) continue;
    for (let j = i + 1; j < n; j++) {
      const b = members[j]?.authors;
      if (!b || b.surnames.length === 0 || find(i) === find(j)) continue;
      if (a.surnames.some((s) => b.bag.includes(s)) || b.surnames.some((s) => a.bag.includes(s))) parent[find(j)] = find(i);
    }
  }
  let teams = 0;
  for (let i = 0; i < n; i++) if (find(i) === i) teams++;
  return teams;
}

const shareAuthor = (a: PreparedRecord, b: PreparedRecord): boolean =>
  a.authors.surnames.some((s) => b.authors.bag.includes(s)) || b.authors.surnames.some((s) => a.authors.bag.includes(s));

/**
 * For every record with a generic title, count the other records of the set with the same title,
 * the same year and an author in common. Two such records with no third one are the only item of
 * that title by those authors that year: the title, generic as it is, then names one item (see the
 * `generic-title` guard). Records without authors or year are left uncounted.
 */
export function markGenericPeers(prepared: readonly PreparedRecord[]): PreparedRecord[] {
  const groups = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (!p.title?.generic || p.year === undefined || p.authors.surnames.length === 0) return;
    const key = `${p.title.key}\u0000${p.year}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  if (groups.size === 0) return [...prepared];
  const peers = new Map<number, number>();
  for (const g of groups.values()) {
    for (const i of g) {
      if (g.length > maxTeamMembers) {
        peers.set(i, g.length - 1);
        continue;
      }
      const p = prepared[i];
      let n = 0;
      for (const j of g) {
        const q = prepared[j];
        if (j !== i && p && q && shareAuthor(p, q)) n++;
      }
      peers.set(i, n);
    }
  }
  return prepared.map((p, i) => {
    const n = peers.get(i);
    return n === undefined ? p : { ...p, genericPeers: n };
  });
}
