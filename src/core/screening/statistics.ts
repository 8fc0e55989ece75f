/**
 * Inter-rater agreement statistics on nominal ratings, written from their published definitions:
 * - Cohen's kappa (1960) for two raters, with the large-sample standard error of Fleiss, Cohen &
 *   Everitt (1969) for the confidence interval and the null standard error for a test of κ = 0 (the
 *   same quantities SAS PROC FREQ prints as "ASE" and "ASE under H0");
 * - Fleiss' kappa (1971) for many raters, in Gwet's generalisation to units rated by different numbers
 *   of raters (identical to Fleiss' when every unit has the same number); its null standard error is
 *   that of Fleiss, Nee & Landis (1979), defined only for a constant number of raters. Fleiss' kappa has
 *   no simple non-null standard error, so its confidence interval is a percentile bootstrap over units;
 * - Krippendorff's alpha (nominal) from the coincidence matrix (Krippendorff 2011, "Computing
 *   Krippendorff's alpha-reliability"), with a percentile bootstrap over units for its interval.
 * Bootstraps use a seeded generator, so the same data always give the same interval.
 */
import type { RandomSource } from './prng.js';
import { seededRandom } from './prng.js';

/** The two-sided 95% standard normal quantile. */
export const z95 = 1.959963984540054;

/** An agreement coefficient with its 95% interval. `null` where the data cannot define it. */
export type Estimate = Readonly<{
  /** Null when undefined, e.g. every rating in one category (chance agreement is then 1). */
  value: number | null;
  /** Standard error behind the interval (asymptotic, or the bootstrap standard deviation). */
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** How the interval was obtained, in words for the report. */
  ciMethod: string;
  /** Units that entered the computation. */
  units: number;
  /** Observed and chance-expected agreement (for alpha: 1 − observed and expected disagreement). */
  observed: number | null;
  expected: number | null;
}>;

/** Cohen's kappa with the null standard error used to test κ = 0. */
export type CohenKappa = Estimate & Readonly<{ seNull: number | null }>;

/** Fleiss' kappa with the Fleiss–Nee–Landis null standard error (constant raters per unit only). */
export type FleissKappa = Estimate & Readonly<{ seNull: number | null }>;

/** Bootstrap settings. */
export type BootstrapOptions = Readonly<{
  /** Resamples (default 1000). */
  replicates?: number;
  /** Seed of the generator (default 20250101); same seed, same interval. */
  seed?: number;
}>;

const cohenMethod = 'asymptotic SE of Fleiss, Cohen & Everitt (1969); κ ± 1.96 SE';

/**
 * Cohen's kappa from a k×k contingency table: `table[i][j]` counts units rater A put in category i and
 * rater B in category j.
 */
export function cohenKappaFromTable(table: readonly (readonly number[])[]): CohenKappa {
  const k = table.length;
  const n = sum(table.map((row) => sum(row)));
  if (n === 0) return { ...empty(0, 'no units rated by both'), seNull: null };
  const p = table.map((row) => row.map((x) => x / n));
  const rows = p.map((row) => sum(row));
  const cols = Array.from({ length: k }, (_, j) => sum(p.map((row) => row[j] ?? 0)));
  const po = sum(p.map((row, i) => row[i] ?? 0));
  const pe = sum(rows.map((r, i) => r * (cols[i] ?? 0)));
  if (1 - pe <= 1e-12) return { ...empty(n, cohenMethod), observed: po, expected: pe, seNull: null };
  const kappa = (po - pe) / (1 - pe);
  let a = 0;
  let b = 0;
  for (let i = 0; i < k; i++) {
    const ri = rows[i] ?? 0;
    const ci = cols[i] ?? 0;
    a += (p[i]?.[i] ?? 0) * (1 - (ri + ci) * (1 - kappa)) ** 2;
    for (let j = 0; j < k; j++) {
      if (i !== j) b += (p[i]?.[j] ?? 0) * (ci + (rows[j] ?? 0)) ** 2;
    }
  }
  b *= (1 - kappa) ** 2;
  const c = (kappa - pe * (1 - kappa)) ** 2;
  const se = Math.sqrt(Math.max(0, (a + b - c) / (n * (1 - pe) ** 2)));
  const var0 = (pe + pe ** 2 - sum(rows.map((r, i) => r * (cols[i] ?? 0) * (r + (cols[i] ?? 0))))) / (n * (1 - pe) ** 2);
  return {
    value: kappa,
    se,
    ciLow: clamp(kappa - z95 * se),
    ciHigh: clamp(kappa + z95 * se),
    ciMethod: cohenMethod,
    units: n,
    observed: po,
    expected: pe,
    seNull: Math.sqrt(Math.max(0, var0)),
  };
}

