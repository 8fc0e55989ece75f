import { defaultFeatureOptions } from './tfidf.js';
import type { RankerConfig } from './types.js';

/**
 * The defaults, chosen on the shared benchmark sets as a whole (never per set) and explained in
 * docs/adr/0005-ranking-model.md.
 */
export const defaultRankerConfig: RankerConfig = {
  features: { ...defaultFeatureOptions, titleTerms: true, stopwordBigrams: true },
  model: 'ensemble',
  ensemble: ['logistic', 'naive-bayes'],
  c: 1,
  svmLoss: 'squared-hinge',
  nbAlpha: 3.822,
  balance: 'equal',
  presumptiveExcludes: 100,
  presumptiveMode: 'background',
  presumptiveWeight: 1,
  seed: 0,
  includeTerms: [],
  excludeTerms: [],
};

/** Fills a partial configuration with the defaults (nested feature options included). */
export function resolveConfig(partial: Partial<RankerConfig> = {}): RankerConfig {
  const features = { ...defaultRankerConfig.features, ...partial.features };
  return {
    ...defaultRankerConfig,
    ...partial,
    features: { ...features, tokenize: { ...defaultRankerConfig.features.tokenize, ...partial.features?.tokenize } },
  };
}
