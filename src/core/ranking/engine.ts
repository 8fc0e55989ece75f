import { coldStartScores } from './cold-start.js';
import type { LinearModel, TrainingSet } from './linear-model.js';
import { trainLogistic } from './logistic.js';
import { rocAuc } from './metrics.js';
import {
  leaveOneOutScores,
  naiveBayesCounts,
  naiveBayesWeights,
  trainNaiveBayes,
  type NaiveBayesCounts,
} from './naive-bayes.js';
import { createRandom } from './random.js';
import { scoreRows } from './sparse.js';
import { trainLinearSvm } from './svm.js';
import type { FeatureSpace } from './tfidf.js';
import type { DoubleBalance, Label, ModelKind, RankerConfig } from './types.js';

/** The decisions a fit uses: matrix rows (ascending) and their labels. */
export type LabelledRows = Readonly<{ rows: Int32Array; labels: Uint8Array }>;

/**
 * The dual variables of the last fit per model, by matrix row (-1 = the background example), for a
 * warm start of the next one. The simulation uses it; the product refits from scratch, so that the
 * order is a function of the decisions alone and a saved state reproduces it exactly.
 */
export type WarmStart = { svm: Map<number, number>; logistic: Map<number, number> };

export const createWarmStart = (): WarmStart => ({ svm: new Map(), logistic: new Map() });

function warmVector(set: TrainingSet, previous: Map<number, number> | undefined): Float64Array | undefined {
  if (previous === undefined || previous.size === 0) return undefined;
  const n = set.rows.length + (set.dense === undefined ? 0 : 1);
  const out = new Float64Array(n).fill(Number.NaN);
  set.rows.forEach((row, i) => {
    const value = previous.get(row);
    if (value !== undefined) out[i] = value;
  });
  if (set.dense !== undefined) out[n - 1] = previous.get(-1) ?? Number.NaN;
  return out;
}

function remember(set: TrainingSet, dual: Float64Array, into: Map<number, number> | undefined): void {
  if (into === undefined) return;
  into.clear();
  set.rows.forEach((row, i) => into.set(row, dual[i]!));
  if (set.dense !== undefined) into.set(-1, dual[set.rows.length]!);
}

/**
 * Passes of the linear models' solvers over `examples` examples. Dual coordinate descent gets within
 * ~1% of the optimum's weight norm in about ten passes, and the last digits do not change an order:
 * 12 passes at most. With `config.solverVisits` the passes are also held to that many coordinate
 * visits (never fewer than 6), so a refit after thousands of decisions stays within its time; the
 * orders then share 97-99% of their first 200 records with twelve passes' (ADR 0005). States saved
 * without the field replay with 12 passes.
 */
export function solverPasses(config: RankerConfig, examples: number): number {
  if (config.solverVisits === undefined || examples === 0) return 12;
  return Math.min(12, Math.max(6, Math.floor(config.solverVisits / examples)));
}

const trainOptions = (config: RankerConfig, set: TrainingSet) => ({
  c: config.c,
  maxEpochs: solverPasses(config, set.rows.length + (set.dense === undefined ? 0 : 1)),
  tolerance: 0.1,
  seed: config.seed,
});

/**
 * Assembles the training set: the decisions with their class costs (see classCosts) and, in
 * 'sample' mode, `presumptiveExcludes` unscreened records drawn with a seed that depends on the
 * number of decisions (a fresh sample at every fit, as in BMI, yet reproducible). In 'background'
 * mode the unscreened records are added later, as one mass (see background).
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
  const presumed =
    config.presumptiveMode === 'sample' ? presumptive.length : Math.min(config.presumptiveExcludes, unlabelled.length);
  const excludes = labelled.rows.length - includes;
  const { includeCost, excludeCost } = classCosts(includes, excludes, presumed * config.presumptiveWeight, config);

  const n = labelled.rows.length + presumptive.length;
  const rows = new Int32Array(n);
  const signs = new Int8Array(n);
  const costs = new Float64Array(n);
  labelled.rows.forEach((row, i) => {
    rows[i] = row;
    signs[i] = labelled.labels[i] === 1 ? 1 : -1;
    costs[i] = labelled.labels[i] === 1 ? includeCost : excludeCost;
  });
  presumptive.forEach((row, k) => {
    const i = labelled.rows.length + k;
    rows[i] = row;
    signs[i] = -1;
    costs[i] = config.presumptiveWeight * excludeCost;
  });
  return { rows, signs, costs, excludeCost };
}

/** ASReview's defaults for its double balance. */
export const asreviewDoubleBalance: DoubleBalance = { a: 2.155, alpha: 0.94, b: 0.789, beta: 1 };

