import { AppError } from '../errors.js';
import { resolveConfig } from './config.js';
import { createWarmStart, scoreAll } from './engine.js';
import { averageTimeToDiscovery, discoveryCurve, recallAfter, recallAt, workSavedAt, workSavedOverSampling } from './metrics.js';
import { topRows } from './order.js';
import { createRandom } from './random.js';
import { buildFeatures, type FeatureSpace } from './tfidf.js';
import type { LabelledDoc, RankerConfig } from './types.js';

/** The outcome of one simulated screening of a labelled set. Shares are in [0, 1]. */
export type SimulationResult = Readonly<{
  records: number;
  includes: number;
  /**
   * Work saved over sampling at 95% and 100% recall, read as REFERENCE.md reads it (see metrics.ts):
   * the whole order, priors included; the share not screened when ⌈95% of the includes⌉ are found,
   * minus 5%.
   */
  wss95: number;
  wss100: number;
  /** Share of includes found once 5%, 10% and 20% of the records are screened (the same reading). */
  recallAt5: number;
  recallAt10: number;
  recallAt20: number;
  /** Average time to discovery, in records screened after the priors (Insights' ATD, see metrics.ts). */
  atd: number;
  /** The same figures as ASReview Insights reads them (priors left out), for its published figures. */
  insights: Readonly<{ wss95: number; wss100: number; recallAt5: number; recallAt10: number; recallAt20: number }>;
  /** Includes found after k records screened, k = 0 … records, priors first (they are screened first). */
  curve: number[];
  /** The prior knowledge: one include then one exclude, drawn with the seed (or given). */
  priorIds: string[];
  seed: number;
}>;

/**
 * When the simulation refits the model. The product refits after every decision; a simulation of
 * thousands of decisions refits after every decision early on and after every include (a new include
 * is what changes the model), otherwise every `every` decisions.
 */
export type RefitSchedule = Readonly<{ early: number; every: number; onInclude: boolean }>;

export type SimulateOptions = Readonly<{
  seed: number;
  /**
   * The prior knowledge by record id, instead of the pair drawn with the seed (the seed then only
   * breaks ties). Lets a reader replay one draw, or every include in turn as the prior (ASReview's
   * `--prior_idx`); the draw matters most on small sets.
   */
  prior?: Readonly<{ include: string; exclude: string }>;
  config?: Partial<RankerConfig>;
  /** Default: every decision for the first 10% of records (at least 100), on every include, else every ⌈n/150⌉. */
  schedule?: Partial<RefitSchedule>;
  /**
   * Start each fit's solvers where the last one ended (default true: faster, and the models closer
   * to their optimum). false fits from scratch every time, as the product does.
   */
  warmStart?: boolean;
}>;

/** The refit schedule for a set of n records. */
export function defaultSchedule(n: number): RefitSchedule {
  return { early: Math.max(100, Math.ceil(n / 10)), every: Math.max(1, Math.ceil(n / 150)), onInclude: true };
}

/** A labelled set made ready for simulation: records in canonical order and their features. */
export type PreparedSet = Readonly<{
  docs: readonly LabelledDoc[];
  ids: readonly string[];
  features: FeatureSpace;
  featureOptions: string;
}>;

/**
 * Sorts the records by id (so nothing depends on the file's row order), checks them and builds the
 * features once, so several seeds can be simulated on the same set without rebuilding them.
 * Throws AppError INVALID_ARGUMENT with fewer than two includes or no exclude, or repeated ids.
 */
export function prepareSimulation(input: readonly LabelledDoc[], config: Partial<RankerConfig> = {}): PreparedSet {
  const docs = input.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let includes = 0;
  for (const doc of docs) includes += doc.label;
  if (includes < 2 || includes === docs.length) {
    throw new AppError('INVALID_ARGUMENT', 'A simulation needs at least two includes and one exclude.', {
      includes,
      excludes: docs.length - includes,
    });
  }
  const ids = docs.map((doc) => doc.id);
  for (let i = 1; i < ids.length; i += 1) {
    if (ids[i] === ids[i - 1]) throw new AppError('INVALID_ARGUMENT', `Record ids must be unique ("${ids[i]!}" is not).`);
  }
  const features = resolveConfig(config).features;
  return { docs, ids, features: buildFeatures(docs, features), featureOptions: JSON.stringify(features) };
}

/**
 * Simulates screening a labelled set with the active-learning ranker, as ASReview's simulation does:
 * one random include and one random exclude (drawn with `seed`) are the prior knowledge, then the
 * highest-scoring unscreened record is screened next and its known label revealed, the model being
 * refitted on the schedule above. The loop stops once every include has been found (the rest of the
 * order cannot change any metric). The figures read the whole order, priors included, as the
 * reference figures of the shared sets do; `insights` gives them without the priors, as ASReview
 * Insights reads them.
 */
