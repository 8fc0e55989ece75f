/**
 * Screening metrics computed exactly as ASReview Insights computes them (asreview-insights,
 * `algorithms.py` and `metrics.py`), so our figures can be set beside published ones. All of them
 * take the labels in the order the records were screened (1 = include). The simulation passes the
 * order *without* the prior-knowledge records, as Insights does by default (`priors=False`).
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
