import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageTimeToDiscovery, discoveryCurve, recallAt, workSavedOverSampling } from './metrics.js';

// Worked by hand from the definitions in asreview-insights (algorithms.py, metrics.py).
const order = [1, 0, 1, 0, 0, 0, 0, 0, 0, 1];

describe('workSavedOverSampling', () => {
  it('reads WSS@95 at the largest k with k/includes ≤ 0.95, against the rounded random diagonal', () => {
    // k = 2 (2/3 ≤ 0.95 < 3/3); found at index 2; round(j·3/9) first reaches 2 at j = 5.
    expect(workSavedOverSampling(order, 0.95)).toBeCloseTo(0.3, 12);
  });

  it('reads WSS@100 at the last include, which can be negative', () => {
    // Found at index 9; round(8·3/9) = round(2.67) = 3 already at j = 8.
    expect(workSavedOverSampling(order, 1)).toBeCloseTo(-0.1, 12);
  });

  it('rounds the random diagonal half to even, as numpy does', () => {
    // step 2/4: j = 1 gives 0.5, which numpy rounds to 0, so random screening reaches 1 at j = 2.
    expect(workSavedOverSampling([1, 0, 0, 0, 1], 0.95)).toBeCloseTo(0.4, 12);
  });

  it('falls back to the last include when even one include is above the level', () => {
    expect(workSavedOverSampling([0, 1, 0, 0], 0.5)).toBe(workSavedOverSampling([0, 1, 0, 0], 1));
  });

  it('is NaN without includes', () => {
    expect(workSavedOverSampling([0, 0, 0], 0.95)).toBeNaN();
  });

  it('is highest for the perfect order and about zero on average for a random one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { minLength: 2, maxLength: 200 }), (labels) => {
        fc.pre(labels.includes(1));
        const perfect = labels.slice().sort((a, b) => b - a);
        expect(workSavedOverSampling(perfect, 0.95)).toBeGreaterThanOrEqual(workSavedOverSampling(labels, 0.95));
        expect(workSavedOverSampling(labels, 0.95)).toBeGreaterThan(-1);
        expect(workSavedOverSampling(labels, 0.95)).toBeLessThan(1);
      }),
    );
  });
});

describe('recallAt', () => {
  it('counts includes among the first floor(fraction · n) records', () => {
    expect(recallAt(order, 0.1)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(order, 0.2)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(order, 0.3)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(order, 1)).toBe(1);
  });

  it('is 0 when the share is less than one record', () => {
    expect(recallAt(order, 0.05)).toBe(0);
  });

  it('never decreases as more is screened', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (labels, a, b) => {
        fc.pre(labels.includes(1));
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(recallAt(labels, lo)).toBeLessThanOrEqual(recallAt(labels, hi));
      }),
    );
  });
});

describe('averageTimeToDiscovery and discoveryCurve', () => {
  it('averages the 1-based positions of the includes', () => {
    expect(averageTimeToDiscovery(order)).toBeCloseTo((1 + 3 + 10) / 3, 12);
    expect(averageTimeToDiscovery([0, 0])).toBeNaN();
  });

  it('counts includes found after k screened, k = 0 … n', () => {
    expect(discoveryCurve(order)).toEqual([0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(discoveryCurve([])).toEqual([0]);
  });
});
