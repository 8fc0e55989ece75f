/**
 * The query strategy: maximum relevance. Records are taken best score first; equal scores go by id
 * (code-unit order, which unlike localeCompare is the same everywhere), so an order never depends
 * on the order the records were loaded in or on the platform.
 */
export function rankRows(scores: Float64Array, ids: readonly string[], skip: Uint8Array): number[] {
  const rows: number[] = [];
  for (let r = 0; r < scores.length; r += 1) if (skip[r] === 0) rows.push(r);
  rows.sort((a, b) => {
    const diff = scores[b]! - scores[a]!;
    if (diff !== 0) return diff;
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return rows;
}

/**
 * The first `k` rows of `rankRows` without sorting everything: a simulation that refits after
 * every decision only ever needs the best one or few.
 */
export function topRows(scores: Float64Array, ids: readonly string[], skip: Uint8Array, k: number): number[] {
  if (k > 64) return rankRows(scores, ids, skip).slice(0, k);
  const better = (a: number, b: number): boolean =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  const top: number[] = [];
  for (let r = 0; r < scores.length; r += 1) {
    if (skip[r] !== 0) continue;
    if (top.length === k && !better(r, top[k - 1]!)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && better(r, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i -= 1;
    }
    top[i] = r;
  }
  return top;
}
