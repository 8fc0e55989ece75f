import { AppError } from '../errors.js';
import { leafThirdOrders } from '../synthesis/hierarchy.js';
import { idFactory, StudyId, ThirdOrderId, type Brand } from '../synthesis/ids.js';
import type { SynthesisState } from '../synthesis/state.js';
import { requireText, uniqueIds } from '../synthesis/validate.js';

export type FindingId = Brand<'FindingId'>;
export const FindingId = idFactory('FindingId');
export const cerqualIdBrands = [FindingId.brand] as const;

/**
 * A review finding assessed with CERQual. Normally it summarises a third-order construct, and its
 * contributing studies follow from that construct's evidence chain; a finding without one lists its
 * studies itself.
 */
export type Finding = Readonly<{
  id: FindingId;
  /** Short name, e.g. the third-order construct's label. */
  label: string;
  /** The summarised review finding as the SoQF table states it. */
  statement: string;
  thirdOrderId?: ThirdOrderId;
  /** Only for a finding not linked to a third-order construct. */
  studyIds?: readonly StudyId[];
}>;

export type FindingInput = Readonly<{
  id: string;
  label: string;
  statement: string;
  thirdOrderId?: string;
  studyIds?: readonly string[];
}>;

export const Finding = {
  /** Validates and freezes a finding: linked to a third-order construct or listing its studies, not both. */
  create(input: FindingInput): Finding {
    if (input.thirdOrderId !== undefined && input.studyIds !== undefined) {
      throw new AppError('CERQUAL_INVALID_ASSESSMENT', 'A finding linked to a third-order construct takes its studies from it.', {
        id: input.id,
      });
    }
    return Object.freeze({
      id: FindingId.of(input.id),
      label: requireText(input.label, 'Finding', 'label').trim(),
      statement: requireText(input.statement, 'Finding', 'statement').trim(),
      ...(input.thirdOrderId !== undefined ? { thirdOrderId: ThirdOrderId.of(input.thirdOrderId) } : {}),
      ...(input.studyIds !== undefined ? { studyIds: uniqueIds(input.studyIds, StudyId.of, 'Finding', 'studyIds') } : {}),
    });
  },

  /** The id a default finding for a third-order construct gets. */
  idFor(thirdOrderId: ThirdOrderId): FindingId {
    return FindingId.of(`finding-${thirdOrderId}`);
  },
} as const;

/**
 * One finding per third-order construct without children (overarching constructs group findings rather than
 * being findings), in hierarchy order; the statement is the construct's description, or its label.
 */
export function defaultFindings(model: SynthesisState): Finding[] {
  return leafThirdOrders(model).map((t) =>
    Finding.create({ id: Finding.idFor(t.id), label: t.label, statement: t.description ?? t.label, thirdOrderId: t.id }),
  );
}
