import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { estimateStillStands, plattFit } from './stopping.js';
import type { Label } from './types.js';

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

describe('estimateStillStands', () => {
  const decisions = (n: number, flip = -1): Map<string, Label> =>
    new Map(Array.from({ length: n }, (_, i) => [`r${i}`, (i % 7 === 0) !== (i === flip) ? 1 : 0] as const));

  it('holds while only new decisions came, fewer than one in fifty', () => {
    expect(estimateStillStands(decisions(40), decisions(40))).toBe(true);
    // Up to 100 decisions every new one asks for a new estimate.
    expect(estimateStillStands(decisions(40), decisions(41))).toBe(false);
    expect(estimateStillStands(decisions(1000), decisions(1019))).toBe(true);
    expect(estimateStillStands(decisions(1000), decisions(1020))).toBe(false);
    expect(estimateStillStands(decisions(3000), decisions(3059))).toBe(true);
  });

  it('falls after an undo or a changed decision', () => {
    expect(estimateStillStands(decisions(1000), decisions(999))).toBe(false);
    expect(estimateStillStands(decisions(1000), decisions(1005, 10))).toBe(false);
    const other = decisions(1005);
    other.delete('r3');
    other.set('new', 0);
    expect(estimateStillStands(decisions(1000), other)).toBe(false);
  });
});