/**
 * Cohen's kappa from paired ratings (one pair per unit rated by both raters).
 * @param categories the category set; defaults to the categories that occur, sorted.
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[], categories?: readonly string[]): CohenKappa {
  const cats = categories ?? [...new Set(pairs.flat())].sort();
  const index = new Map(cats.map((c, i) => [c, i]));
  const table = cats.map(() => cats.map(() => 0));
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    const row = i === undefined ? undefined : table[i];
    if (row === undefined || j === undefined) continue;
    row[j] = (row[j] ?? 0) + 1;
  }
  return cohenKappaFromTable(table);
}

/**
 * Mean pairwise agreement: per unit, the share of rater pairs that agree; averaged over units with at
 * least two ratings. With two raters it is the plain proportion of units they agree on. Null when no
 * unit has two ratings.
 * @param units each unit's ratings (one category per rater who rated it).
 */
export function percentAgreement(units: readonly (readonly string[])[]): number | null {
  const rated = units.filter((u) => u.length >= 2);
  if (rated.length === 0) return null;
  return sum(rated.map((u) => pairAgreement(countsOf(u).values(), u.length))) / rated.length;
}

/**
 * Units grouped by their profile (how many ratings fell in each category). Every statistic here depends
 * on a unit only through its profile, and screening has few profiles (two or three categories, two or
 * three reviewers), so a bootstrap replicate is a vector of profile counts rather than a list of units.
 */
type Profiles = Readonly<{
  categories: readonly string[];
  /** Per profile: the count of ratings in each category. */
  counts: readonly (readonly number[])[];
  /** Per unit: its profile index. */
  profileOf: Uint32Array;
  /** Per profile: how many units have it. */
  multiplicity: Float64Array;
}>;

function profilesOf(rated: readonly (readonly string[])[]): Profiles {
  const categories = [...new Set(rated.flat())].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const byKey = new Map<string, number>();
  const counts: number[][] = [];
  const profileOf = new Uint32Array(rated.length);
  rated.forEach((unit, u) => {
    const vector = categories.map(() => 0);
    for (const c of unit) {
      const k = index.get(c) ?? 0;
      vector[k] = (vector[k] ?? 0) + 1;
    }
    const key = vector.join(',');
    let p = byKey.get(key);
    if (p === undefined) {
      p = counts.length;
      byKey.set(key, p);
      counts.push(vector);
    }
    profileOf[u] = p;
  });
  const multiplicity = new Float64Array(counts.length);
  for (const p of profileOf) multiplicity[p] = (multiplicity[p] ?? 0) + 1;
  return { categories, counts, profileOf, multiplicity };
}

/**
 * Fleiss' kappa (generalised to varying numbers of raters per unit) with a bootstrap 95% interval.
 * Units with fewer than two ratings are left out.
 * @param units each unit's ratings (one category per rater who rated it).
 */
export function fleissKappa(units: readonly (readonly string[])[], bootstrap: BootstrapOptions = {}): FleissKappa {
  const rated = units.filter((u) => u.length >= 2);
  const method = bootstrapMethod(bootstrap);
  if (rated.length === 0) return { ...empty(0, method), seNull: null };
  const profiles = profilesOf(rated);
  const k = profiles.categories.length;
  // Per profile: its pairwise agreement P_i and its category shares r_ik / r_i. Kappa is a function of
  // the (weighted) means of these.
  const agreement = profiles.counts.map((c) => pairAgreement(c, sum(c)));
  const shares = profiles.counts.map((c) => c.map((x) => x / sum(c)));
  const statistic = (weights: Float64Array) => {
    let total = 0;
    let po = 0;
    const mean = new Array<number>(k).fill(0);
    weights.forEach((w, p) => {
      if (w === 0) return;
      total += w;
      po += w * (agreement[p] ?? 0);
      const sh = shares[p] ?? [];
      for (let j = 0; j < k; j++) mean[j] = (mean[j] ?? 0) + w * (sh[j] ?? 0);
    });
    po /= total;
    for (let j = 0; j < k; j++) mean[j] = (mean[j] ?? 0) / total;
    const pe = sum(mean.map((x) => x * x));
    return { po, pe, value: 1 - pe <= 1e-12 ? null : (po - pe) / (1 - pe), shares: mean };
  };
  const point = statistic(profiles.multiplicity);
  const m = rated[0]?.length ?? 0;
  const constant = rated.every((u) => u.length === m);
  let seNull: number | null = null;
  if (constant && point.value !== null) {
    const pq = sum(point.shares.map((p) => p * (1 - p)));
    const pqqp = sum(point.shares.map((p) => p * (1 - p) * (1 - 2 * p)));
    seNull = Math.sqrt(Math.max(0, (2 / (pq ** 2 * rated.length * m * (m - 1))) * (pq ** 2 - pqqp)));
  }
  const ci = point.value === null ? undefined : bootstrapInterval(profiles, (w) => statistic(w).value, bootstrap);
  return {
    value: point.value,
    se: ci?.se ?? null,
    ciLow: ci?.low ?? null,
    ciHigh: ci?.high ?? null,
    ciMethod: method,
    units: rated.length,
    observed: point.po,
    expected: point.pe,
    seNull,
  };
}

