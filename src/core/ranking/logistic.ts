import { examplesOf, type DualModel, type TrainingSet, type TrainOptions } from './linear-model.js';
import { createRandom, shuffled } from './random.js';
import type { SparseMatrix } from './sparse.js';

/**
 * The root of h(u) = a (u − old) + margin + ln(u / (c − u)) on (0, c): h is strictly increasing
 * from −∞ to +∞, so Newton's method safeguarded by bisection always converges.
 */
function solveCoordinate(a: number, old: number, margin: number, c: number): number {
  let lo = 0;
  let hi = c;
  let u = old;
  for (let iter = 0; iter < 30; iter += 1) {
    const value = a * (u - old) + margin + Math.log(u / (c - u));
    if (value > 0) hi = u;
    else lo = u;
    const newton = u - value / (a + c / (u * (c - u)));
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    const done = Math.abs(next - u) <= 1e-10 * c;
    u = next;
    if (done) break;
  }
  // Keep strictly inside the open interval, where the entropy terms are defined.
  return Math.min(Math.max(u, 1e-300), c * (1 - 1e-15));
}

/**
 * L2-regularised logistic regression trained by dual coordinate descent (Yu, Huang & Lin 2011;
 * liblinear's L2R_LR_DUAL):
 *   min_w ½‖w‖² + Σ_i C_i log(1 + exp(−y_i (w·x_i + b)))
 * Each dual coordinate α_i ∈ (0, C_i) solves a one-dimensional convex problem whose derivative
 *   h(u) = Q_ii (u − α_i) + y_i (w·x_i + b) + ln(u / (C_i − u))
 * is strictly increasing from −∞ to +∞ (see solveCoordinate). The bias is a regularised constant
 * feature, as in liblinear. Coordinates are visited in a seeded random order.
 */
export function trainLogistic(matrix: SparseMatrix, set: TrainingSet, options: TrainOptions): DualModel {
  const weights = new Float64Array(matrix.cols);
  const examples = examplesOf(matrix, set, weights);
  const n = examples.count;
  let bias = 0;
  if (n === 0) return { weights, bias, dual: new Float64Array(0) };
  const alpha = new Float64Array(n);
  const cost = new Float64Array(n);
  const qii = new Float64Array(n);
  const signs = new Int8Array(n);
  for (let i = 0; i < n; i += 1) {
    cost[i] = options.c * examples.cost(i);
    signs[i] = examples.sign(i);
    // liblinear's start: small and strictly inside (0, C); or the warm start, kept inside.
    const warm = options.warm?.[i];
    alpha[i] =
      warm !== undefined && !Number.isNaN(warm)
        ? Math.min(Math.max(warm, 1e-12 * cost[i]!), cost[i]! * (1 - 1e-6))
        : Math.min(0.001 * cost[i]!, 1e-8);
    qii[i] = examples.norm2(i) + 1;
    const step = alpha[i]! * signs[i]!;
    examples.add(i, step);
    bias += step;
  }
  const random = createRandom(options.seed, 13);
  const positions = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < options.maxEpochs; epoch += 1) {
    let worst = 0;
    for (const i of shuffled(positions, random)) {
      const y = signs[i]!;
      const c = cost[i]!;
      const old = alpha[i]!;
      const margin = y * (examples.dot(i) + bias);
      const gradient = margin + Math.log(old / (c - old));
      if (Math.abs(gradient) > worst) worst = Math.abs(gradient);
      if (Math.abs(gradient) < 1e-12) continue;
      const u = solveCoordinate(qii[i]!, old, margin, c);
      alpha[i] = u;
      const step = (u - old) * y;
      if (step !== 0) {
        examples.add(i, step);
        bias += step;
      }
    }
    if (worst < options.tolerance) break;
  }
  return { weights, bias, dual: alpha };
}
