import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrainingSet } from './linear-model.js';
import { trainNaiveBayes } from './naive-bayes.js';
import type { SparseMatrix } from './sparse.js';
import { dotRow } from './sparse.js';

/** A small dense matrix written as CSR. */
function csr(rows: readonly (readonly number[])[]): SparseMatrix {
  const indptr = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.forEach((v, j) => {
      if (v !== 0) {
        indices.push(j);
        values.push(v);
      }
    });
    indptr.push(indices.length);
  }
  return { rows: rows.length, cols: rows[0]?.length ?? 0, indptr: Int32Array.from(indptr), indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

const setOf = (signs: readonly (1 | -1)[], costs: readonly number[], keep: (i: number) => boolean = () => true): TrainingSet => {
  const rows = signs.map((_, i) => i).filter(keep);
  return { rows: Int32Array.from(rows), signs: Int8Array.from(rows.map((i) => signs[i]!)), costs: Float64Array.from(rows.map((i) => costs[i]!)) };
};

describe('trainNaiveBayes leave-one-out', () => {
  it("gives each training row the score of the model trained without it (class costs of the others kept)", () => {
    const cell = fc.double({ min: 0, max: 3, noNaN: true }).map((v) => (v < 1 ? 0 : v));
    const problem = fc
      .integer({ min: 4, max: 9 })
      .chain((n) =>
        fc.record({
          rows: fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: n, maxLength: n }),
          signs: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: n, maxLength: n }),
          costs: fc.array(fc.double({ min: 0.5, max: 4, noNaN: true }), { minLength: n, maxLength: n }),
          alpha: fc.constantFrom(0.1, 1, 3.822),
        }),
      )
      // Two rows of each class, so that leaving one out keeps both classes.
      .filter((p) => p.signs.filter((s) => s > 0).length >= 2 && p.signs.filter((s) => s < 0).length >= 2);
    fc.assert(
      fc.property(problem, ({ rows, signs, costs, alpha }) => {
        const matrix = csr(rows);
        const model = trainNaiveBayes(matrix, setOf(signs, costs), alpha, undefined, signs.map((_, i) => i));
        signs.forEach((_, i) => {
          const without = trainNaiveBayes(matrix, setOf(signs, costs, (k) => k !== i), alpha);
          const expected = dotRow(matrix, i, without.weights) + without.bias;
          expect(model.leaveOneOut![i]).toBeCloseTo(expected, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the model itself as it is without leave-one-out', () => {
    const matrix = csr([
      [1, 0, 2],
      [0, 1, 1],
      [2, 1, 0],
      [0, 0, 3],
    ]);
    const set = setOf([1, -1, 1, -1], [2, 1, 2, 1]);
    const plain = trainNaiveBayes(matrix, set, 1);
    const withLoo = trainNaiveBayes(matrix, set, 1, undefined, [3, 1]);
    expect(Array.from(withLoo.weights)).toEqual(Array.from(plain.weights));
    expect(withLoo.bias).toBe(plain.bias);
    expect(plain.leaveOneOut).toBeUndefined();
    // Scores come in the order the positions were asked for.
    const all = trainNaiveBayes(matrix, set, 1, undefined, [0, 1, 2, 3]).leaveOneOut!;
    expect(Array.from(withLoo.leaveOneOut!)).toEqual([all[3], all[1]]);
  });
});
