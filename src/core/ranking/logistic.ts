import type { LinearModel, TrainingSet, TrainOptions } from './linear-model.js';
import { createRandom, shuffled } from './random.js';
import { addRow, dotRow, squaredNorm, type SparseMatrix } from './sparse.js';

/**
 * L2-regularised logistic regression trained by dual coordinate descent (Yu, Huang & Lin 2011;
 * liblinear's L2R_LR_DUAL):
 *   min_w ½‖w‖² + Σ_i C_i log(1 + exp(−y_i (w·x_i + b)))
 * Each dual coordinate α_i ∈ (0, C_i) solves a one-dimensional convex problem whose derivative
 *   h(u) = Q_ii (u − α_i) + y_i (w·x_i + b) + ln(u / (C_i − u))
 * is strictly increasing from −∞ to +∞, so a Newton iteration safeguarded by bisection always finds
 * its root. The bias is a regularised constant feature, as in liblinear.
 */
export function trainLogistic(matrix: SparseMatrix, set: TrainingSet, options: TrainOptions): LinearModel {
  const n = set.rows.length;
  const weights = new Float64Array(matrix.cols);
  let bias = 0;
  if (n === 0) return { weights, bias };
  const alpha = new Float64Array(n);
  const cost = new Float64Array(n);
  const qii = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    cost[i] = options.c * set.costs[i]!;
    // liblinear's start: small and strictly inside (0, C).
    alpha[i] = Math.min(0.001 * cost[i]!, 1e-8);
    qii[i] = squaredNorm(matrix, set.rows[i]!) + 1;
    const step = alpha[i]! * set.signs[i]!;
    addRow(matrix, set.rows[i]!, step, weights);
    bias += step;
  }
  const random = createRandom(options.seed, 13);
  const positions = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < options.maxEpochs; epoch += 1) {
    let worst = 0;
    for (const i of shuffled(positions, random)) {
      const row = set.rows[i]!;
      const y = set.signs[i]!;
      const c = cost[i]!;
      const a = qii[i]!;
      const old = alpha[i]!;
      const margin = y * (dotRow(matrix, row, weights) + bias);
      const h = (u: number): number => a * (u - old) + margin + Math.log(u / (c - u));
      const atOld = h(old);
      if (Math.abs(atOld) > worst) worst = Math.abs(atOld);
      if (Math.abs(atOld) < 1e-12) continue;
      let lo = 0;
      let hi = c;
      let u = old;
      for (let iter = 0; iter < 50; iter += 1) {
        const value = h(u);
        if (value > 0) hi = u;
        else lo = u;
        const newton = u - value / (a + c / (u * (c - u)));
        const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
        if (Math.abs(next - u) <= 1e-12 * c) {
          u = next;
          break;
        }
        u = next;
      }
      // Keep strictly inside the open interval, where the entropy terms are defined.
      u = Math.min(Math.max(u, 1e-300), c * (1 - 1e-15));
      alpha[i] = u;
      const step = (u - old) * y;
      if (step !== 0) {
        addRow(matrix, row, step, weights);
        bias += step;
      }
    }
    if (worst < options.tolerance) break;
  }
  return { weights, bias };
}
