import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { createRanker, reproduceOrder, restoreRanker } from './ranker.js';
import { parseRankerState } from './state.js';
import { defaultFeatureOptions } from './tfidf.js';
import { syntheticCorpus } from './synthetic.js';
import type { Label, RankDoc } from './types.js';

const corpus = syntheticCorpus({ records: 300, includes: 20, signal: 0.3, seed: 5 });
const docs: RankDoc[] = corpus.map(({ id, title, abstract }) => ({ id, title, abstract }));
const includeIds = corpus.filter((d) => d.label === 1).map((d) => d.id);
const excludeIds = corpus.filter((d) => d.label === 0).map((d) => d.id);

function labelsOf(includes: readonly string[], excludes: readonly string[]): Map<string, Label> {
  return new Map<string, Label>([...includes.map((id) => [id, 1] as const), ...excludes.map((id) => [id, 0] as const)]);
}

describe('createRanker', () => {
  const labels = labelsOf(includeIds.slice(0, 3), excludeIds.slice(0, 10));

  it('puts the unseen includes first once a few are known', () => {
    const ranker = createRanker(docs, { seed: 1 });
    ranker.fit(labels);
    const order = ranker.order();
    expect(order).toHaveLength(docs.length - labels.size);
    const top = new Set(order.slice(0, 17));
    const found = includeIds.slice(3).filter((id) => top.has(id)).length;
    expect(found).toBeGreaterThanOrEqual(14);
  });

  it('is deterministic and independent of the order records are given in', () => {
    const a = createRanker(docs, { seed: 3 });
    const b = createRanker(docs.slice().reverse(), { seed: 3 });
    a.fit(labels);
    b.fit(new Map([...labels].reverse()));
    expect(b.order()).toEqual(a.order());
    expect([...b.scores()].sort()).toEqual([...a.scores()].sort());
  });

  it('breaks ties by id', () => {
    const twins: RankDoc[] = [
      { id: 'z', title: 'copper chelation therapy', abstract: 'copper chelation in wilson disease' },
      { id: 'm', title: 'copper chelation therapy', abstract: 'copper chelation in wilson disease' },
      { id: 'q', title: 'copper chelation therapy', abstract: 'copper chelation in wilson disease' },
      { id: 'a', title: 'statin therapy', abstract: 'statins and cholesterol in heart disease' },
      { id: 'b', title: 'statin trial', abstract: 'statins lower cholesterol' },
    ];
    for (const model of ['svm', 'logistic', 'naive-bayes', 'ensemble'] as const) {
      const ranker = createRanker(twins, { model, presumptiveExcludes: 0 });
      ranker.fit(labelsOf(['q'], ['b']));
      expect(ranker.order().slice(0, 2)).toEqual(['m', 'z']);
    }
  });

  it('leaves out labelled records and those in `exclude`', () => {
    const ranker = createRanker(docs);
    ranker.fit(labels);
    const order = ranker.order(new Set([docs[100]!.id, 'not-a-record']));
    expect(order).not.toContain(docs[100]!.id);
    for (const id of labels.keys()) expect(order).not.toContain(id);
    expect(order).toHaveLength(docs.length - labels.size - 1);
  });

  it('ignores decisions on records it does not know', () => {
    const ranker = createRanker(docs);
    ranker.fit(new Map([...labels, ['elsewhere', 1]]));
    expect(ranker.state().training.map(([id]) => id)).not.toContain('elsewhere');
    expect(ranker.state().training).toHaveLength(labels.size);
  });

  it('rejects duplicate ids', () => {
    expect(() => createRanker([...docs, docs[0]!])).toThrow(AppError);
  });

  it('cold-starts from keywords before any include is known', () => {
    const records: RankDoc[] = [
      { id: '1', title: 'Exercise for depression', abstract: 'A trial of exercise.' },
      { id: '2', title: 'Nudging vaccination uptake', abstract: 'Text message reminders as a nudge.' },
      { id: '3', title: 'Statins', abstract: 'Cholesterol lowering.' },
      { id: '4', title: 'Default options and organ donation', abstract: 'A nudge by default; not a mouse study.' },
      { id: '5', title: 'Nudging in mice', abstract: 'A mouse study.' },
    ];
    const ranker = createRanker(records, { includeTerms: ['nudge', 'default option'], excludeTerms: ['mouse'], features: { ...defaultFeatureOptions, minDf: 1, maxDf: 1 } });
    const order = ranker.order();
    expect(order.slice(0, 2).sort()).toEqual(['2', '4']);
    expect(order.at(-1)).toBe('5');
    // Only excludes known: still the keywords.
    ranker.fit(labelsOf([], ['1']));
    expect(ranker.order()[0]).toMatch(/^[24]$/);
  });

  it('without keywords starts from a seeded random order', () => {
    const a = createRanker(docs, { seed: 1 }).order();
    expect(createRanker(docs, { seed: 1 }).order()).toEqual(a);
    expect(createRanker(docs, { seed: 2 }).order()).not.toEqual(a);
    expect(a.slice().sort()).toEqual(docs.map((d) => d.id).sort());
  });
});