/**
 * Krippendorff's alpha for nominal data with a bootstrap 95% interval. Missing ratings are simply absent
 * from a unit; units with fewer than two ratings cannot be paired and are left out.
 * `observed`/`expected` hold 1 − Do and 1 − De (agreement, for symmetry with kappa).
 * @param units each unit's ratings (one category per rater who rated it).
 */
export function krippendorffAlpha(units: readonly (readonly string[])[], bootstrap: BootstrapOptions = {}): Estimate {
  const rated = units.filter((u) => u.length >= 2);
  const method = bootstrapMethod(bootstrap);
  if (rated.length === 0) return empty(0, method);
  const profiles = profilesOf(rated);
  const k = profiles.categories.length;
  // Per unit u with m_u values: its pairable values m_u, its coincidences on the diagonal
  // Σ_c n_uc (n_uc − 1) / (m_u − 1), and its values per category n_uc. The coincidence matrix of any
  // set of units is the sum of theirs.
  const pairable = profiles.counts.map((c) => sum(c));
  const diagonal = profiles.counts.map((c) => sum(c.map((x) => (x * (x - 1)) / (sum(c) - 1))));
  const statistic = (weights: Float64Array) => {
    let n = 0;
    let agreeing = 0;
    const nc = new Array<number>(k).fill(0);
    weights.forEach((w, p) => {
      if (w === 0) return;
      n += w * (pairable[p] ?? 0);
      agreeing += w * (diagonal[p] ?? 0);
      const c = profiles.counts[p] ?? [];
      for (let j = 0; j < k; j++) nc[j] = (nc[j] ?? 0) + w * (c[j] ?? 0);
    });
    const expectedPairs = n * n - sum(nc.map((x) => x * x));
    const doObs = (n - agreeing) / n;
    const deExp = expectedPairs / (n * (n - 1));
    return { doObs, deExp, value: expectedPairs <= 1e-9 ? null : 1 - ((n - 1) * (n - agreeing)) / expectedPairs };
  };
  const point = statistic(profiles.multiplicity);
  const ci = point.value === null ? undefined : bootstrapInterval(profiles, (w) => statistic(w).value, bootstrap);
  return {
    value: point.value,
    se: ci?.se ?? null,
    ciLow: ci?.low ?? null,
    ciHigh: ci?.high ?? null,
    ciMethod: method,
    units: rated.length,
    observed: 1 - point.doObs,
    expected: 1 - point.deExp,
  };
}

/**
 * Percentile bootstrap over units: resample the units with replacement, recompute, and take the 2.5th
 * and 97.5th percentiles (linear interpolation) of the replicates. Replicates where the statistic is
 * undefined (a resample with a single category) are dropped.
 */
function bootstrapInterval(
  profiles: Profiles,
  statistic: (weights: Float64Array) => number | null,
  options: BootstrapOptions,
): { low: number; high: number; se: number } | undefined {
  const replicates = options.replicates ?? 1000;
  const random: RandomSource = seededRandom(options.seed ?? defaultSeed);
  const units = profiles.profileOf.length;
  const weights = new Float64Array(profiles.multiplicity.length);
  const values: number[] = [];
  for (let r = 0; r < replicates; r++) {
    weights.fill(0);
    for (let i = 0; i < units; i++) {
      const p = profiles.profileOf[Math.floor(random() * units)] ?? 0;
      weights[p] = (weights[p] ?? 0) + 1;
    }
    const v = statistic(weights);
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  if (values.length < 2) return undefined;
  values.sort((a, b) => a - b);
  const m = mean(values);
  const se = Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / (values.length - 1));
  return { low: quantile(values, 0.025), high: quantile(values, 0.975), se };
}

const defaultSeed = 20250101;

function bootstrapMethod(options: BootstrapOptions): string {
  return `percentile bootstrap over records (${options.replicates ?? 1000} resamples, seed ${options.seed ?? defaultSeed})`;
}

/** Quantile of sorted values, linear interpolation between order statistics (R type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

function pairAgreement(counts: Iterable<number>, m: number): number {
  let agreeing = 0;
  for (const x of counts) agreeing += x * (x - 1);
  return agreeing / (m * (m - 1));
}

function countsOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function empty(units: number, ciMethod: string): Estimate {
  return { value: null, se: null, ciLow: null, ciHigh: null, ciMethod, units, observed: null, expected: null };
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : sum(xs) / xs.length;
}
