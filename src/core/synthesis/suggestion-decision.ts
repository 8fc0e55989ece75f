import { AppError } from '../errors.js';
import { ConstructId } from './ids.js';
import { requireOneOf, requireText, requireTime } from './validate.js';

export const suggestionVerdicts = ['accepted', 'rejected'] as const;
export type SuggestionVerdict = (typeof suggestionVerdicts)[number];

/**
 * A reviewer's verdict on a similarity suggestion ("these two constructs express the same idea"). The pair
 * is unordered: `constructIds` is sorted, so A~B and B~A are one decision.
 */
export type SuggestionDecision = Readonly<{
  constructIds: readonly [ConstructId, ConstructId];
  verdict: SuggestionVerdict;
  decidedBy: string;
  at: string;
}>;

export const SuggestionDecision = {
  /** Validates and freezes a decision, putting the pair in canonical order. */
  create(
    input: Readonly<{ constructIds: readonly [string, string]; verdict: SuggestionVerdict; decidedBy: string; at: string }>,
  ): SuggestionDecision {
    const [a, b] = SuggestionDecision.pair(input.constructIds[0], input.constructIds[1]);
    return Object.freeze({
      constructIds: Object.freeze([a, b] as const),
      verdict: requireOneOf(input.verdict, suggestionVerdicts, 'SuggestionDecision', 'verdict'),
      decidedBy: requireText(input.decidedBy, 'SuggestionDecision', 'decidedBy'),
      at: requireTime(input.at, 'SuggestionDecision', 'at'),
    });
  },
  /** The canonical (sorted) pair; a construct is never paired with itself. */
  pair(x: string, y: string): readonly [ConstructId, ConstructId] {
    const a = ConstructId.of(x);
    const b = ConstructId.of(y);
    if (a === b) throw new AppError('SYNTHESIS_INVALID_LINK', 'A construct is not a suggestion for itself.', { constructId: a });
    return a < b ? [a, b] : [b, a];
  },
  key(pair: readonly [string, string]): string {
    return `${pair[0]}~${pair[1]}`;
  },
} as const;