/**
 * Per-record costs of includes and excludes. 'equal': includes weigh n_exclude / n_include
 * (presumed excludes counted), so both classes carry the same total weight. 'double': the expected
 * outcome of ASReview's double balance (`config.doubleBalance`, by default ASReview's a = 2.155,
 * α = 0.94, b = 0.789, β = 1), which resamples a training set of the same size in which includes are
 * repeated and excludes thinned: n₁' = n·w₁n₁ / (w₁n₁ + w₀n₀) with w₁ = a (n₁/n₀)^−α and
 * w₀ = 1 − (1 − b)(1 + ln n)^−β, clamped to [1, n − 2] as ASReview does. (ASReview rounds n₁' at
 * random and draws the copies; the expected counts give the same model on average, without noise.)
 */
export function classCosts(
  includes: number,
  excludes: number,
  presumed: number,
  config: RankerConfig,
): Readonly<{ includeCost: number; excludeCost: number }> {
  if (includes === 0 || excludes + presumed === 0 || config.balance === 'none') {
    return { includeCost: 1, excludeCost: 1 };
  }
  if (config.balance === 'equal' || excludes === 0) {
    return { includeCost: Math.max(1, (excludes + presumed) / includes), excludeCost: 1 };
  }
  const n = includes + excludes;
  const { a, alpha, b, beta } = config.doubleBalance ?? asreviewDoubleBalance;
  const oneWeight = a * (includes / excludes) ** -alpha;
  const zeroWeight = 1 - (1 - b) * (1 + Math.log(n)) ** -beta;
  const ones = Math.max(1, Math.min(n - 2, (oneWeight * includes * n) / (oneWeight * includes + zeroWeight * excludes)));
  return { includeCost: ones / includes, excludeCost: Math.max(n - ones, 1) / excludes };
}

const columnTotals = new WeakMap<FeatureSpace, Float64Array>();

/** All unscreened records together: their summed feature mass, their number, and their weight as excludes. */
type Background = Readonly<{ mass: Float64Array; unscreened: number; weight: number }>;

/**
 * The summed feature mass of the unscreened records and their number, remembered for the decisions
 * (and held-out rows) it was computed for: one fit asks for it once per model and naive Bayes variant,
 * and it costs a pass over the vocabulary and the decided rows each time.
 */
const unscreenedMasses = new WeakMap<
  LabelledRows,
  { features: FeatureSpace; heldOut: Uint8Array | undefined; value: Readonly<{ mass: Float64Array; unscreened: number }> }
>();

function unscreenedMass(
  features: FeatureSpace,
  labelled: LabelledRows,
  heldOut: Uint8Array | undefined,
): Readonly<{ mass: Float64Array; unscreened: number }> {
  const known = unscreenedMasses.get(labelled);
  if (known !== undefined && known.features === features && known.heldOut === heldOut) return known.value;
  const { matrix } = features;
  let totals = columnTotals.get(features);
  if (totals === undefined) {
    totals = new Float64Array(matrix.cols);
    for (let k = 0; k < matrix.indices.length; k += 1) totals[matrix.indices[k]!]! += matrix.values[k]!;
    columnTotals.set(features, totals);
  }
  const mass = Float64Array.from(totals);
  const skip = heldOut === undefined ? new Uint8Array(matrix.rows) : Uint8Array.from(heldOut);
  for (const row of labelled.rows) skip[row] = 1;
  let unscreened = 0;
  for (let r = 0; r < matrix.rows; r += 1) {
    if (skip[r] === 0) {
      unscreened += 1;
      continue;
    }
    for (let k = matrix.indptr[r]!, end = matrix.indptr[r + 1]!; k < end; k += 1) mass[matrix.indices[k]!]! -= matrix.values[k]!;
  }
  const value = { mass, unscreened };
  unscreenedMasses.set(labelled, { features, heldOut, value });
  return value;
}

