import { defaultFeatureOptions } from './tfidf.js';
import type { RankerConfig } from './types.js';

/**
 * The defaults, chosen on the shared benchmark sets as a whole (never per set) and explained in
 * docs/adr/0005-ranking-model.md. With `naiveBayesVariants` set, naive Bayes ignores `nbAlpha`,
 * `balance` and `presumptiveExcludes` (which then concern logistic regression and the SVM only); pass
 * `naiveBayesVariants: []` for the single naive Bayes those fields describe.
 */
export const defaultRankerConfig: RankerConfig = {
  features: { ...defaultFeatureOptions, titleTerms: true, stopwordBigrams: true },
  model: 'ensemble',
  ensemble: ['logistic', 'naive-bayes'],
  ensembleWeights: [0.4, 1],
  // C = 0.6 (it was 1): over the 14 shared sets mean WSS@95 0.523 -> 0.527, the same from 0.3 to 0.6;
  // 0.6 also keeps ACEInhibitors' Ferdinands figure above ASReview's (ADR 0005).
  c: 0.6,
  // Twelve passes up to about 2,000 decisions, then fewer (7 at 3,000): the order hardly changes (ADR 0005).
  solverVisits: 24_000,
  svmLoss: 'squared-hinge',
  nbAlpha: 3.822,
  balance: 'equal',
  naiveBayesVariants: [
    // ASReview's default: α = 3.822, double balance, no presumed excludes.
    { alpha: 3.822, balance: 'double', presumptiveExcludes: 0 },
    // The excludes weigh: each class the same total weight, and the unscreened records as 100 excludes.
    { alpha: 1, balance: 'equal', presumptiveExcludes: 100 },
    // The includes weigh: (almost) a similarity to the includes found, the excludes smoothed away.
    { alpha: 0.1, balance: 'double', doubleBalance: { a: 20, alpha: 0.94, b: 0.789, beta: 1 }, presumptiveExcludes: 0 },
  ],
  // From 10 includes and 20 excludes on (it was 100 excludes): on a small set the choice then comes
  // while it can still matter (ADR 0005, read as REFERENCE.md reads its figures).
  naiveBayesSelection: { minIncludes: 10, minExcludes: 20 },
  presumptiveExcludes: 100,
  presumptiveMode: 'background',
  presumptiveWeight: 1,
  seed: 0,
  includeTerms: [],
  excludeTerms: [],
};

/**
 * Fills a partial configuration with the defaults (nested feature options included). Ensemble members
 * given without weights are weighted equally (the default weights belong to the default members).
 */
export function resolveConfig(partial: Partial<RankerConfig> = {}): RankerConfig {
  const features = { ...defaultRankerConfig.features, ...partial.features };
  const { ensembleWeights: _defaultWeights, ...defaults } = defaultRankerConfig;
  const weights =
    partial.ensembleWeights ?? (partial.ensemble === undefined ? defaultRankerConfig.ensembleWeights : undefined);
  return {
    ...defaults,
    ...partial,
    ...(weights !== undefined && { ensembleWeights: weights }),
    features: { ...features, tokenize: { ...defaultRankerConfig.features.tokenize, ...partial.features?.tokenize } },
  };
}
