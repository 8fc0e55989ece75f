import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromTable, fleissKappa, krippendorffAlpha, percentAgreement, seededRandom } from './index.js';

/** Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (as in R irr's `diagnoses`). */
const fleiss1971 = [
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
].map((row) => row.map(String));

/** Krippendorff (2011), "Computing Krippendorff's alpha-reliability", §C: 4 observers, 12 units, gaps. */
const kripp2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const byUnit = (observers: (number | null)[][]) =>
  (observers[0] ?? []).map((_, u) => observers.flatMap((o) => (o[u] === null || o[u] === undefined ? [] : [String(o[u])])));

describe("Cohen's kappa", () => {
  it('matches the SAS PROC FREQ printout for a 3×3 table (kappa, ASE, CI, ASE under H0)', () => {
    const k = cohenKappaFromTable([
      [0, 4, 1],
      [0, 8, 0],
      [0, 1, 5],
    ]);
    expect(k.value).toBeCloseTo(0.4842, 4);
    expect(k.se).toBeCloseTo(0.138, 4);
    expect(k.ciLow).toBeCloseTo(0.2137, 4);
    expect(k.ciHigh).toBeCloseTo(0.7547, 4);
    expect(k.seNull).toBeCloseTo(0.1484, 4);
    expect(k.units).toBe(19);
  });

  it('computes the hand-worked binary example: p_o = .6, p_e = .56, κ = .04/.44', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const k = cohenKappa(a.map((x, i) => [String(x), String(b[i])] as const));
    expect(k.observed).toBeCloseTo(0.6, 12);
    expect(k.expected).toBeCloseTo(0.56, 12);
    expect(k.value).toBeCloseTo(0.04 / 0.44, 12);
  });

  it('is 1 for perfect agreement and undefined when chance agreement is certain', () => {
    expect(cohenKappa([['include', 'include'], ['exclude', 'exclude']]).value).toBe(1);
    const degenerate = cohenKappa([['exclude', 'exclude'], ['exclude', 'exclude']]);
    expect(degenerate.value).toBeNull();
    expect(degenerate.ciLow).toBeNull();
    expect(cohenKappa([]).units).toBe(0);
  });
});

describe("Fleiss' kappa", () => {
  it('reproduces Fleiss (1971): κ = 0.4302, and the Fleiss–Nee–Landis z = 17.65 of R irr::kappam.fleiss', () => {
    const k = fleissKappa(fleiss1971, { replicates: 500, seed: 7 });
    expect(k.value).toBeCloseTo(0.4302445, 7);
    expect(k.observed).toBeCloseTo(0.5556, 4);
    expect(k.expected).toBeCloseTo(0.2199, 4);
    expect((k.value ?? 0) / (k.seNull ?? 1)).toBeCloseTo(17.65183, 4);
    expect(k.ciLow).toBeLessThan(0.4302);
    expect(k.ciHigh).toBeGreaterThan(0.4302);
    expect(k.ciMethod).toContain('bootstrap');
  });

  it('reproduces the Wikipedia example (10 subjects, 14 raters): κ = 0.210', () => {
    const counts = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];
    const units = counts.map((row) => row.flatMap((n, c) => Array.from({ length: n }, () => `c${c}`)));
    expect(fleissKappa(units, { replicates: 10 }).value).toBeCloseTo(0.21, 3);
  });

  it("equals Scott's pi with two raters, and gives the same interval for the same seed", () => {
    const units = [['a', 'a'], ['a', 'b'], ['b', 'b'], ['a', 'a'], ['b', 'a'], ['b', 'b'], ['a', 'a']];
    // Scott's pi: p_o = 5/7, pooled shares a = 8/14, b = 6/14.
    const pe = (8 / 14) ** 2 + (6 / 14) ** 2;
    expect(fleissKappa(units).value).toBeCloseTo((5 / 7 - pe) / (1 - pe), 12);
    expect(fleissKappa(units, { seed: 3 })).toEqual(fleissKappa(units, { seed: 3 }));
    expect(fleissKappa(units, { seed: 3 }).se).not.toEqual(fleissKappa(units, { seed: 4 }).se);
  });

  it('has no null SE when units have different numbers of raters', () => {
    const k = fleissKappa([['a', 'a', 'b'], ['a', 'b'], ['b', 'b', 'b'], ['a', 'a']]);
    expect(k.value).not.toBeNull();
    expect(k.seNull).toBeNull();
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it('reproduces Krippendorff (2011): α = 0.743 on the 4-observer example with missing values', () => {
    const a = krippendorffAlpha(byUnit(kripp2011), { replicates: 500 });
    expect(a.value).toBeCloseTo(0.743, 3);
    expect(a.units).toBe(11); // unit 12 has one value and cannot be paired
    expect(a.ciLow).toBeLessThan(0.743);
    expect(a.ciHigh).toBeGreaterThan(0.743);
  });

  it('reproduces Krippendorff (2011): α = 0.095 on the two-observer binary example', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(byUnit([a, b])).value).toBeCloseTo(0.095, 3);
  });

  it('is undefined when every value is the same', () => {
    expect(krippendorffAlpha([['x', 'x'], ['x', 'x', 'x']]).value).toBeNull();
  });
});

describe('percentAgreement', () => {
  it('averages pairwise agreement over units with two or more ratings', () => {
    // unit 1: 3 of 3 pairs agree; unit 2: 1 of 3 pairs; unit 3 cannot be paired.
    expect(percentAgreement([['a', 'a', 'a'], ['a', 'a', 'b'], ['a']])).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(percentAgreement([['a']])).toBeNull();
  });
});

describe('agreement invariants (property)', () => {
  const unit = fc.array(fc.constantFrom('include', 'exclude'), { minLength: 2, maxLength: 3 });
  it('coefficients stay within [-1, 1], intervals are ordered and agreement is a proportion', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2, maxLength: 40 }), (units) => {
        for (const e of [fleissKappa(units, { replicates: 50 }), krippendorffAlpha(units, { replicates: 50 })]) {
          if (e.value === null) continue;
          expect(e.value).toBeLessThanOrEqual(1 + 1e-12);
          expect(e.value).toBeGreaterThanOrEqual(-1 - 1e-12);
          if (e.ciLow !== null && e.ciHigh !== null) expect(e.ciLow).toBeLessThanOrEqual(e.ciHigh);
        }
        const p = percentAgreement(units);
        expect(p).not.toBeNull();
        expect(p!).toBeGreaterThanOrEqual(0);
        expect(p!).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('seededRandom is uniform enough and reproducible', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 10_000 }, () => r());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
    const again = seededRandom(42);
    expect(again()).toBe(xs[0]);
  });
});
