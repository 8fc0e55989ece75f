import type { LinearModel, TrainingSet } from './linear-model.js';
import type { SparseMatrix } from './sparse.js';

/** A trained naive Bayes and, when asked for, the leave-one-out scores of the training rows asked for. */
export type NaiveBayesModel = LinearModel & Readonly<{ leaveOneOut?: Float64Array }>;

/**
 * What a naive Bayes fit counts before any logarithm: the cost-weighted feature mass of each class
 * per column, the classes' total masses and their cost-weighted numbers of documents. Separate from
 * the weights so that variants can be judged (leave-one-out) from their counts alone and only the
 * chosen one pays for the weights of every column.
 */
export type NaiveBayesCounts = Readonly<{
  inc: Float64Array;
  exc: Float64Array;
  incTotal: number;
  excTotal: number;
  incDocs: number;
  excDocs: number;
}>;

/**
 * Counts the training set's mass per class. `extraExcludeMass`, when given, is added to the exclude
 * class's mass (presumptive excludes drawn from the whole unscreened pool at once).
 */
export function naiveBayesCounts(
  matrix: SparseMatrix,
  set: TrainingSet,
  extraExcludeMass?: Readonly<{ mass: Float64Array; weight: number }>,
): NaiveBayesCounts {
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
  return { inc, exc, incTotal, excTotal, incDocs, excDocs };
}

const prior = (includes: number, excludes: number): number =>
  includes > 0 && excludes > 0 ? Math.log(includes / excludes) : 0;

/**
 * The naive Bayes scorer of the counts, a linear model: score(x) = Σ_j x_j (ln θ_inc,j − ln θ_exc,j)
 * + ln(P(inc)/P(exc)), with θ_c,j = (F_c,j + α) / (F_c + α·V).
 */
export function naiveBayesWeights(counts: NaiveBayesCounts, alpha: number): LinearModel {
  const { inc, exc } = counts;
  const v = inc.length;
  const incNorm = Math.log(counts.incTotal + alpha * v);
  const excNorm = Math.log(counts.excTotal + alpha * v);
  // Most columns have no mass in one class or both (the includes are few): their logarithm is that of
  // α alone, computed once. The same value, so the same weights, at a fraction of the logarithms.
  const empty = Math.log(alpha);
  const weights = new Float64Array(v);
  for (let j = 0; j < v; j += 1) {
    const a = (inc[j] === 0 ? empty : Math.log(inc[j]! + alpha)) - incNorm;
    const b = (exc[j] === 0 ? empty : Math.log(exc[j]! + alpha)) - excNorm;
    weights[j] = a - b;
  }
  return { weights, bias: prior(counts.incDocs, counts.excDocs) };
}

/**
 * For the training rows at `positions` (indices into `set.rows`), the score each gets from the model
 * trained without it (its cost-weighted mass and cost taken out of its class, the class costs of the
 * others unchanged), in the order given. For naive Bayes this is exact and cheap: O(non-zeros of those
 * rows), no pass over the whole vocabulary.
 */
export function leaveOneOutScores(
  matrix: SparseMatrix,
  set: TrainingSet,
  counts: NaiveBayesCounts,
  alpha: number,
  positions: ArrayLike<number>,
): Float64Array {
  const { indptr, indices, values } = matrix;
  const smoothing = alpha * counts.inc.length;
  const incNorm = Math.log(counts.incTotal + smoothing);
  const excNorm = Math.log(counts.excTotal + smoothing);
  const scores = new Float64Array(positions.length);
  for (let n = 0; n < positions.length; n += 1) {
    const i = positions[n]!;
    const row = set.rows[i]!;
    const cost = set.costs[i]!;
    const include = set.signs[i]! > 0;
    let mass = 0;
    for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) mass += values[k]!;
    // Only the row's own class changes when it is left out; the other class is the model's own.
    const own = include ? counts.inc : counts.exc;
    const other = include ? counts.exc : counts.inc;
    const otherNorm = include ? excNorm : incNorm;
    const ownNorm = Math.log(Math.max((include ? counts.incTotal : counts.excTotal) - cost * mass, 0) + smoothing);
    let score = 0;
    for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) {
      const j = indices[k]!;
      const x = values[k]!;
      const difference = Math.log(Math.max(own[j]! - cost * x, 0) + alpha) - ownNorm - (Math.log(other[j]! + alpha) - otherNorm);
      score += include ? x * difference : -x * difference;
    }
    const { incDocs, excDocs } = counts;
    scores[n] = score + (include ? prior(incDocs - cost, excDocs) : prior(incDocs, excDocs - cost));
  }
  return scores;
}

/**
 * Multinomial naive Bayes over TF-IDF weights (the model behind ASReview's default): the counts and
 * the weights above in one call, with `leaveOneOut` (positions in `set.rows`) also the leave-one-out
 * scores of those rows.
 */
export function trainNaiveBayes(
  matrix: SparseMatrix,
  set: TrainingSet,
  alpha: number,
  extraExcludeMass?: Readonly<{ mass: Float64Array; weight: number }>,
  leaveOneOut?: ArrayLike<number>,
): NaiveBayesModel {
  const counts = naiveBayesCounts(matrix, set, extraExcludeMass);
  const model = naiveBayesWeights(counts, alpha);
  if (leaveOneOut === undefined) return model;
  return { ...model, leaveOneOut: leaveOneOutScores(matrix, set, counts, alpha, leaveOneOut) };
}
