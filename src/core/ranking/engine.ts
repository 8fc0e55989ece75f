import { coldStartScores } from './cold-start.js';
import type { LinearModel, TrainingSet } from './linear-model.js';
import { trainLogistic } from './logistic.js';
import { trainNaiveBayes } from './naive-bayes.js';
import { createRandom } from './random.js';
import { scoreRows } from './sparse.js';
import { trainLinearSvm } from './svm.js';
import type { FeatureSpace } from './tfidf.js';
import type { Label, RankerConfig } from './types.js';

/** The decisions a fit uses: matrix rows (ascending) and their labels. */
export type LabelledRows = Readonly<{ rows: Int32Array; labels: Uint8Array }>;

const trainOptions = (config: RankerConfig) => ({ c: config.c, maxEpochs: 50, tolerance: 0.1, seed: config.seed });

/**
 * Assembles the training set: the decisions, plus `presumptiveExcludes` unscreened records drawn
 * with a seed that depends on the number of decisions (a fresh sample at every fit, as in BMI, yet
 * reproducible), and class costs that weight includes by n_exclude / n_include.
 */
export function buildTrainingSet(
  rowCount: number,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut?: Uint8Array,
): TrainingSet {
  // Held-out decisions (cross-validation) must not come back as presumptive excludes.
  const isLabelled = heldOut === undefined ? new Uint8Array(rowCount) : Uint8Array.from(heldOut);
  for (const row of labelled.rows) isLabelled[row] = 1;
  const unlabelled: number[] = [];
  for (let r = 0; r < rowCount; r += 1) if (isLabelled[r] === 0) unlabelled.push(r);
  const presumptive: number[] = [];
  const want = config.presumptiveMode === 'sample' ? Math.min(config.presumptiveExcludes, unlabelled.length) : 0;
  if (want > 0) {
    const random = createRandom(config.seed, 1000 + labelled.rows.length);
    // Partial Fisher–Yates: the first `want` slots become a uniform sample without replacement.
    for (let i = 0; i < want; i += 1) {
      const j = i + random.int(unlabelled.length - i);
      const tmp = unlabelled[i]!;
      unlabelled[i] = unlabelled[j]!;
      unlabelled[j] = tmp;
      presumptive.push(unlabelled[i]!);
    }
    presumptive.sort((a, b) => a - b);
  }
  let includes = 0;
  for (const label of labelled.labels) includes += label;
  const presumed = config.presumptiveMode === 'sample' ? presumptive.length : Math.min(config.presumptiveExcludes, unlabelled.length);
  const excludes = labelled.rows.length - includes + presumed * config.presumptiveWeight;
  const includeCost = config.balanceClasses && includes > 0 && excludes > 0 ? Math.max(1, excludes / includes) : 1;

  const n = labelled.rows.length + presumptive.length;
  const rows = new Int32Array(n);
  const signs = new Int8Array(n);
  const costs = new Float64Array(n);
  labelled.rows.forEach((row, i) => {
    rows[i] = row;
    signs[i] = labelled.labels[i] === 1 ? 1 : -1;
    costs[i] = labelled.labels[i] === 1 ? includeCost : 1;
  });
  presumptive.forEach((row, k) => {
    const i = labelled.rows.length + k;
    rows[i] = row;
    signs[i] = -1;
    costs[i] = config.presumptiveWeight;
  });
  return { rows, signs, costs };
}

const columnTotals = new WeakMap<FeatureSpace, Float64Array>();

/**
 * The 'background' presumptive excludes: the feature mass of all unscreened records, weighted so
 * that together they count as `presumptiveExcludes` excludes.
 */
function background(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut?: Uint8Array,
): Readonly<{ mass: Float64Array; weight: number }> | undefined {
  if (config.presumptiveMode !== 'background' || config.presumptiveExcludes === 0) return undefined;
  const { matrix } = features;
  let totals = columnTotals.get(features);
  if (totals === undefined) {
    totals = new Float64Array(matrix.cols);
    for (let k = 0; k < matrix.indices.length; k += 1) totals[matrix.indices[k]!]! += matrix.values[k]!;
    columnTotals.set(features, totals);
  }
  const mass = Float64Array.from(totals);
  const skip = new Uint8Array(matrix.rows);
  for (const row of labelled.rows) skip[row] = 1;
  if (heldOut !== undefined) for (let r = 0; r < matrix.rows; r += 1) skip[r] = skip[r]! | heldOut[r]!;
  let unscreened = 0;
  for (let r = 0; r < matrix.rows; r += 1) {
    if (skip[r] === 0) {
      unscreened += 1;
      continue;
    }
    for (let k = matrix.indptr[r]!, end = matrix.indptr[r + 1]!; k < end; k += 1) mass[matrix.indices[k]!]! -= matrix.values[k]!;
  }
  if (unscreened === 0) return undefined;
  return { mass, weight: (Math.min(config.presumptiveExcludes, unscreened) * config.presumptiveWeight) / unscreened };
}

function scoresOf(features: FeatureSpace, model: LinearModel): Float64Array {
  const out = new Float64Array(features.matrix.rows);
  scoreRows(features.matrix, model.weights, model.bias, out);
  return out;
}

/**
 * Puts scores of different models on one scale before averaging: each model's scores are centred on
 * their median and divided by their interquartile range, robust to the long tail of high scores
 * that matter most.
 */
function standardise(scores: Float64Array): Float64Array {
  const sorted = Float64Array.from(scores).sort();
  const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]!;
  const median = q(0.5);
  const spread = q(0.75) - q(0.25) || 1;
  return scores.map((s) => (s - median) / spread);
}

/**
 * Trains the configured model on the decisions and scores every row. `heldOut` marks decided rows
 * left out of this fit (cross-validation), which are then never drawn as presumptive excludes.
 */
export function modelScores(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut?: Uint8Array,
): Float64Array {
  const set = buildTrainingSet(features.matrix.rows, labelled, config, heldOut);
  const options = trainOptions(config);
  switch (config.model) {
    case 'svm':
      return scoresOf(features, trainLinearSvm(features.matrix, set, options, config.svmLoss));
    case 'logistic':
      return scoresOf(features, trainLogistic(features.matrix, set, options));
    case 'naive-bayes':
      return scoresOf(features, trainNaiveBayes(features.matrix, set, config.nbAlpha, background(features, labelled, config, heldOut)));
    case 'ensemble': {
      const parts = [
        standardise(scoresOf(features, trainLinearSvm(features.matrix, set, options, config.svmLoss))),
        standardise(scoresOf(features, trainLogistic(features.matrix, set, options))),
        standardise(scoresOf(features, trainNaiveBayes(features.matrix, set, config.nbAlpha, background(features, labelled, config, heldOut)))),
      ];
      const out = new Float64Array(features.matrix.rows);
      for (const part of parts) for (let r = 0; r < out.length; r += 1) out[r]! += part[r]! / parts.length;
      return out;
    }
  }
}

/**
 * Scores every row given the decisions so far: the model once at least one include is known,
 * otherwise the cold start (keywords, or a seeded random order when there are none).
 */
export function scoreAll(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
): Readonly<{ scores: Float64Array; source: 'model' | 'keywords' | 'random' }> {
  const hasInclude = labelled.labels.some((label: number) => label === (1 satisfies Label));
  if (hasInclude) return { scores: modelScores(features, labelled, config), source: 'model' };
  return coldStartScores(features, config);
}
