import { AppError } from '../errors.js';
import { StudyId } from './ids.js';
import type { Study } from './study.js';
import { uniqueIds } from './validate.js';

/**
 * The order in which studies are translated into one another, which is also the row order of the grid:
 * - `index-study`: one study first (often the earliest, richest or most cited), then the rest by date;
 * - `chronology`: oldest first;
 * - `quality`: best-appraised first (the ratings come from appraisal, see `OrderInputs`);
 * - `custom`: the team's own order; studies it does not list follow by date.
 * Ties fall back to date, then label, then id, so the order is always deterministic.
 */
export type TranslationOrder =
  | Readonly<{ kind: 'index-study'; indexStudyId: StudyId }>
  | Readonly<{ kind: 'chronology' }>
  | Readonly<{ kind: 'quality' }>
  | Readonly<{ kind: 'custom'; studyIds: readonly StudyId[] }>;

export const translationOrderKinds = ['index-study', 'chronology', 'quality', 'custom'] as const;

/** Inputs an order may need that are not part of the synthesis state. */
export type OrderInputs = Readonly<{
  /** A study's quality rating, higher is better (e.g. `appraisalRating` of its consensus appraisal). */
  qualityOf?: (studyId: StudyId) => number | undefined;
}>;

export const TranslationOrder = {
  /** Validates and freezes an order specification. */
  create(
    input: Readonly<{ kind: 'index-study'; indexStudyId: string } | { kind: 'chronology' } | { kind: 'quality' } | { kind: 'custom'; studyIds: readonly string[] }>,
  ): TranslationOrder {
    switch (input.kind) {
      case 'index-study':
        return Object.freeze({ kind: input.kind, indexStudyId: StudyId.of(input.indexStudyId) });
      case 'custom':
        return Object.freeze({ kind: input.kind, studyIds: uniqueIds(input.studyIds, StudyId.of, 'TranslationOrder', 'studyIds') });
      case 'chronology':
      case 'quality':
        return Object.freeze({ kind: input.kind });
      default:
        throw new AppError('INVALID_ARGUMENT', `Unknown translation order. Available: ${translationOrderKinds.join(', ')}.`);
    }
  },
} as const;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first; undated studies last; then label, then id. */
export function chronologically(a: Study, b: Study): number {
  const ya = a.year ?? Number.POSITIVE_INFINITY;
  const yb = b.year ?? Number.POSITIVE_INFINITY;
  if (ya !== yb) return ya < yb ? -1 : 1;
  return byText(a.label.toLowerCase(), b.label.toLowerCase()) || byText(a.id, b.id);
}

/**
 * The comparison function for an order. Throws SYNTHESIS_ORDER_INPUT_MISSING for `quality` without
 * `qualityOf`: silently falling back to another order would mislabel the grid.
 */
export function studyComparator(order: TranslationOrder, inputs: OrderInputs = {}): (a: Study, b: Study) => number {
  switch (order.kind) {
    case 'chronology':
      return chronologically;
    case 'index-study':
      return (a, b) => Number(b.id === order.indexStudyId) - Number(a.id === order.indexStudyId) || chronologically(a, b);
    case 'quality': {
      const qualityOf = inputs.qualityOf;
      if (!qualityOf) {
        throw new AppError('SYNTHESIS_ORDER_INPUT_MISSING', 'Ordering by quality needs each study’s quality rating.');
      }
      return (a, b) => {
        const qa = qualityOf(a.id) ?? Number.NEGATIVE_INFINITY;
        const qb = qualityOf(b.id) ?? Number.NEGATIVE_INFINITY;
        return qa !== qb ? (qa > qb ? -1 : 1) : chronologically(a, b);
      };
    }
    case 'custom': {
      const rank = new Map(order.studyIds.map((id, i) => [id, i] as const));
      return (a, b) => {
        const ra = rank.get(a.id) ?? Number.POSITIVE_INFINITY;
        const rb = rank.get(b.id) ?? Number.POSITIVE_INFINITY;
        return ra !== rb ? (ra < rb ? -1 : 1) : chronologically(a, b);
      };
    }
  }
}

/** The studies in translation order (a new array). */
export function orderStudies(studies: readonly Study[], order: TranslationOrder, inputs: OrderInputs = {}): Study[] {
  return [...studies].sort(studyComparator(order, inputs));
}
