/**
 * Screening metrics. All of them take the labels in the order the records were screened (1 = include).
 * Three readings are in use, and a figure means little unless it is set beside one read the same way:
 * - REFERENCE.md's, which the simulation reports first (`workSavedAt`, `recallAfter`): the whole
 *   order, the prior-knowledge records included, and a level is reached when at least that share is
 *   found or screened. It is how the reference figures of the shared sets read (see ADR 0005).
 * - ASReview Insights' (`workSavedOverSampling`, `recallAt`, `averageTimeToDiscovery`; asreview-insights,
 *   `algorithms.py` and `metrics.py`), on the order *without* the priors (`priors=False`), as recent
 *   ASReview papers report them; kept beside the first.
 * - ASReview 0.x's (`legacy*`), on the mean curve of several runs, as Ferdinands et al. (2023) report.
 */
export type LabelSequence = ArrayLike<number>;

/** numpy's `round`: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

function countIncludes(labels: LabelSequence): number {
  let n = 0;
  for (let i = 0; i < labels.length; i += 1) n += labels[i] === 1 ? 1 : 0;
  return n;
}

/**
 * Work saved over sampling at recall `level` (0.95 for WSS@95). For the k-th include, Insights
 * compares the position where it was found with the position where random screening finds it
 * (the rounded diagonal `round(linspace(0, includes, n))`) and divides the difference by n; WSS@level
 * is that value for the largest k with k / includes ≤ level (so with 30 includes, WSS@95 is read
 * at the 28th include, floor(28.5)), or for the last include when even k = 1 is above the level.
 * This is ≈ (share not yet screened when that include is found) − (1 − level).
 * NaN when there is no include.
 */
export function workSavedOverSampling(labels: LabelSequence, level: number): number {
  const n = labels.length;
  const includes = countIncludes(labels);
  if (includes === 0 || n === 0) return Number.NaN;
  let k = 0;
  for (let j = 1; j <= includes; j += 1) if (j / includes <= level) k = j;
  if (k === 0) k = includes;
  let found = 0;
  let whenFound = n;
  for (let i = 0; i < n; i += 1) {
    found += labels[i] === 1 ? 1 : 0;
    if (found >= k) {
      whenFound = i;
      break;
    }
  }
  const step = n > 1 ? includes / (n - 1) : 0;
  let whenRandom = n;
  for (let j = 0; j < n; j += 1) {
    const value = j === n - 1 && n > 1 ? includes : roundHalfEven(j * step);
    if (value >= k) {
      whenRandom = j;
      break;
    }
  }
  return (whenRandom - whenFound) / n;
}

/**
 * Recall after screening a share `fraction` of the records: the share of includes found among the
 * first floor(fraction · n) records (Insights reads the last point with i / n ≤ fraction); 0 when that
 * is no record at all. NaN when there is no include.
 */
export function recallAt(labels: LabelSequence, fraction: number): number {
  const n = labels.length;
  const includes = countIncludes(labels);
  if (includes === 0 || n === 0) return Number.NaN;
  let screened = 0;
  for (let i = 1; i <= n; i += 1) if (i / n <= fraction) screened = i;
  let found = 0;
  for (let i = 0; i < screened; i += 1) found += labels[i] === 1 ? 1 : 0;
  return found / includes;
}

/**
 * WSS at recall `level` as REFERENCE.md defines it: the share of records not yet screened when
 * ⌈level · includes⌉ includes have been found, minus (1 − level). With 16 includes WSS@95 waits for
 * the 16th (15.2 rounded up), where Insights' reading takes the 15th: on a set with few includes the
 * last, most unusual include decides it. NaN when there is no include.
 */
export function workSavedAt(labels: LabelSequence, level: number): number {
  const n = labels.length;
  const includes = countIncludes(labels);
  if (includes === 0 || n === 0) return Number.NaN;
  // The epsilon keeps 0.95 · 20 = 19 (not 19.000000000000004, which would round up to 20).
  const needed = Math.max(1, Math.ceil(level * includes - 1e-9));
  let found = 0;
  for (let i = 0; i < n; i += 1) {
    found += labels[i] === 1 ? 1 : 0;
    if (found >= needed) return (n - (i + 1)) / n - (1 - level);
  }
  return Number.NaN;
}

