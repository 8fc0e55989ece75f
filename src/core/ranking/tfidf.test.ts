import { describe, expect, it } from 'vitest';
import { buildFeatures, defaultFeatureOptions } from './tfidf.js';

const docs = [
  { id: 'a', title: 'Nudging vaccination', abstract: 'Nudging increases vaccination uptake.' },
  { id: 'b', title: 'Vaccination uptake', abstract: 'Reminders and vaccination uptake.' },
  { id: 'c', title: 'Statins', abstract: 'Statins lower cholesterol.' },
  { id: 'd' },
];

describe('buildFeatures', () => {
  const space = buildFeatures(docs, defaultFeatureOptions);

  it('keeps uni- and bigrams seen in at least two records, in sorted column order', () => {
    // "nudging" (a only) and "statin" (c only) appear in one record each and are dropped;
    // "vaccination uptake" is a bigram of both a (abstract) and b (title and abstract).
    expect(space.terms).toEqual(['uptake', 'vaccination', 'vaccination uptake']);
  });

  it('uses smoothed idf ln((1+N)/(1+df)) + 1', () => {
    // uptake: df 2 of N 4.
    expect(space.idf[0]).toBeCloseTo(Math.log(5 / 3) + 1, 12);
  });

  it('gives unit-length rows (zero rows for records without text or kept terms)', () => {
    const { indptr, values } = space.matrix;
    for (const row of [0, 1]) {
      let sum = 0;
      for (let k = indptr[row]!; k < indptr[row + 1]!; k += 1) sum += values[k]! ** 2;
      expect(sum).toBeCloseTo(1, 12);
    }
    expect(indptr[3]).toBe(indptr[2]);
    expect(indptr[4]).toBe(indptr[3]);
  });

  it('applies sublinear tf: twice "vaccination" weighs 1 + ln 2 times once', () => {
    // Record b: vaccination ×2, uptake ×2; both have df 2, so equal idf and equal values.
    const { indptr, values } = space.matrix;
    const row = Array.from(values.slice(indptr[1], indptr[2]));
    expect(row[0]).toBeCloseTo(row[1]!, 12);
    // Record a: vaccination ×2 but uptake ×1 and the bigram ×1.
    const a = Array.from(values.slice(indptr[0], indptr[1]));
    expect(a[1]! / a[0]!).toBeCloseTo(1 + Math.log(2), 12);
  });

  it('does not depend on record order, and its fingerprint tracks the vocabulary', () => {
    const reversed = buildFeatures(docs.slice().reverse(), defaultFeatureOptions);
    expect(reversed.terms).toEqual(space.terms);
    expect(reversed.vocabularyHash).toBe(space.vocabularyHash);
    const changed = buildFeatures([...docs, { id: 'e', title: 'Statins and cholesterol' }], defaultFeatureOptions);
    expect(changed.vocabularyHash).not.toBe(space.vocabularyHash);
    const unigrams = buildFeatures(docs, { ...defaultFeatureOptions, ngramMax: 1 });
    expect(unigrams.vocabularyHash).not.toBe(space.vocabularyHash);
    expect(unigrams.terms).toEqual(['uptake', 'vaccination']);
  });

  it('drops terms in more than maxDf of the records (df 2 of 4 is kept at 0.5, dropped at 0.25)', () => {
    const space2 = buildFeatures(docs, { ...defaultFeatureOptions, maxDf: 0.5 });
    expect(space2.terms).toEqual(['uptake', 'vaccination', 'vaccination uptake']);
    const space3 = buildFeatures(docs, { ...defaultFeatureOptions, maxDf: 0.25 });
    expect(space3.terms).toEqual([]);
  });
});
