import type { SparseMatrix } from './sparse.js';

/** A linear scorer: score(x) = weights · x + bias. */
export type LinearModel = Readonly<{ weights: Float64Array; bias: number }>;

/**
 * What a model is trained on: matrix rows, their class as ±1 (+1 = include) and a per-row cost
 * (class balance and the lower weight of presumptive excludes are folded into it).
 */
export type TrainingSet = Readonly<{ rows: Int32Array; signs: Int8Array; costs: Float64Array }>;

/** The options every linear model trainer takes. */
export type TrainOptions = Readonly<{
  /** Regularisation: larger C fits the training decisions more closely. */
  c: number;
  /** Upper bound on passes over the training set. */
  maxEpochs: number;
  /** Stop when the largest violation of the optimality conditions in a pass is below this. */
  tolerance: number;
  /** Seed for the order in which coordinates are visited. */
  seed: number;
}>;

export type Trainer = (matrix: SparseMatrix, set: TrainingSet, options: TrainOptions) => LinearModel;