/**
 * Recall after screening a share `fraction` as REFERENCE.md defines it: the share of includes found
 * once at least that share of the records is screened, i.e. among the first ⌈fraction · n⌉. NaN when
 * there is no include.
 */
export function recallAfter(labels: LabelSequence, fraction: number): number {
  const n = labels.length;
  const includes = countIncludes(labels);
  if (includes === 0 || n === 0) return Number.NaN;
  const screened = Math.min(n, Math.ceil(fraction * n - 1e-9));
  let found = 0;
  for (let i = 0; i < screened; i += 1) found += labels[i] === 1 ? 1 : 0;
  return found / includes;
}

/**
 * Average time to discovery (Ferdinands et al. 2023; Insights' `atd`): the mean, over the includes,
 * of the number of records screened up to and including the one where the include was found.
 * NaN when there is no include. Divide by n for the normalised ATD.
 */
export function averageTimeToDiscovery(labels: LabelSequence): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < labels.length; i += 1) {
    if (labels[i] === 1) {
      sum += i + 1;
      count += 1;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

/**
 * WSS as ASReview computed it up to version 0.x (`asreview.analysis.Analysis.wss`, which the
 * asreview-statistics extension called and Ferdinands et al. 2023 report): the inclusion curves of
 * the runs (priors left out) are averaged record by record; at the first record where the mean
 * recall reaches `level`, WSS = that recall − the share of records screened so far. Unlike Insights'
 * WSS (workSavedOverSampling), the recall actually reached counts: with 39 includes, WSS@95 is read
 * when 38 are found (38/39 ≈ 0.974), as 0.974 − share screened. Every run must screen the same
 * number of records with the same includes. NaN when there is no run or no include.
 */
export function legacyWorkSavedOverSampling(runs: readonly LabelSequence[], level: number): number {
  const mean = meanRecallCurve(runs);
  for (let i = 0; i < mean.length; i += 1) if (mean[i]! >= level - 1e-6) return mean[i]! - (i + 1) / mean.length;
  return Number.NaN;
}

/**
 * Recall after screening a share `fraction` as ASReview 0.x computed it (`Analysis.rrf`, "relevant
 * references found"): the mean recall over the runs at the first record where the share screened
 * reaches `fraction` (so after ⌈fraction · n⌉ records, where Insights reads ⌊fraction · n⌋).
 */
export function legacyRecallAt(runs: readonly LabelSequence[], fraction: number): number {
  const mean = meanRecallCurve(runs);
  for (let i = 0; i < mean.length; i += 1) if ((i + 1) / mean.length >= fraction - 1e-6) return mean[i]!;
  return Number.NaN;
}

/** Mean recall after 1, 2, … n records over runs of equal length and equal includes (empty when none). */
function meanRecallCurve(runs: readonly LabelSequence[]): Float64Array {
  if (runs.length === 0) return new Float64Array(0);
  const n = runs[0]!.length;
  const includes = countIncludes(runs[0]!);
  if (includes === 0) return new Float64Array(0);
  const mean = new Float64Array(n);
  for (const labels of runs) {
    if (labels.length !== n || countIncludes(labels) !== includes) {
      throw new RangeError('Every run must screen the same records.');
    }
    let found = 0;
    for (let i = 0; i < n; i += 1) {
      found += labels[i] === 1 ? 1 : 0;
      mean[i]! += found / includes / runs.length;
    }
  }
  return mean;
}

/**
 * Area under the ROC curve: the chance that a random include (`labels` 1) scores above a random
 * exclude, ties counting half (Mann–Whitney). NaN without an include or without an exclude.
 */
export function rocAuc(scores: ArrayLike<number>, labels: LabelSequence): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let includes = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j += 1;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      if (labels[order[k]!] === 1) {
        includes += 1;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const excludes = order.length - includes;
  if (includes === 0 || excludes === 0) return Number.NaN;
  return (rankSum - (includes * (includes + 1)) / 2) / (includes * excludes);
}

/** Includes found after k records screened, for k = 0 … n (so the curve has n + 1 points). */
export function discoveryCurve(labels: LabelSequence): number[] {
  const curve = [0];
  let found = 0;
  for (let i = 0; i < labels.length; i += 1) {
    found += labels[i] === 1 ? 1 : 0;
    curve.push(found);
  }
  return curve;
}
