import type { LinearModel, TrainingSet } from './linear-model.js';
import type { SparseMatrix } from './sparse.js';

/**
 * Multinomial naive Bayes over TF-IDF weights (the model behind ASReview's default), written as the
 * linear scorer it is: score(x) = Σ_j x_j (ln θ_inc,j − ln θ_exc,j) + ln(P(inc)/P(exc)), with
 * θ_c,j = (F_c,j + α) / (F_c + α·V) and F_c,j the cost-weighted feature mass of class c.
 * `extraExcludeMass`, when given, is added to the exclude class's mass (used for presumptive
 * excludes drawn from the whole unscreened pool at once).
 */
export function trainNaiveBayes(
  matrix: SparseMatrix,
  set: TrainingSet,
  alpha: number,
  extraExcludeMass?: Readonly<{ mass: Float64Array; weight: number }>,
): LinearModel {
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
  const incNorm = Math.log(incTotal + alpha * v);
  const excNorm = Math.log(excTotal + alpha * v);
  const weights = new Float64Array(v);
  for (let j = 0; j < v; j += 1) {
    weights[j] = Math.log(inc[j]! + alpha) - incNorm - (Math.log(exc[j]! + alpha) - excNorm);
  }
  const bias = incDocs > 0 && excDocs > 0 ? Math.log(incDocs / excDocs) : 0;
  return { weights, bias };
}
