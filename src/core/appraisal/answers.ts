import { AppError } from '../errors.js';
import { StudyId } from '../synthesis/ids.js';
import { requireText, requireTime } from '../synthesis/validate.js';
import { Checklist, type ChecklistId, type ChecklistItem } from './checklist.js';

/** An answer to one item: an option value (choice items) or text (free-text items), with an optional comment. */
export type AppraisalAnswer = Readonly<{ itemId: string; value?: string; text?: string; comment?: string }>;

/**
 * One appraisal of one study with one checklist: a reviewer's own (`reviewer`), or the team's agreed one
 * (`consensus`, recorded by `by`).
 */
export type StudyAppraisal = Readonly<{
  studyId: StudyId;
  checklistId: ChecklistId;
  role: 'reviewer' | 'consensus';
  by: string;
  at: string;
  answers: readonly AppraisalAnswer[];
  overallComment?: string;
}>;

export type StudyAppraisalInput = Readonly<{
  studyId: string;
  role: 'reviewer' | 'consensus';
  by: string;
  at: string;
  answers: readonly AppraisalAnswer[];
  overallComment?: string;
}>;

const invalid = (message: string, details: Record<string, unknown>): AppError =>
  new AppError('APPRAISAL_INVALID_ANSWER', message, details);

export const StudyAppraisal = {
  /**
   * Validates answers against the checklist and freezes the appraisal (in checklist item order). An
   * appraisal may be partial while in progress; see {@link unansweredItems}. Throws APPRAISAL_INVALID_ANSWER
   * for an unknown item, an item answered twice, an option the item does not offer, text on a choice item,
   * a choice on a text item, or a comment where the item takes none.
   */
  create(checklist: Checklist, input: StudyAppraisalInput): StudyAppraisal {
    if (input.role !== 'reviewer' && input.role !== 'consensus') {
      throw invalid('An appraisal is a reviewer’s or the consensus.', { role: String(input.role) });
    }
    const seen = new Set<string>();
    const answers = input.answers.map((answer) => {
      const item = Checklist.item(checklist, answer.itemId);
      if (!item) throw invalid(`${checklist.name} has no item ${answer.itemId}.`, { itemId: answer.itemId });
      if (seen.has(item.id)) throw invalid(`Item ${item.id} is answered twice.`, { itemId: item.id });
      seen.add(item.id);
      return checkAnswer(item, answer);
    });
    answers.sort((a, b) => itemNumber(checklist, a.itemId) - itemNumber(checklist, b.itemId));
    return Object.freeze({
      studyId: StudyId.of(input.studyId),
      checklistId: checklist.id,
      role: input.role,
      by: requireText(input.by, 'StudyAppraisal', 'by'),
      at: requireTime(input.at, 'StudyAppraisal', 'at'),
      answers: Object.freeze(answers),
      ...(input.overallComment !== undefined && input.overallComment.trim() !== '' ? { overallComment: input.overallComment } : {}),
    });
  },
} as const;

function checkAnswer(item: ChecklistItem, answer: AppraisalAnswer): AppraisalAnswer {
  const comment = answer.comment?.trim() ? answer.comment : undefined;
  if (comment !== undefined && !item.allowComment) throw invalid(`Item ${item.id} takes no comment.`, { itemId: item.id });
  if (item.kind === 'choice') {
    if (answer.text !== undefined) throw invalid(`Item ${item.id} is answered by choosing an option.`, { itemId: item.id });
    if (answer.value === undefined && comment === undefined) throw invalid(`Item ${item.id} has an empty answer.`, { itemId: item.id });
    if (answer.value !== undefined && !item.options.some((o) => o.value === answer.value)) {
      throw invalid(`Item ${item.id} has no option "${answer.value}". Available: ${item.options.map((o) => o.value).join(', ')}.`, {
        itemId: item.id,
        value: answer.value,
      });
    }
    return Object.freeze({ itemId: item.id, ...(answer.value !== undefined ? { value: answer.value } : {}), ...(comment ? { comment } : {}) });
  }
  if (answer.value !== undefined) throw invalid(`Item ${item.id} is answered in free text.`, { itemId: item.id });
  if (!answer.text?.trim()) throw invalid(`Item ${item.id} has an empty answer.`, { itemId: item.id });
  return Object.freeze({ itemId: item.id, text: answer.text, ...(comment ? { comment } : {}) });
}

function itemNumber(checklist: Checklist, itemId: string): number {
  return Checklist.item(checklist, itemId)?.number ?? Number.POSITIVE_INFINITY;
}

/** Items without an answer (a choice item answered only with a comment counts as unanswered). */
export function unansweredItems(checklist: Checklist, appraisal: StudyAppraisal): ChecklistItem[] {
  return checklist.items.filter((item) => {
    const a = appraisal.answers.find((x) => x.itemId === item.id);
    return !a || (item.kind === 'choice' ? a.value === undefined : !a.text);
  });
}

/**
 * The share (0–1) of applicable choice items answered favourably — an aid for ordering studies by quality
 * (translation order), not a score to report: CASP and JBI both advise against summing answers. Undefined
 * when no applicable item is answered.
 */
export function appraisalRating(checklist: Checklist, appraisal: StudyAppraisal): number | undefined {
  let applicable = 0;
  let favourable = 0;
  for (const item of checklist.items) {
    if (item.kind !== 'choice') continue;
    const value = appraisal.answers.find((a) => a.itemId === item.id)?.value;
    const option = item.options.find((o) => o.value === value);
    if (!option || option.notApplicable) continue;
    applicable++;
    if (option.favourable) favourable++;
  }
  return applicable === 0 ? undefined : favourable / applicable;
}
