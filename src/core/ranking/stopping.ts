import { chooseNaiveBayes, modelScores, type LabelledRows } from './engine.js';
import { createRandom, shuffled } from './random.js';
import type { FeatureSpace } from './tfidf.js';
import type { Label, RankerConfig, RemainingEstimate } from './types.js';

const z95 = 1.959963984540054;

export const calibratedMethod =
  'Calibrated score sum: the model is cross-validated on the decisions (5 folds, stratified), a ' +
  'logistic curve (Platt scaling, with Platt’s prior correction) maps the held-out scores to ' +
  'probabilities of inclusion, and the expected number of includes left is the sum of those ' +
  'probabilities over the unscreened records. The 95% interval combines the binomial spread of that ' +
  'sum with the uncertainty of the fitted curve (delta method). Assumes that the chance of inclusion ' +
  'depends on a record only through its score, for screened and unscreened records alike, and that ' +
  'the logistic curve holds below the lowest scores screened; it does not see includes that share ' +
  'no vocabulary with any include found so far, so treat the upper end, not the estimate, as the guide ' +
  'for stopping.';

export const fewDecisionsMethod =
  'Too few decisions for a model (fewer than two includes or two excludes): the include rate so far ' +
  '(Wilson 95% interval) applied to the unscreened records. The screened records were the top-ranked ' +
  'ones, so this overstates what remains.';

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/**
 * Platt scaling: fits P(include | s) = σ(a·s + b) by Newton's method on the log-likelihood, with
 * Platt's (1999) targets (N+ + 1)/(N+ + 2) and 1/(N− + 2) so a perfectly separating score does not
 * run off to infinity. Returns the fit and the inverse Fisher information (for the delta method).
 */
export function plattFit(
  scores: readonly number[],
  labels: readonly number[],
): Readonly<{ a: number; b: number; covariance: readonly [number, number, number] }> {
  let positives = 0;
  for (const label of labels) positives += label;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const targets = labels.map((label) => (label === 1 ? hi : lo));
  let a = 0;
  let b = Math.log((positives + 1) / (negatives + 1));
  let haa = 0;
  let hab = 0;
  let hbb = 0;
  for (let iter = 0; iter < 100; iter += 1) {
    let ga = 0;
    let gb = 0;
    haa = 1e-12;
    hab = 0;
    hbb = 1e-12;
    for (let i = 0; i < scores.length; i += 1) {
      const s = scores[i]!;
      const p = sigmoid(a * s + b);
      const d = p - targets[i]!;
      const w = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  const det = haa * hbb - hab * hab;
  const covariance = det > 0 ? ([hbb / det, -hab / det, haa / det] as const) : ([0, 0, 0] as const);
  return { a, b, covariance };
}

/** Wilson score interval for a binomial proportion. */
function wilson(successes: number, trials: number): readonly [number, number, number] {
  if (trials === 0) return [0.5, 0, 1];
  const p = successes / trials;
  const z2 = z95 * z95;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [p, Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * The stopping aid: how many relevant records are probably still among the unscreened ones (see
 * `calibratedMethod` for the method and its assumptions). Deterministic for given inputs and seed.
 */
export function estimateRemaining(features: FeatureSpace, labelled: LabelledRows, config: RankerConfig): RemainingEstimate {
  const n = features.matrix.rows;
  const unscreened = n - labelled.rows.length;
  let includes = 0;
  for (const label of labelled.labels) includes += label;
  const excludes = labelled.rows.length - includes;
  if (unscreened === 0) return { estimate: 0, low: 0, high: 0, method: calibratedMethod };
  if (includes < 2 || excludes < 2) {
    const [p, low, high] = wilson(includes, labelled.rows.length);
    return { estimate: p * unscreened, low: low * unscreened, high: high * unscreened, method: fewDecisionsMethod };
  }

  // Naive Bayes chooses its variant once, on all decisions, and keeps it in every fold: the folds
  // calibrate the scores of the model that scores the unscreened records, not of another variant.
  const variants = config.naiveBayesVariants ?? [];
  const model: RankerConfig =
    variants.length > 1 && (config.model === 'naive-bayes' || (config.model === 'ensemble' && config.ensemble.includes('naive-bayes')))
      ? { ...config, naiveBayesVariants: [variants[chooseNaiveBayes(features, labelled, config).variant]!] }
      : config;

  // Stratified folds: includes and excludes each dealt round-robin after a seeded shuffle.
  const folds = Math.min(5, includes);
  const foldOf = new Int32Array(labelled.rows.length);
  const random = createRandom(config.seed, 31);
  for (const wanted of [1, 0]) {
    const positions: number[] = [];
    labelled.labels.forEach((label, i) => {
      if (label === wanted) positions.push(i);
    });
    shuffled(positions, random).forEach((position, k) => (foldOf[position] = k % folds));
  }
  const heldOutScores: number[] = new Array<number>(labelled.rows.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const train: number[] = [];
    const heldOut = new Uint8Array(n);
    labelled.rows.forEach((row, i) => {
      if (foldOf[i] === fold) heldOut[row] = 1;
      else train.push(i);
    });
    const scores = modelScores(
      features,
      { rows: Int32Array.from(train, (i) => labelled.rows[i]!), labels: Uint8Array.from(train, (i) => labelled.labels[i]!) },
      model,
      heldOut,
    );
    labelled.rows.forEach((row, i) => {
      if (foldOf[i] === fold) heldOutScores[i] = scores[row]!;
    });
  }
  const { a, b, covariance } = plattFit(heldOutScores, Array.from(labelled.labels));

  const scores = modelScores(features, labelled, model);
  const isLabelled = new Uint8Array(n);
  for (const row of labelled.rows) isLabelled[row] = 1;
  let estimate = 0;
  let binomial = 0;
  let ga = 0;
  let gb = 0;
  for (let row = 0; row < n; row += 1) {
    if (isLabelled[row] === 1) continue;
    const p = sigmoid(a * scores[row]! + b);
    estimate += p;
    binomial += p * (1 - p);
    ga += p * (1 - p) * scores[row]!;
    gb += p * (1 - p);
  }
  const [caa, cab, cbb] = covariance;
  const parameter = ga * ga * caa + 2 * ga * gb * cab + gb * gb * cbb;
  const sd = Math.sqrt(binomial + Math.max(0, parameter));
  return {
    estimate,
    low: Math.max(0, estimate - z95 * sd),
    high: Math.min(unscreened, estimate + z95 * sd),
    method: calibratedMethod,
  };
}

/**
 * Whether an estimate computed from the decisions `then` still stands for the decisions `now`: only
 * new decisions since, fewer than one in fifty of those it was computed from (so it is recomputed
 * after every decision up to 100, then every 20th at 1,000, every 60th at 3,000). An undo or a changed
 * decision always asks for a new one. The estimate cross-validates the model (five more fits), four
 * times the cost of the refit it accompanies, and it moves far less than its interval from one
 * decision to the next.
 */
export function estimateStillStands(then: ReadonlyMap<string, Label>, now: ReadonlyMap<string, Label>): boolean {
  const step = Math.max(1, Math.floor(then.size / 50));
  if (now.size < then.size || now.size - then.size >= step) return false;
  for (const [id, label] of then) if (now.get(id) !== label) return false;
  return true;
}