export function simulate(docs: readonly LabelledDoc[], options: SimulateOptions): SimulationResult {
  return runSimulation(prepareSimulation(docs, options.config), options);
}

/** The prior include and exclude (rows): as given in options.prior, else drawn with the seed. */
function choosePrior(
  { docs, ids }: PreparedSet,
  options: SimulateOptions,
  includeRows: readonly number[],
  excludeRows: readonly number[],
): Readonly<{ include: number; exclude: number }> {
  if (options.prior === undefined) {
    const random = createRandom(options.seed, 0);
    return { include: includeRows[random.int(includeRows.length)]!, exclude: excludeRows[random.int(excludeRows.length)]! };
  }
  const rowOf = (id: string, label: 0 | 1, role: string): number => {
    const row = ids.indexOf(id);
    if (row < 0) throw new AppError('INVALID_ARGUMENT', `The prior ${role} "${id}" is not a record id of the set.`, { id });
    if (docs[row]!.label !== label) {
      throw new AppError('INVALID_ARGUMENT', `The prior ${role} "${id}" is labelled ${label === 1 ? 'excluded' : 'included'}.`, { id });
    }
    return row;
  };
  return { include: rowOf(options.prior.include, 1, 'include'), exclude: rowOf(options.prior.exclude, 0, 'exclude') };
}

/** `simulate` on a prepared set (the same features for every seed). */
export function runSimulation(prepared: PreparedSet, options: SimulateOptions): SimulationResult {
  const { docs, ids, features } = prepared;
  const n = docs.length;
  const config = resolveConfig({ ...options.config, seed: options.config?.seed ?? options.seed });
  if (JSON.stringify(config.features) !== prepared.featureOptions) {
    throw new AppError('INVALID_ARGUMENT', 'The set was prepared with other feature options.');
  }
  const schedule = { ...defaultSchedule(n), ...options.schedule };
  const includeRows: number[] = [];
  const excludeRows: number[] = [];
  docs.forEach((doc, r) => (doc.label === 1 ? includeRows : excludeRows).push(r));

  const { include: priorInclude, exclude: priorExclude } = choosePrior(prepared, options, includeRows, excludeRows);

  const screened: number[] = [priorInclude, priorExclude];
  const isScreened = new Uint8Array(n);
  isScreened[priorInclude] = 1;
  isScreened[priorExclude] = 1;
  let found = 1;
  let queue: number[] = [];
  let cursor = 0;
  let sinceFit = Infinity;
  let lastWasInclude = false;
  // Successive fits differ by a few decisions: start each solver where the last one ended.
  const warm = options.warmStart === false ? undefined : createWarmStart();

  while (found < includeRows.length && screened.length < n) {
    const early = screened.length < schedule.early;
    const due =
      cursor >= queue.length || early || (schedule.onInclude && lastWasInclude) || sinceFit >= schedule.every;
    if (due) {
      const sortedRows = screened.slice().sort((a, b) => a - b);
      const labelled = {
        rows: Int32Array.from(sortedRows),
        labels: Uint8Array.from(sortedRows, (r) => docs[r]!.label),
      };
      // Only as many records as will be screened before the next refit is due.
      queue = topRows(scoreAll(features, labelled, config, warm).scores, ids, isScreened, early ? 1 : schedule.every);
      cursor = 0;
      sinceFit = 0;
    }
    const next = queue[cursor]!;
    cursor += 1;
    sinceFit += 1;
    screened.push(next);
    isScreened[next] = 1;
    lastWasInclude = docs[next]!.label === 1;
    if (lastWasInclude) found += 1;
  }
  // Every include has been found: the rest are excludes, and their order changes no metric.
  for (let r = 0; r < n; r += 1) if (isScreened[r] === 0) screened.push(r);

  const fullLabels = screened.map((r) => docs[r]!.label);
  const afterPriors = fullLabels.slice(2);
  return {
    records: n,
    includes: includeRows.length,
    wss95: workSavedAt(fullLabels, 0.95),
    wss100: workSavedAt(fullLabels, 1),
    recallAt5: recallAfter(fullLabels, 0.05),
    recallAt10: recallAfter(fullLabels, 0.1),
    recallAt20: recallAfter(fullLabels, 0.2),
    atd: averageTimeToDiscovery(afterPriors),
    insights: {
      wss95: workSavedOverSampling(afterPriors, 0.95),
      wss100: workSavedOverSampling(afterPriors, 1),
      recallAt5: recallAt(afterPriors, 0.05),
      recallAt10: recallAt(afterPriors, 0.1),
      recallAt20: recallAt(afterPriors, 0.2),
    },
    curve: discoveryCurve(fullLabels),
    priorIds: [ids[priorInclude]!, ids[priorExclude]!],
    seed: options.seed,
  };
}
