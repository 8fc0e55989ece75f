/**
 * Agreement between reviewers at a stage, computed from the screening state (METHOD.md §3 item 3: built-in
 * inter-rater reliability, exportable). The unit is a record; a rating is a reviewer's decision on it.
 *
 * How `maybe` is treated (option `maybe`):
 * - `as-include` (default): a maybe counts as include. At both stages a maybe keeps the record in play,
 *   so the question the statistic answers is "did the reviewers agree on letting the record through?".
 *   This is also how Covidence reports its kappa.
 * - `omit`: maybe ratings are dropped (the record counts only if two other ratings remain).
 * - `category`: maybe is a third nominal category.
 *
 * Which decision counts (option `basis`): `first` (default) is each reviewer's first decision still in
 * force, i.e. the independent call before any change made after seeing a conflict, which is what an
 * agreement statistic is meant to measure; `current` uses the decisions as they stand now.
 *
 * These numbers aggregate every reviewer's decisions: under blinding, show them to owners only.
 */
import { compareIds } from './derive.js';
import type { BootstrapOptions, CohenKappa, Estimate, FleissKappa } from './statistics.js';
import { cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement } from './statistics.js';
import type { ReviewerDecision, ScreeningStage, ScreeningState } from './types.js';

export type MaybePolicy = 'as-include' | 'omit' | 'category';
export type DecisionBasis = 'first' | 'current';

export type AgreementOptions = Readonly<{
  maybe?: MaybePolicy;
  basis?: DecisionBasis;
  bootstrap?: BootstrapOptions;
}>;

/** One record's ratings at a stage, after the maybe policy. */
export type RatedRecord = Readonly<{
  recordId: string;
  ratings: readonly Readonly<{ reviewerId: string; category: string }>[];
}>;

/** Agreement of one pair of reviewers on the records both rated. */
export type PairAgreement = Readonly<{
  reviewers: readonly [string, string];
  /** Records both reviewers rated. */
  units: number;
  percentAgreement: number | null;
  kappa: CohenKappa;
}>;

/** Every agreement statistic of one stage. */
export type StageAgreement = Readonly<{
  stage: ScreeningStage;
  maybe: MaybePolicy;
  basis: DecisionBasis;
  categories: readonly string[];
  /** Records with at least two ratings: only these can show agreement. */
  units: number;
  /** Reviewers with at least one rating on such a record, sorted. */
  reviewers: readonly string[];
  /** Mean pairwise agreement over those records, 0–1. */
  percentAgreement: number | null;
  /** Cohen's kappa for each pair of reviewers who share records (the two-reviewer statistic). */
  pairs: readonly PairAgreement[];
  /** Fleiss' kappa over all records (the statistic for three or more reviewers, or rotating pairs). */
  fleiss: FleissKappa;
  /** Krippendorff's alpha, nominal, over all records. */
  krippendorff: Estimate;
}>;

/**
 * The ratings of every record open at `stage`, one per reviewer with a decision, mapped to categories by
 * the maybe policy. Records with fewer than two ratings are kept (the statistics leave them out).
 */
export function stageRatings(state: ScreeningState, stage: ScreeningStage, options: AgreementOptions = {}): RatedRecord[] {
  const maybe = options.maybe ?? 'as-include';
  const basis = options.basis ?? 'first';
  const out: RatedRecord[] = [];
  for (const record of state.records.values()) {
    const s = stage === 'title-abstract' ? record.titleAbstract : record.fullText;
    if (s.status === 'not-open' || s.status === 'skipped') continue;
    const ratings: { reviewerId: string; category: string }[] = [];
    for (const d of s.decisions) {
      const counted: ReviewerDecision = basis === 'first' ? (s.earlier[d.reviewerId]?.[0] ?? d) : d;
      const category = categoryOf(counted.decision, maybe);
      if (category !== undefined) ratings.push({ reviewerId: d.reviewerId, category });
    }
    if (ratings.length > 0) out.push({ recordId: record.recordId, ratings });
  }
  return out;
}

/**
 * Percent agreement, Cohen's kappa per reviewer pair, Fleiss' kappa and Krippendorff's alpha at a stage.
 * Confidence intervals: Cohen's from the asymptotic SE of Fleiss, Cohen & Everitt (1969); Fleiss' and
 * alpha's from a seeded percentile bootstrap over records (see `statistics.ts`).
 */
