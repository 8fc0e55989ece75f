import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config.js';
import { buildTrainingSet, chooseNaiveBayes, classCosts, createWarmStart, modelScores, solverPasses } from './engine.js';
import { syntheticCorpus } from './synthetic.js';
import { buildFeatures } from './tfidf.js';

const config = resolveConfig();

describe('classCosts', () => {
  it('equal: includes weigh n_exclude / n_include, presumed excludes counted', () => {
    expect(classCosts(4, 36, 100, config)).toEqual({ includeCost: 34, excludeCost: 1 });
    expect(classCosts(0, 36, 100, config)).toEqual({ includeCost: 1, excludeCost: 1 });
    expect(classCosts(4, 36, 100, { ...config, balance: 'none' })).toEqual({ includeCost: 1, excludeCost: 1 });
  });

  it("double: ASReview's expected resampling keeps the training size and thins the excludes", () => {
    // n = 310, w1 = 2.155 · (10/300)^−0.94 ≈ 52.71, w0 = 1 − 0.211 / (1 + ln 310) ≈ 0.9687,
    // n1 = 310 · 527.1 / (527.1 + 290.6) ≈ 199.8 include copies, 110.2 excludes.
    const { includeCost, excludeCost } = classCosts(10, 300, 0, { ...config, balance: 'double' });
    expect(includeCost * 10 + excludeCost * 300).toBeCloseTo(310, 9);
    expect(includeCost).toBeCloseTo(20.0, 0);
    expect(excludeCost).toBeCloseTo(0.367, 3);
  });
});

describe('solverPasses', () => {
  it('runs twelve passes up to the budget, then fewer, never under six; twelve without a budget', () => {
    expect(solverPasses(config, 1_001)).toBe(12);
    expect(solverPasses(config, 2_000)).toBe(12);
    expect(solverPasses(config, 3_001)).toBe(7);
    expect(solverPasses(config, 2_667)).toBe(8);
    expect(solverPasses(config, 10_001)).toBe(6);
    expect(solverPasses({ ...config, solverVisits: undefined }, 10_001)).toBe(12);
    expect(solverPasses(config, 0)).toBe(12);
  });
});

describe('buildTrainingSet', () => {
  it('draws presumed excludes from unscreened records only, reproducibly', () => {
    const labelled = { rows: Int32Array.from([0, 1, 2]), labels: Uint8Array.from([1, 0, 0]) };
    const sample = { ...config, presumptiveMode: 'sample' as const, presumptiveExcludes: 5 };
    const set = buildTrainingSet(50, labelled, sample);
    expect(set.rows).toHaveLength(8);
    const presumed = Array.from(set.rows.slice(3));
    expect(presumed.every((row) => row > 2)).toBe(true);
    expect(Array.from(set.signs.slice(3))).toEqual([-1, -1, -1, -1, -1]);
    expect(Array.from(buildTrainingSet(50, labelled, sample).rows)).toEqual(Array.from(set.rows));
    // 'background' adds no rows: the unscreened records enter as one mass.
    expect(buildTrainingSet(50, labelled, config).rows).toHaveLength(3);
  });
});

describe('modelScores', () => {
  const corpus = syntheticCorpus({ records: 200, includes: 15, signal: 0.3, seed: 4 });
  const features = buildFeatures(corpus, config.features);
  const includeRows = corpus.flatMap((d, r) => (d.label === 1 ? [r] : []));
  const rows = [...includeRows.slice(0, 3), 0, 1, 2, 3, 4].filter((r, i, all) => all.indexOf(r) === i).sort((a, b) => a - b);
  const labelled = { rows: Int32Array.from(rows), labels: Uint8Array.from(rows, (r) => corpus[r]!.label) };

  it('scores the unseen includes above the excludes, for every model', () => {
    for (const model of ['svm', 'logistic', 'naive-bayes', 'ensemble'] as const) {
      const scores = modelScores(features, labelled, { ...config, model });
      const unseen = corpus.map((_, r) => r).filter((r) => !rows.includes(r));
      const mean = (list: number[]): number => list.reduce((a, b) => a + scores[b]!, 0) / list.length;
      expect(mean(unseen.filter((r) => corpus[r]!.label === 1))).toBeGreaterThan(mean(unseen.filter((r) => corpus[r]!.label === 0)));
    }
  });

  it('a warm start reaches the same order as a cold one', () => {
    const warm = createWarmStart();
    modelScores(features, { rows: labelled.rows.slice(0, -1), labels: labelled.labels.slice(0, -1) }, config, undefined, warm);
    const warmed = modelScores(features, labelled, config, undefined, warm);
    const cold = modelScores(features, labelled, config);
    const top = (scores: Float64Array): number[] => Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!).slice(0, 20);
    expect(top(warmed)).toEqual(top(cold));
    expect(warm.logistic.size).toBeGreaterThan(0);
  });
});

describe('chooseNaiveBayes', () => {
  const corpus = syntheticCorpus({ records: 400, includes: 40, signal: 0.3, seed: 11 });
  const features = buildFeatures(corpus, config.features);
  const labelledFirst = (count: number) => {
    const rows = Int32Array.from({ length: count }, (_, i) => i);
    return { rows, labels: Uint8Array.from(rows, (r) => corpus[r]!.label) };
  };

  it('uses the first variant until enough includes and excludes are decided', () => {
    const few = labelledFirst(30);
    const choice = chooseNaiveBayes(features, few, config);
    expect(choice.variant).toBe(0);
    expect(choice.auc).toEqual([]);
  });

  it('then takes the variant whose leave-one-out scores separate the decisions best, the same way every time', () => {
    const many = labelledFirst(300);
    expect(Array.from(many.labels).filter((l) => l === 1).length).toBeGreaterThanOrEqual(10);
    const choice = chooseNaiveBayes(features, many, config);
    expect(choice.auc).toHaveLength(config.naiveBayesVariants!.length);
    expect(choice.auc[choice.variant]).toBe(Math.max(...choice.auc));
    expect(choice.auc.every((a) => a > 0.5 && a <= 1)).toBe(true);
    expect(chooseNaiveBayes(features, many, config).variant).toBe(choice.variant);
  });
});