/**
 * The 'background' presumptive excludes: the feature mass of all unscreened records, counted
 * together as `presumptiveExcludes` excludes (times `presumptiveWeight`).
 */
function background(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut: Uint8Array | undefined,
  excludeCost: number,
): Background | undefined {
  if (config.presumptiveMode !== 'background' || config.presumptiveExcludes === 0) return undefined;
  const { mass, unscreened } = unscreenedMass(features, labelled, heldOut);
  if (unscreened === 0) return undefined;
  return { mass, unscreened, weight: Math.min(config.presumptiveExcludes, unscreened) * config.presumptiveWeight * excludeCost };
}

/** For naive Bayes: the background as exclude mass, each unscreened record weighing weight / unscreened. */
const backgroundMass = (extra: Background | undefined) =>
  extra === undefined ? undefined : { mass: extra.mass, weight: extra.weight / extra.unscreened };

/** For the SVM and logistic regression: the background as one dense exclude, the mean unscreened record. */
function withBackground(set: TrainingSet, extra: Background | undefined): TrainingSet {
  if (extra === undefined) return set;
  const vector = extra.mass.map((v) => v / extra.unscreened);
  return { ...set, dense: { vector, sign: -1, cost: extra.weight } };
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

/** The configuration naive Bayes variant `index` trains under. */
function variantConfig(config: RankerConfig, index: number): RankerConfig {
  const variant = config.naiveBayesVariants![index]!;
  return {
    ...config,
    nbAlpha: variant.alpha,
    balance: variant.balance,
    doubleBalance: variant.doubleBalance ?? asreviewDoubleBalance,
    presumptiveExcludes: variant.presumptiveExcludes,
  };
}

/** The training set and class counts of naive Bayes variant config `config` (no logarithm yet). */
function variantCounts(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut: Uint8Array | undefined,
): Readonly<{ set: TrainingSet; counts: NaiveBayesCounts }> {
  const set = buildTrainingSet(features.matrix.rows, labelled, config, heldOut);
  const extra = background(features, labelled, config, heldOut, set.excludeCost ?? 1);
  return { set, counts: naiveBayesCounts(features.matrix, set, backgroundMass(extra)) };
}

const trainVariant = (features: FeatureSpace, labelled: LabelledRows, config: RankerConfig, heldOut: Uint8Array | undefined) =>
  naiveBayesWeights(variantCounts(features, labelled, config, heldOut).counts, config.nbAlpha);

/** How many decided excludes at most judge the naive Bayes variants (see chooseNaiveBayes). */
const judgedExcludes = 600;

/**
 * When naive Bayes starts to choose among its variants if the config does not say: the first default,
 * kept for states saved without the field (the current default is in config.ts).
 */
export const defaultNaiveBayesSelection = { minIncludes: 10, minExcludes: 100 } as const;

/**
 * Naive Bayes with its variants (`config.naiveBayesVariants`): the first until at least
 * `naiveBayesSelection.minIncludes` includes and `minExcludes` excludes are decided, then the variant
 * whose leave-one-out scores of the decided records separate includes from excludes best (highest
 * ROC AUC; the first on a tie). Which variant suits a set differs from set to set (weighting the
 * excludes or nearly ignoring them); the decisions themselves tell, and leave-one-out makes that
 * judgement on records the model was not trained on. Only decisions enter it, and it is a function of
 * them, so a saved state reproduces the order. Returns the chosen variant, its model and the AUCs
 * (empty before the choice starts).
 */
export function chooseNaiveBayes(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  heldOut?: Uint8Array,
): Readonly<{ variant: number; model: LinearModel; auc: readonly number[] }> {
  const count = config.naiveBayesVariants?.length ?? 0;
  if (count === 0) {
    return { variant: 0, model: trainVariant(features, labelled, config, heldOut), auc: [] };
  }
  const { minIncludes, minExcludes } = config.naiveBayesSelection ?? defaultNaiveBayesSelection;
  let includes = 0;
  for (const label of labelled.labels) includes += label;
  const excludes = labelled.rows.length - includes;
  if (count === 1 || includes < minIncludes || excludes < minExcludes) {
    return { variant: 0, model: trainVariant(features, labelled, variantConfig(config, 0), heldOut), auc: [] };
  }
  // The decisions come first in the training set (presumed excludes drawn in 'sample' mode follow).
  // Every include is judged, and at most `judgedExcludes` excludes, evenly spaced in row order: the
  // AUC is as telling and the choice stays a function of the decisions, at a fraction of the cost
  // when thousands are decided.
  const judged: number[] = [];
  const stride = Math.max(1, Math.ceil(excludes / judgedExcludes));
  let seen = 0;
  for (let i = 0; i < labelled.rows.length; i += 1) {
    if (labelled.labels[i] === 1 || seen++ % stride === 0) judged.push(i);
  }
  const judgedLabels = Uint8Array.from(judged, (i) => labelled.labels[i]!);
  // Each variant is judged from its counts; only the chosen one's weights are computed.
  let best = 0;
  let bestCounts: NaiveBayesCounts | undefined;
  const auc: number[] = [];
  for (let v = 0; v < count; v += 1) {
    const variant = variantConfig(config, v);
    const { set, counts } = variantCounts(features, labelled, variant, heldOut);
    const value = rocAuc(leaveOneOutScores(features.matrix, set, counts, variant.nbAlpha, judged), judgedLabels);
    auc.push(value);
    if (bestCounts === undefined || value > auc[best]!) {
      best = v;
      bestCounts = counts;
    }
  }
  return { variant: best, model: naiveBayesWeights(bestCounts!, variantConfig(config, best).nbAlpha), auc };
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
  warm?: WarmStart,
): Float64Array {
  const set = buildTrainingSet(features.matrix.rows, labelled, config, heldOut);
  const extra = background(features, labelled, config, heldOut, set.excludeCost ?? 1);
  const linearSet = withBackground(set, extra);
  const options = trainOptions(config, linearSet);
  const member = (kind: Exclude<ModelKind, 'ensemble'>): Float64Array => {
    switch (kind) {
      case 'svm': {
        const svmOptions = { ...options, warm: warmVector(linearSet, warm?.svm) };
        const model = trainLinearSvm(features.matrix, linearSet, svmOptions, config.svmLoss);
        remember(linearSet, model.dual, warm?.svm);
        return scoresOf(features, model);
      }
      case 'logistic': {
        const lrOptions = { ...options, warm: warmVector(linearSet, warm?.logistic) };
        const model = trainLogistic(features.matrix, linearSet, lrOptions);
        remember(linearSet, model.dual, warm?.logistic);
        return scoresOf(features, model);
      }
      case 'naive-bayes':
        if ((config.naiveBayesVariants?.length ?? 0) > 0) {
          return scoresOf(features, chooseNaiveBayes(features, labelled, config, heldOut).model);
        }
        return scoresOf(features, trainNaiveBayes(features.matrix, set, config.nbAlpha, backgroundMass(extra)));
    }
  };
  if (config.model !== 'ensemble') return member(config.model);
  const out = new Float64Array(features.matrix.rows);
  const weights = config.ensembleWeights ?? config.ensemble.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  config.ensemble.forEach((kind, k) => {
    const weight = (weights[k] ?? 0) / total;
    if (weight === 0) return;
    const part = standardise(member(kind));
    for (let r = 0; r < out.length; r += 1) out[r]! += weight * part[r]!;
  });
  return out;
}

/**
 * Scores every row given the decisions so far: the model once at least one include is known,
 * otherwise the cold start (keywords, or a seeded random order when there are none).
 */
export function scoreAll(
  features: FeatureSpace,
  labelled: LabelledRows,
  config: RankerConfig,
  warm?: WarmStart,
): Readonly<{ scores: Float64Array; source: 'model' | 'keywords' | 'random' }> {
  const hasInclude = labelled.labels.some((label: number) => label === (1 satisfies Label));
  if (hasInclude) return { scores: modelScores(features, labelled, config, undefined, warm), source: 'model' };
  return coldStartScores(features, config);
}
