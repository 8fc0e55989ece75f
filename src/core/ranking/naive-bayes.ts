import type { LinearModel, TrainingSet } from './linear-model.js';
import type { SparseMatrix } from './sparse.js';

/** A trained naive Bayes and, when asked for, the leave-one-out scores of the training rows asked for. */
export type NaiveBayesModel = LinearModel & Readonly<{ leaveOneOut?: Float64Array }>;

/**
 * Multinomial naive Bayes over TF-IDF weights (the model behind ASReview's default), written as the
 * linear scorer it is: score(x) = Σ_j x_j (ln θ_inc,j − ln θ_exc,j) + ln(P(inc)/P(exc)), with
 * θ_c,j = (F_c,j + α) / (F_c + α·V) and F_c,j the cost-weighted feature mass of class c.
 * `extraExcludeMass`, when given, is added to the exclude class's mass (used for presumptive
 * excludes drawn from the whole unscreened pool at once).
 *
 * With `leaveOneOut` (positions in `set.rows`), also the score each of those training rows gets from
 * the model trained without it (its cost-weighted mass and cost taken out of its class, the class
 * costs of the others unchanged), in the order given. For naive Bayes this is exact and cheap:
 * O(non-zeros of those rows) on top of the fit.
 */
export function trainNaiveBayes(
  matrix: SparseMatrix,
  set: TrainingSet,
  alpha: number,
  extraExcludeMass?: Readonly<{ mass: Float64Array; weight: number }>,
  leaveOneOut?: ArrayLike<number>,
): NaiveBayesModel {
  const v = matrix.cols;
  const inc = new Float64Array(v);
  const exc = new Float64Array(v);
  let incDocs = 0;
  let excDocs = 0;
  const { indptr, indices, values } = matrix;
  for (let i = 0; i < set.rows.length; i += 1) {
    const row = set.rows[i]!;
    const cost = set.costs[i]!;
    const target = set.signs[i]! > 0 ? inc : exc;
    if (set.signs[i]! > 0) incDocs += cost;
    else excDocs += cost;
    for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) target[indices[k]!]! += cost * values[k]!;
  }
  if (extraExcludeMass !== undefined) {
    for (let j = 0; j < v; j += 1) exc[j]! += extraExcludeMass.weight * extraExcludeMass.mass[j]!;
  }
  let incTotal = 0;
  let excTotal = 0;
  for (let j = 0; j < v; j += 1) {
    incTotal += inc[j]!;
    excTotal += exc[j]!;
  }
  const smoothing = alpha * v;
  const incNorm = Math.log(incTotal + smoothing);
  const excNorm = Math.log(excTotal + smoothing);
  const weights = new Float64Array(v);
  // The log-probabilities of each class, kept for leave-one-out (where the other class's are reused).
  const incLog = leaveOneOut ? new Float64Array(v) : undefined;
  const excLog = leaveOneOut ? new Float64Array(v) : undefined;
  for (let j = 0; j < v; j += 1) {
    const a = Math.log(inc[j]! + alpha) - incNorm;
    const b = Math.log(exc[j]! + alpha) - excNorm;
    weights[j] = a - b;
    if (incLog !== undefined) {
      incLog[j] = a;
      excLog![j] = b;
    }
  }
  const prior = (includes: number, excludes: number): number =>
    includes > 0 && excludes > 0 ? Math.log(includes / excludes) : 0;
  const bias = prior(incDocs, excDocs);
  if (!leaveOneOut) return { weights, bias };

  const scores = new Float64Array(leaveOneOut.length);
  for (let n = 0; n < leaveOneOut.length; n += 1) {
    const i = leaveOneOut[n]!;
    const row = set.rows[i]!;
    const cost = set.costs[i]!;
    const include = set.signs[i]! > 0;
    let mass = 0;
    for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) mass += values[k]!;
    // Only the row's own class changes when it is left out; the other class's log-probabilities are
    // the model's own (one logarithm per non-zero instead of two).
    const own = include ? inc : exc;
    const other = include ? excLog! : incLog!;
    const ownNorm = Math.log(Math.max((include ? incTotal : excTotal) - cost * mass, 0) + smoothing);
    let score = 0;
    for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) {
      const j = indices[k]!;
      const x = values[k]!;
      const difference = Math.log(Math.max(own[j]! - cost * x, 0) + alpha) - ownNorm - other[j]!;
      score += include ? x * difference : -x * difference;
    }
    scores[n] = score + (include ? prior(incDocs - cost, excDocs) : prior(incDocs, excDocs - cost));
  }
  return { weights, bias, leaveOneOut: scores };
}