export function stageAgreement(state: ScreeningState, stage: ScreeningStage, options: AgreementOptions = {}): StageAgreement {
  const maybe = options.maybe ?? 'as-include';
  const basis = options.basis ?? 'first';
  const categories = maybe === 'category' ? ['exclude', 'include', 'maybe'] : ['exclude', 'include'];
  const rated = stageRatings(state, stage, { ...options, maybe, basis }).filter((r) => r.ratings.length >= 2);
  const units = rated.map((r) => r.ratings.map((x) => x.category));
  const pairRatings = new Map<string, { reviewers: [string, string]; pairs: [string, string][] }>();
  const reviewers = new Set<string>();
  for (const record of rated) {
    const sorted = [...record.ratings].sort((a, b) => compareIds(a.reviewerId, b.reviewerId));
    for (const r of sorted) reviewers.add(r.reviewerId);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i];
        const b = sorted[j];
        if (!a || !b) continue;
        const key = JSON.stringify([a.reviewerId, b.reviewerId]);
        const entry = pairRatings.get(key) ?? { reviewers: [a.reviewerId, b.reviewerId], pairs: [] };
        entry.pairs.push([a.category, b.category]);
        pairRatings.set(key, entry);
      }
    }
  }
  const pairs: PairAgreement[] = [...pairRatings.values()]
    .sort((x, y) => compareIds(x.reviewers[0], y.reviewers[0]) || compareIds(x.reviewers[1], y.reviewers[1]))
    .map(({ reviewers: pair, pairs: ratings }) => ({
      reviewers: pair,
      units: ratings.length,
      percentAgreement: ratings.filter(([a, b]) => a === b).length / ratings.length,
      kappa: cohenKappa(ratings, categories),
    }));
  return {
    stage,
    maybe,
    basis,
    categories,
    units: rated.length,
    reviewers: [...reviewers].sort(compareIds),
    percentAgreement: percentAgreement(units),
    pairs,
    fleiss: fleissKappa(units, options.bootstrap),
    krippendorff: krippendorffAlpha(units, options.bootstrap),
  };
}

export type AgreementRowsOptions = Readonly<{
  /** Display name of a reviewer (default: the id). */
  reviewerName?: (reviewerId: string) => string;
  /** Decimals of coefficients (default 3). */
  digits?: number;
}>;

/** Header of `agreementRows`. */
export const agreementHeader = [
  'Stage',
  'Statistic',
  'Reviewers',
  'Records',
  'Estimate',
  '95% CI lower',
  '95% CI upper',
  'SE',
  'Interval method',
  'Maybe treated as',
  'Decisions used',
] as const;

/**
 * The agreement statistics as rows of cells for a CSV export: a header, then per stage the overall
 * percent agreement, each pair's percent agreement and Cohen's kappa, Fleiss' kappa and Krippendorff's
 * alpha. Percentages are 0–100; undefined values are empty cells. Cells are raw text: write them through
 * a formula-safe CSV writer.
 */
export function agreementRows(agreements: readonly StageAgreement[], options: AgreementRowsOptions = {}): string[][] {
  const name = options.reviewerName ?? ((id: string) => id);
  const digits = options.digits ?? 3;
  const num = (x: number | null) => (x === null ? '' : fixed(x, digits));
  const pct = (x: number | null) => (x === null ? '' : fixed(x * 100, 1));
  const rows: string[][] = [[...agreementHeader]];
  for (const a of agreements) {
    const common = [maybeLabels[a.maybe], basisLabels[a.basis]];
    const all = a.reviewers.map(name).join('; ');
    const estimate = (label: string, who: string, e: Estimate) => [
      stageLabels[a.stage],
      label,
      who,
      String(e.units),
      num(e.value),
      num(e.ciLow),
      num(e.ciHigh),
      num(e.se),
      e.ciMethod,
      ...common,
    ];
    rows.push([stageLabels[a.stage], 'Percent agreement', all, String(a.units), pct(a.percentAgreement), '', '', '', '', ...common]);
    for (const p of a.pairs) {
      const who = p.reviewers.map(name).join('; ');
      rows.push([stageLabels[a.stage], 'Percent agreement', who, String(p.units), pct(p.percentAgreement), '', '', '', '', ...common]);
      rows.push(estimate("Cohen's kappa", who, p.kappa));
    }
    rows.push(estimate("Fleiss' kappa", all, a.fleiss));
    rows.push(estimate("Krippendorff's alpha (nominal)", all, a.krippendorff));
  }
  return rows;
}

const stageLabels: Record<ScreeningStage, string> = { 'title-abstract': 'Title/abstract', 'full-text': 'Full text' };
const maybeLabels: Record<MaybePolicy, string> = { 'as-include': 'include', omit: 'left out', category: 'own category' };
const basisLabels: Record<DecisionBasis, string> = { first: 'first decisions', current: 'current decisions' };

function categoryOf(decision: ReviewerDecision['decision'], maybe: MaybePolicy): string | undefined {
  if (decision !== 'maybe') return decision;
  if (maybe === 'as-include') return 'include';
  return maybe === 'category' ? 'maybe' : undefined;
}

function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  // -0.000 reads as a negative estimate in a spreadsheet; it is zero.
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
