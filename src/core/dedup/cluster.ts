/**
 * Clustering of duplicate pairs into groups with a guarded union-find. Plain transitive closure
 * chains errors: A~B and B~C would merge A and C even when A and C are clearly different works
 * (different DOIs, years far apart). Here two groups are joined only if no member of one is
 * judged `distinct` from a member of the other (a complete-link check on conflicts); the
 * strongest links are applied first so that the best-supported groups form before weaker ones.
 */
import type { PairVerdict } from './types.js';

export type ClusterInput = Readonly<{
  /** Number of records; records are 0..n-1. */
  size: number;
  /** Duplicate verdicts with the indices of their two records. */
  links: readonly Readonly<{ i: number; j: number; verdict: PairVerdict }>[];
  /** Verdict for any pair of records, used to check the members of two groups before joining. */
  judge: (i: number, j: number) => PairVerdict;
}>;

export type ClusterOutput = Readonly<{
  /** Groups of two or more record indices, ascending. */
  groups: readonly (readonly number[])[];
  /** The links that joined groups (a spanning set). */
  used: readonly PairVerdict[];
  /** Duplicate links refused because the groups they would join hold a conflicting pair. */
  refused: readonly Readonly<{ verdict: PairVerdict; conflict: PairVerdict }>[];
}>;

/**
 * Two records conflict when they are distinct and something says they are different works: a guard
 * (an erratum, another part, years apart…), one piece of evidence strong enough on its own
 * (different DOIs or PMIDs, clearly different titles), or evidence negative on balance. A pair that
 * is merely too sparse to call (a record with few fields) does not block a group formed by stronger
 * links.
 */
export function isConflict(v: PairVerdict): boolean {
  return v.class === 'distinct' && (v.rule !== 'score' || v.score < 0 || v.evidence.some((e) => e.weight <= -8));
}

/** Order links strongest first, ties broken by ids, so the result never depends on input order. */
function compareLinks(x: PairVerdict, y: PairVerdict): number {
  if (x.score !== y.score) return y.score - x.score;
  if (x.a !== y.a) return x.a < y.a ? -1 : 1;
  return x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}

/** Group records by guarded union-find over duplicate links. */
export function clusterLinks(input: ClusterInput): ClusterOutput {
  const parent = new Int32Array(input.size);
  for (let i = 0; i < input.size; i++) parent[i] = i;
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    let c = x;
    while (parent[c] !== r) {
      const next = parent[c] ?? r;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const groupOf = (root: number): number[] => members.get(root) ?? [root];

  const used: PairVerdict[] = [];
  const refused: { verdict: PairVerdict; conflict: PairVerdict }[] = [];
  const ordered = [...input.links].sort((x, y) => compareLinks(x.verdict, y.verdict));
  for (const link of ordered) {
    const ri = find(link.i);
    const rj = find(link.j);
    if (ri === rj) continue;
    const gi = groupOf(ri);
    const gj = groupOf(rj);
    let conflict: PairVerdict | undefined;
    outer: for (const x of gi) {
      for (const y of gj) {
        if ((x === link.i && y === link.j) || (x === link.j && y === link.i)) continue;
        const v = input.judge(x, y);
        if (isConflict(v)) {
          conflict = v;
          break outer;
        }
      }
    }
    if (conflict) {
      refused.push({ verdict: link.verdict, conflict });
      continue;
    }
    // union by size keeps find() shallow
    const [big, small] = gi.length >= gj.length ? [ri, rj] : [rj, ri];
    parent[small] = big;
    const merged = [...groupOf(big), ...groupOf(small)];
    members.delete(small);
    members.set(big, merged);
    used.push(link.verdict);
  }
  const groups = [...members.values()].map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  return { groups, used, refused };
}
