import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageTimeToDiscovery,
  discoveryCurve,
  legacyRecallAt,
  legacyWorkSavedOverSampling,
  recallAfter,
  recallAt,
  workSavedAt,
  workSavedOverSampling,
} from './metrics.js';

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

describe('legacyWorkSavedOverSampling and legacyRecallAt (ASReview 0.x)', () => {
  it('reads recall reached minus share screened at the first record where recall reaches the level', () => {
    // 3 includes: 95% is first reached with the third, at record 10 of 10: 1 − 1 = 0.
    expect(legacyWorkSavedOverSampling([order], 0.95)).toBeCloseTo(0, 12);
    // 2/3 ≥ 0.6 at record 3: 2/3 − 3/10.
    expect(legacyWorkSavedOverSampling([order], 0.6)).toBeCloseTo(2 / 3 - 0.3, 12);
  });

  it('averages the recall curves of the runs first', () => {
    const other = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    // Mean recall: 2/3 after 1 … 1 after 3 only in `other`; mean after 3 records = (2/3 + 1) / 2 = 5/6.
    expect(legacyWorkSavedOverSampling([order, other], 0.8)).toBeCloseTo(5 / 6 - 0.3, 12);
    expect(legacyRecallAt([order, other], 0.2)).toBeCloseTo((1 / 3 + 2 / 3) / 2, 12);
  });

  it('reads recall after ⌈fraction · n⌉ records', () => {
    expect(legacyRecallAt([order], 0.25)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(order, 0.25)).toBeCloseTo(1 / 3, 12);
  });

  it('needs runs over the same records, and is NaN without runs or includes', () => {
    expect(() => legacyWorkSavedOverSampling([order, [1, 0]], 0.95)).toThrow(RangeError);
    expect(legacyWorkSavedOverSampling([], 0.95)).toBeNaN();
    expect(legacyRecallAt([[0, 0]], 0.5)).toBeNaN();
  });
});

// REFERENCE.md's reading, worked by hand.
describe('workSavedAt (REFERENCE.md)', () => {
  it('waits for ⌈level · includes⌉ includes: the last of three at 95%', () => {
    // 3 includes: ⌈2.85⌉ = 3, found at the 10th record: nothing left unscreened, minus 0.05.
    expect(workSavedAt(order, 0.95)).toBeCloseTo(-0.05, 12);
    // ⌈1.5⌉ = 2 at 50%, found at the 3rd record: 7/10 − 0.5.
    expect(workSavedAt(order, 0.5)).toBeCloseTo(0.2, 12);
  });

  it('does not round 0.95 · 20 = 19 up to 20', () => {
    const labels = [...Array<number>(19).fill(1), ...Array<number>(80).fill(0), 1];
    expect(workSavedAt(labels, 0.95)).toBeCloseTo(81 / 100 - 0.05, 12);
  });

  it('is never above Insights’ reading on the same order (it waits for at least as many includes)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { minLength: 2, maxLength: 200 }), (labels) => {
        fc.pre(labels.includes(1));
        const perfect = labels.slice().sort((a, b) => b - a);
        expect(workSavedAt(perfect, 0.95)).toBeGreaterThanOrEqual(workSavedAt(labels, 0.95));
        expect(workSavedAt(labels, 1)).toBeLessThanOrEqual(workSavedAt(labels, 0.95) + 0.05 + 1e-12);
      }),
    );
  });

  it('is NaN without includes', () => {
    expect(workSavedAt([0, 0], 0.95)).toBeNaN();
  });
});

describe('recallAfter (REFERENCE.md)', () => {
  it('counts includes among the first ⌈fraction · n⌉ records', () => {
    expect(recallAfter(order, 0.1)).toBeCloseTo(1 / 3, 12);
    expect(recallAfter(order, 0.25)).toBeCloseTo(2 / 3, 12); // ⌈2.5⌉ = 3 records
    expect(recallAfter(order, 0.05)).toBeCloseTo(1 / 3, 12); // half a record: the first
    expect(recallAfter([0, 1, 1], 1)).toBe(1);
  });

  it('reads 10% of 310 records as 31, not 32', () => {
    const labels = [...Array<number>(30).fill(0), 1, 1, ...Array<number>(278).fill(0)];
    expect(recallAfter(labels, 0.1)).toBe(0.5);
  });
});
