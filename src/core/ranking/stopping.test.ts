import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { plattFit } from './stopping.js';

describe('plattFit', () => {
  it('recovers a logistic curve from labels drawn from it', () => {
    const random = createRandom(3);
    const scores: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const s = random.next() * 8 - 4;
      scores.push(s);
      labels.push(random.next() < 1 / (1 + Math.exp(-(1.5 * s - 1))) ? 1 : 0);
    }
    const { a, b, covariance } = plattFit(scores, labels);
    expect(a).toBeCloseTo(1.5, 0);
    expect(b).toBeCloseTo(-1, 0);
    expect(covariance[0]).toBeGreaterThan(0);
    expect(covariance[2]).toBeGreaterThan(0);
  });

  it('stays finite when the scores separate the classes perfectly', () => {
    const { a, b } = plattFit([-2, -1, -0.5, 0.5, 1, 2], [0, 0, 0, 1, 1, 1]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(20);
  });
});
