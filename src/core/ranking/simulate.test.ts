import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { discoveryCurve, recallAfter, recallAt, workSavedAt, workSavedOverSampling } from './metrics.js';
import { createRanker } from './ranker.js';
import { simulate } from './simulate.js';
import { syntheticCorpus } from './synthetic.js';

const corpus = syntheticCorpus({ records: 400, includes: 25, signal: 0.25, seed: 11 });

describe('simulate', () => {
  const result = simulate(corpus, { seed: 1 });

  it('draws one include and one exclude as prior knowledge, from the seed', () => {
    const byId = new Map(corpus.map((d) => [d.id, d]));
    expect(result.priorIds).toHaveLength(2);
    expect(byId.get(result.priorIds[0]!)!.label).toBe(1);
    expect(byId.get(result.priorIds[1]!)!.label).toBe(0);
    expect(simulate(corpus, { seed: 2 }).priorIds).not.toEqual(result.priorIds);
  });

  it('takes the prior knowledge by id when given, and refuses ids that are not an include and an exclude', () => {
    const include = corpus.find((d) => d.label === 1 && d.id !== result.priorIds[0])!.id;
    const exclude = corpus.find((d) => d.label === 0)!.id;
    const given = simulate(corpus, { seed: 1, prior: { include, exclude } });
    expect(given.priorIds).toEqual([include, exclude]);
    expect(given.curve.slice(0, 3)).toEqual([0, 1, 1]);
    // The drawn pair, given explicitly, replays the drawn run exactly.
    const [drawnInclude, drawnExclude] = result.priorIds as [string, string];
    expect(simulate(corpus, { seed: 1, prior: { include: drawnInclude, exclude: drawnExclude } })).toEqual(result);
    expect(() => simulate(corpus, { seed: 1, prior: { include: exclude, exclude } })).toThrow(/labelled excluded/);
    expect(() => simulate(corpus, { seed: 1, prior: { include, exclude: include } })).toThrow(/labelled included/);
    expect(() => simulate(corpus, { seed: 1, prior: { include: 'no-such-id', exclude } })).toThrow(/not a record id/);
  });

  it('without warm starts, screens what the product ranker puts first after each decision', () => {
    const small = corpus.slice(0, 150);
    const run = simulate(small, { seed: 4, warmStart: false, schedule: { early: small.length } });
    const labelOf = new Map(small.map((d) => [d.id, d.label]));
    const ranker = createRanker(small, { seed: 4 });
    const labels = new Map<string, 0 | 1>(run.priorIds.map((id) => [id, labelOf.get(id)!]));
    const curve = [0, 1, 1];
    while (curve.at(-1)! < run.includes) {
      ranker.fit(labels);
      const next = ranker.order()[0]!;
      labels.set(next, labelOf.get(next)!);
      curve.push(curve.at(-1)! + labelOf.get(next)!);
    }
    expect(run.curve.slice(0, curve.length)).toEqual(curve);
  });

  it('gives a discovery curve over every record, priors first', () => {
    expect(result.records).toBe(400);
    expect(result.includes).toBe(25);
    expect(result.curve).toHaveLength(401);
    expect(result.curve.slice(0, 3)).toEqual([0, 1, 1]);
    expect(result.curve.at(-1)).toBe(25);
    for (let k = 1; k < result.curve.length; k += 1) {
      expect(result.curve[k]! - result.curve[k - 1]!).toBeGreaterThanOrEqual(0);
      expect(result.curve[k]! - result.curve[k - 1]!).toBeLessThanOrEqual(1);
    }
  });

  it('reports the metrics of the whole order, and Insights’ of the order after the priors', () => {
    const whole = result.curve.slice(1).map((found, i) => found - result.curve[i]!);
    expect(whole.slice(0, 2)).toEqual([1, 0]);
    expect(result.wss95).toBe(workSavedAt(whole, 0.95));
    expect(result.wss100).toBe(workSavedAt(whole, 1));
    expect(result.recallAt10).toBe(recallAfter(whole, 0.1));
    const labels = whole.slice(2);
    expect(discoveryCurve(labels).at(-1)).toBe(24);
    expect(result.insights.wss95).toBe(workSavedOverSampling(labels, 0.95));
    expect(result.insights.wss100).toBe(workSavedOverSampling(labels, 1));
    expect(result.insights.recallAt10).toBe(recallAt(labels, 0.1));
    expect(result.recallAt5).toBeLessThanOrEqual(result.recallAt10);
    expect(result.recallAt10).toBeLessThanOrEqual(result.recallAt20);
  });

  it('finds the includes far sooner than random screening on a learnable set', () => {
    expect(result.wss95).toBeGreaterThan(0.7);
    expect(result.recallAt10).toBeGreaterThan(0.6);
    expect(result.atd).toBeLessThan(0.2 * 398);
  });

  it('does no better than random on a set without signal', () => {
    const noise = syntheticCorpus({ records: 300, includes: 20, signal: 0, seed: 3 });
    const wss = [0, 1, 2, 3].map((seed) => simulate(noise, { seed }).wss95);
    const mean = wss.reduce((a, b) => a + b, 0) / wss.length;
    expect(Math.abs(mean)).toBeLessThan(0.2);
  });

  it('is deterministic for a seed and independent of the row order', () => {
    const again = simulate(corpus.slice().reverse(), { seed: 1 });
    expect(again).toEqual(result);
  });

  it('serialises to JSON with the headline figures first', () => {
    const json = JSON.stringify(result);
    expect(Object.keys(JSON.parse(json) as object).slice(0, 3)).toEqual(['records', 'includes', 'wss95']);
  });

  it('needs two includes and one exclude', () => {
    const one = corpus.map((d, i) => ({ ...d, label: i === 0 ? (1 as const) : (0 as const) }));
    expect(() => simulate(one, { seed: 0 })).toThrow(AppError);
    expect(() => simulate([...corpus, corpus[0]!], { seed: 0 })).toThrow(/unique/);
  });
});
