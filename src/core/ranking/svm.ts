import { examplesOf, type DualModel, type TrainingSet, type TrainOptions } from './linear-model.js';
import { createRandom, shuffled } from './random.js';
import type { SparseMatrix } from './sparse.js';

/**
 * Linear SVM with L2 regularisation, trained by dual coordinate descent (Hsieh et al. 2008; liblinear's
 * L2R_L2LOSS_SVC_DUAL and L2R_L1LOSS_SVC_DUAL):
 *   min_w ½‖w‖² + Σ_i C_i max(0, 1 − y_i (w·x_i + b))^p,  p = 2 (squared hinge) or 1 (hinge)
 * The bias is an extra constant feature (value 1), regularised like the others, as in liblinear and
 * sklearn's LinearSVC. Coordinates are visited in a seeded random order, so the result is a pure
 * function of the inputs. Dual CD needs only row dot products and row additions, which is what makes
 * retraining from scratch after every decision affordable.
 */
export function trainLinearSvm(
  matrix: SparseMatrix,
  set: TrainingSet,
  options: TrainOptions,
  loss: 'squared-hinge' | 'hinge' = 'squared-hinge',
): DualModel {
  const weights = new Float64Array(matrix.cols);
  const examples = examplesOf(matrix, set, weights);
  const n = examples.count;
  let bias = 0;
  if (n === 0) return { weights, bias, dual: new Float64Array(0) };
  const alpha = new Float64Array(n);
  const diag = new Float64Array(n);
  const qii = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    // Squared hinge: no upper bound, a diagonal term 1/(2C_i). Hinge: box [0, C_i], no diagonal.
    diag[i] = loss === 'hinge' ? 0 : 1 / (2 * options.c * examples.cost(i));
    upper[i] = loss === 'hinge' ? options.c * examples.cost(i) : Infinity;
    qii[i] = examples.norm2(i) + 1 + diag[i]!;
    const warm = options.warm?.[i];
    if (warm !== undefined && !Number.isNaN(warm) && warm > 0) {
      alpha[i] = Math.min(warm, upper[i]!);
      const step = alpha[i]! * examples.sign(i);
      examples.add(i, step);
      bias += step;
    }
  }
  const random = createRandom(options.seed, 11);
  const positions = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < options.maxEpochs; epoch += 1) {
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of shuffled(positions, random)) {
      const y = examples.sign(i);
      const gradient = y * (examples.dot(i) + bias) - 1 + diag[i]! * alpha[i]!;
      const projected =
        alpha[i] === 0 ? Math.min(gradient, 0) : alpha[i] === upper[i] ? Math.max(gradient, 0) : gradient;
      if (projected > maxPg) maxPg = projected;
      if (projected < minPg) minPg = projected;
      if (projected === 0) continue;
      const old = alpha[i]!;
      const next = Math.min(Math.max(old - gradient / qii[i]!, 0), upper[i]!);
      alpha[i] = next;
      const step = (next - old) * y;
      if (step !== 0) {
        examples.add(i, step);
        bias += step;
      }
    }
    if (maxPg - minPg < options.tolerance) break;
  }
  return { weights, bias, dual: alpha };
}
