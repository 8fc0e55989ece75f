import { AppError } from '../errors.js';
import type { StudyId } from '../synthesis/ids.js';
import { StudyAppraisal, type AppraisalAnswer } from './answers.js';
import type { Checklist } from './checklist.js';

export type ItemComparison = Readonly<{
  itemId: string;
  number: number;
  question: string;
  /** Each reviewer's answer (undefined when the reviewer left the item open). */
  answers: readonly Readonly<{ reviewer: string; value?: string; text?: string; comment?: string }>[];
  /** Choice items: every reviewer chose the same option. Text items: never "agreed", they are merged by hand. */
  agreed: boolean;
}>;

export type AppraisalComparison = Readonly<{
  studyId: StudyId;
  reviewers: readonly string[];
  items: readonly ItemComparison[];
  /** Choice items all reviewers answered, and how many of those they answered alike. */
  agreement: Readonly<{ agreed: number; compared: number }>;
}>;

/**
 * Reviewers' independent appraisals of one study side by side, item by item, so the team can discuss the
 * differences. Throws APPRAISAL_INVALID_ANSWER when the appraisals are not all reviewers' appraisals of one
 * study with this checklist.
 */
export function compareAppraisals(checklist: Checklist, appraisals: readonly StudyAppraisal[]): AppraisalComparison {
  const first = appraisals[0];
  if (!first) throw new AppError('APPRAISAL_INVALID_ANSWER', 'There are no appraisals to compare.');
  for (const a of appraisals) {
    if (a.studyId !== first.studyId || a.checklistId !== checklist.id || a.role !== 'reviewer') {
      throw new AppError('APPRAISAL_INVALID_ANSWER', 'Only reviewers’ appraisals of one study with one checklist can be compared.', {
        studyId: a.studyId,
        checklistId: a.checklistId,
      });
    }
  }
  let agreed = 0;
  let compared = 0;
  const items = checklist.items.map((item) => {
    const answers = appraisals.map((a) => {
      const answer = a.answers.find((x) => x.itemId === item.id);
      return { reviewer: a.by, ...pickAnswer(answer) };
    });
    const values = answers.map((a) => a.value);
    const allAnswered = item.kind === 'choice' && values.every((v) => v !== undefined);
    const same = allAnswered && values.every((v) => v === values[0]);
    if (allAnswered && appraisals.length > 1) {
      compared++;
      if (same) agreed++;
    }
    return { itemId: item.id, number: item.number, question: item.question, answers, agreed: same };
  });
  return { studyId: first.studyId, reviewers: appraisals.map((a) => a.by), items, agreement: { agreed, compared } };
}

function pickAnswer(answer: AppraisalAnswer | undefined): { value?: string; text?: string; comment?: string } {
  if (!answer) return {};
  return {
    ...(answer.value !== undefined ? { value: answer.value } : {}),
    ...(answer.text !== undefined ? { text: answer.text } : {}),
    ...(answer.comment !== undefined ? { comment: answer.comment } : {}),
  };
}

/**
 * A starting point for the consensus appraisal: items all reviewers answered alike are filled in (with their
 * comments joined); the others are left open for the team to decide. Free-text items are left open too.
 */
export function draftConsensus(
  checklist: Checklist,
  appraisals: readonly StudyAppraisal[],
  meta: Readonly<{ by: string; at: string }>,
): StudyAppraisal {
  const comparison = compareAppraisals(checklist, appraisals);
  const answers = comparison.items
    .filter((i) => i.agreed)
    .map((i) => {
      const comments = [...new Set(i.answers.map((a) => a.comment).filter((c): c is string => c !== undefined))];
      return { itemId: i.itemId, value: i.answers[0]?.value, ...(comments.length > 0 ? { comment: comments.join(' / ') } : {}) };
    });
  return StudyAppraisal.create(checklist, { studyId: comparison.studyId, role: 'consensus', by: meta.by, at: meta.at, answers });
}