describe('RankerState', () => {
  const labels = labelsOf(includeIds.slice(0, 2), excludeIds.slice(0, 25));

  it('survives JSON and reproduces the order', () => {
    for (const model of ['svm', 'logistic', 'naive-bayes', 'ensemble'] as const) {
      const ranker = createRanker(docs, { model, seed: 9 });
      ranker.fit(labels);
      const saved = parseRankerState(JSON.parse(JSON.stringify(ranker.state())));
      expect(saved.training).toHaveLength(labels.size);
      expect(saved.seed).toBe(9);
      expect(reproduceOrder(docs.slice().reverse(), saved)).toEqual(ranker.order());
    }
  });

  it('reproduces the order once naive Bayes chooses among its variants (from 10 includes and 20 excludes)', () => {
    const many = labelsOf(includeIds.slice(0, 12), excludeIds.slice(0, 120));
    const ranker = createRanker(docs, { seed: 3 });
    ranker.fit(many);
    expect(reproduceOrder(docs, parseRankerState(JSON.parse(JSON.stringify(ranker.state()))))).toEqual(ranker.order());
  });

  it('replays a state saved with the earlier threshold (100 excludes) with that threshold', () => {
    // 12 includes and 50 excludes: past the current threshold, short of the earlier one.
    const between = labelsOf(includeIds.slice(0, 12), excludeIds.slice(0, 50));
    const then = createRanker(docs, { naiveBayesSelection: { minIncludes: 10, minExcludes: 100 } });
    then.fit(between);
    const saved = parseRankerState(JSON.parse(JSON.stringify(then.state())));
    expect(saved.config.naiveBayesSelection).toEqual({ minIncludes: 10, minExcludes: 100 });
    expect(reproduceOrder(docs, saved)).toEqual(then.order());
  });

  it('replays a state saved before the naive Bayes variants and ensemble weights as that version ran it', () => {
    const many = labelsOf(includeIds.slice(0, 12), excludeIds.slice(0, 120));
    const then = createRanker(docs, { naiveBayesVariants: [], ensembleWeights: [1, 1] });
    then.fit(many);
    const { naiveBayesVariants: _variants, naiveBayesSelection: _selection, ensembleWeights: _weights, ...oldConfig } = then.state().config;
    const saved = parseRankerState(JSON.parse(JSON.stringify({ ...then.state(), config: oldConfig })));
    expect(reproduceOrder(docs, saved)).toEqual(then.order());
  });

  it("replays a state with the solvers' budget it was saved with, and one saved before the budget with twelve passes", () => {
    const many = labelsOf(includeIds.slice(0, 12), excludeIds.slice(0, 120));
    // 600 visits over 133 examples: six passes instead of twelve.
    const budgeted = createRanker(docs, { seed: 4, solverVisits: 600 });
    const unbounded = createRanker(docs, { seed: 4, solverVisits: undefined });
    budgeted.fit(many);
    unbounded.fit(many);
    expect([...budgeted.scores()]).not.toEqual([...unbounded.scores()]);
    const saved = parseRankerState(JSON.parse(JSON.stringify(budgeted.state())));
    expect(saved.config.solverVisits).toBe(600);
    expect(reproduceOrder(docs, saved)).toEqual(budgeted.order());
    const { solverVisits: _visits, ...before } = unbounded.state().config;
    const old = parseRankerState(JSON.parse(JSON.stringify({ ...unbounded.state(), config: before })));
    expect([...restoreRanker(docs, old).scores()]).toEqual([...unbounded.scores()]);
  });

  it('refuses records that are not the ones it was saved with', () => {
    const ranker = createRanker(docs);
    ranker.fit(labels);
    const state = ranker.state();
    expect(() => restoreRanker(docs.slice(1), state)).toThrow(/not those/);
    const edited = docs.map((d, i) => (i === 0 ? { ...d, title: 'an entirely new title about statins' } : d));
    expect(() => restoreRanker(edited, state)).toThrow(/not those/);
    expect(() => restoreRanker(docs, { ...state, vocabularyHash: '0123456789abcdef' })).toThrow(/features differ/);
  });

  it('rejects something that is not a state', () => {
    expect(() => parseRankerState({ version: 2 })).toThrow(AppError);
    try {
      parseRankerState({ ...createRanker(docs).state(), training: [['a', 2]] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('estimateRemainingRelevant', () => {
  it('brackets the includes still unscreened', () => {
    const ranker = createRanker(docs, { seed: 2 });
    const labels = labelsOf(includeIds.slice(0, 10), excludeIds.slice(0, 60));
    ranker.fit(labels);
    const estimate = ranker.estimateRemainingRelevant(labels);
    expect(estimate.low).toBeLessThanOrEqual(10);
    expect(estimate.high).toBeGreaterThanOrEqual(10);
    expect(estimate.low).toBeLessThanOrEqual(estimate.estimate);
    expect(estimate.estimate).toBeLessThanOrEqual(estimate.high);
    expect(estimate.method).toMatch(/Platt/);
  });

  it('says little is left once every include has been found', () => {
    const ranker = createRanker(docs, { seed: 2 });
    const labels = labelsOf(includeIds, excludeIds.slice(0, 100));
    const estimate = ranker.estimateRemainingRelevant(labels);
    // Truth 0 of 180 unscreened; about 2 (1%) is what a calibrated model says with 20 includes known.
    expect(estimate.estimate).toBeLessThan(2.5);
    expect(estimate.low).toBe(0);
  });

  it('falls back to the include rate with too few decisions', () => {
    const ranker = createRanker(docs);
    const estimate = ranker.estimateRemainingRelevant(labelsOf(includeIds.slice(0, 1), excludeIds.slice(0, 9)));
    expect(estimate.estimate).toBeCloseTo(0.1 * 290, 6);
    expect(estimate.method).toMatch(/Too few decisions/);
  });

  it('is zero when nothing is left', () => {
    const ranker = createRanker(docs.slice(0, 3));
    const all = new Map<string, Label>(docs.slice(0, 3).map((d) => [d.id, 0]));
    expect(ranker.estimateRemainingRelevant(all)).toMatchObject({ estimate: 0, low: 0, high: 0 });
  });
});
