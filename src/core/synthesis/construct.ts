import { AppError } from '../errors.js';
import { ConstructId, ExcerptId, StudyId } from './ids.js';
import { definedOnly, optionalText, requireText, uniqueIds } from './validate.js';

/**
 * 1 = first order: the participants' own words (a quotation); 2 = second order: the primary authors'
 * interpretation (a theme, concept or metaphor). Third-order constructs are the reviewers' and have their
 * own type (`ThirdOrderConstruct`), because they belong to no single study.
 */
export type ConstructOrder = 1 | 2;

export type Construct = Readonly<{
  id: ConstructId;
  order: ConstructOrder;
  studyId: StudyId;
  label: string;
  text: string;
  /** Excerpts of the same study it rests on. */
  excerptIds: readonly ExcerptId[];
  memo?: string;
}>;

export type ConstructInput = Readonly<{
  id: string;
  order: ConstructOrder;
  studyId: string;
  label: string;
  text: string;
  excerptIds?: readonly string[];
  memo?: string;
}>;

export const Construct = {
  /** Validates and freezes a construct. */
  create(input: ConstructInput): Construct {
    if (input.order !== 1 && input.order !== 2) {
      throw new AppError('INVALID_ARGUMENT', 'Construct.order must be 1 (participant) or 2 (author).', {
        order: String(input.order),
      });
    }
    return Object.freeze(
      definedOnly({
        id: ConstructId.of(input.id),
        order: input.order,
        studyId: StudyId.of(input.studyId),
        label: requireText(input.label, 'Construct', 'label').trim(),
        text: requireText(input.text, 'Construct', 'text'),
        excerptIds: uniqueIds(input.excerptIds, ExcerptId.of, 'Construct', 'excerptIds'),
        memo: optionalText(input.memo, 'Construct', 'memo'),
      }),
    );
  },
} as const;
