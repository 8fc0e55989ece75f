import { addRow, dotRow, squaredNorm, type SparseMatrix } from './sparse.js';

/** A linear scorer: score(x) = weights · x + bias. */
export type LinearModel = Readonly<{ weights: Float64Array; bias: number }>;

/** A model trained in the dual, with its dual variables (one per example) for a warm start. */
export type DualModel = LinearModel & Readonly<{ dual: Float64Array }>;

/**
 * What a model is trained on: matrix rows, their class as ±1 (+1 = include) and a per-row cost
 * (class balance and the lower weight of presumptive excludes are folded into it).
 */
export type TrainingSet = Readonly<{
  rows: Int32Array;
  signs: Int8Array;
  costs: Float64Array;
  /** The cost of one real exclude (presumed excludes scale with it). */
  excludeCost?: number;
  /** One more example given as a dense vector (the mean unscreened record, as a weighted exclude). */
  dense?: Readonly<{ vector: Float64Array; sign: 1 | -1; cost: number }>;
}>;

/**
 * Uniform access to the examples of a training set, sparse rows and the optional dense one alike,
 * bound to the weight vector being trained.
 */
export type Examples = Readonly<{
  count: number;
  sign: (i: number) => number;
  cost: (i: number) => number;
  /** weights · x_i */
  dot: (i: number) => number;
  /** weights += scale · x_i */
  add: (i: number, scale: number) => void;
  norm2: (i: number) => number;
}>;

export function examplesOf(matrix: SparseMatrix, set: TrainingSet, weights: Float64Array): Examples {
  const sparse = set.rows.length;
  const dense = set.dense;
  const vector = dense?.vector;
  let denseNorm2 = 0;
  if (vector !== undefined) for (let j = 0; j < vector.length; j += 1) denseNorm2 += vector[j]! * vector[j]!;
  return {
    count: sparse + (dense === undefined ? 0 : 1),
    sign: (i) => (i < sparse ? set.signs[i]! : dense!.sign),
    cost: (i) => (i < sparse ? set.costs[i]! : dense!.cost),
    dot(i) {
      if (i < sparse) return dotRow(matrix, set.rows[i]!, weights);
      // The dense example is visited once per pass, so a full pass over it costs less than keeping
      // its dot product up to date after every sparse update.
      let sum = 0;
      for (let j = 0; j < vector!.length; j += 1) sum += vector![j]! * weights[j]!;
      return sum;
    },
    add(i, scale) {
      if (i < sparse) addRow(matrix, set.rows[i]!, scale, weights);
      else for (let j = 0; j < vector!.length; j += 1) weights[j]! += scale * vector![j]!;
    },
    norm2: (i) => (i < sparse ? squaredNorm(matrix, set.rows[i]!) : denseNorm2),
  };
}

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
  /**
   * Dual variables to start from, one per example (NaN: none): a warm start from the previous fit
   * when only a few examples changed. Clamped into each example's feasible range.
   */
  warm?: Float64Array;
}>;
