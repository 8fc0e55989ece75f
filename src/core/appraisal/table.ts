import type { StudyId } from '../synthesis/ids.js';
import { markdownTable } from '../synthesis/markdown-table.js';
import type { StudyAppraisal } from './answers.js';
import type { Checklist } from './checklist.js';

/**
 * Which appraisal a table row shows: the consensus; the only reviewer's when just one appraised the study;
 * none when reviewers have not reached consensus (their answers are not the team's) or nobody appraised it.
 */
export type AppraisalRowSource = 'consensus' | 'single-reviewer' | 'awaiting-consensus' | 'not-appraised';

export type AppraisalTableCell = Readonly<{ itemId: string; value?: string; label?: string; text?: string; comment?: string }>;

export type AppraisalTableRow = Readonly<{
  study: Readonly<{ id: StudyId; label: string }>;
  source: AppraisalRowSource;
  cells: readonly AppraisalTableCell[];
  overallComment?: string;
  /** Applicable choice items answered favourably, and applicable choice items answered. */
  favourable: number;
  applicable: number;
}>;

export type AppraisalTable = Readonly<{
  checklist: Readonly<{ id: string; name: string; version: string; citation: string }>;
  columns: readonly Readonly<{ itemId: string; number: number; short: string; question: string }>[];
  rows: readonly AppraisalTableRow[];
}>;

/** The latest appraisal of each role per study (an appraisal may be revised; the newest counts). */
function latest(appraisals: readonly StudyAppraisal[]): StudyAppraisal[] {
  const byKey = new Map<string, StudyAppraisal>();
  for (const a of appraisals) {
    const key = `${a.studyId}\u0000${a.role}\u0000${a.role === 'consensus' ? '' : a.by}`;
    const previous = byKey.get(key);
    if (!previous || previous.at <= a.at) byKey.set(key, a);
  }
  return [...byKey.values()];
}

/**
 * The appraisal table: one row per study (in the order given, e.g. translation order), one column per
 * checklist item, plus the overall comment. Appraisals made with another checklist are ignored.
 */
export function appraisalTable(
  checklist: Checklist,
  studies: readonly Readonly<{ id: StudyId; label: string }>[],
  appraisals: readonly StudyAppraisal[],
): AppraisalTable {
  const current = latest(appraisals.filter((a) => a.checklistId === checklist.id));
  const rows = studies.map((study): AppraisalTableRow => {
    const mine = current.filter((a) => a.studyId === study.id);
    const consensus = mine.find((a) => a.role === 'consensus');
    const reviewers = mine.filter((a) => a.role === 'reviewer');
    const shown = consensus ?? (reviewers.length === 1 ? reviewers[0] : undefined);
    const source: AppraisalRowSource = consensus
      ? 'consensus'
      : reviewers.length === 1
        ? 'single-reviewer'
        : reviewers.length > 1
          ? 'awaiting-consensus'
          : 'not-appraised';
    let favourable = 0;
    let applicable = 0;
    const cells = checklist.items.map((item): AppraisalTableCell => {
      const answer = shown?.answers.find((a) => a.itemId === item.id);
      const option = item.options.find((o) => o.value === answer?.value);
      if (option && !option.notApplicable) {
        applicable++;
        if (option.favourable) favourable++;
      }
      return {
        itemId: item.id,
        ...(answer?.value !== undefined ? { value: answer.value } : {}),
        ...(option ? { label: option.label } : {}),
        ...(answer?.text !== undefined ? { text: answer.text } : {}),
        ...(answer?.comment !== undefined ? { comment: answer.comment } : {}),
      };
    });
    return {
      study: { id: study.id, label: study.label },
      source,
      cells,
      ...(shown?.overallComment !== undefined ? { overallComment: shown.overallComment } : {}),
      favourable,
      applicable,
    };
  });
  return {
    checklist: { id: checklist.id, name: checklist.name, version: checklist.version, citation: checklist.source.citation },
    columns: checklist.items.map((i) => ({ itemId: i.id, number: i.number, short: i.short, question: i.question })),
    rows,
  };
}

const sourceNote: Record<AppraisalRowSource, string> = {
  consensus: '',
  'single-reviewer': ' (one reviewer)',
  'awaiting-consensus': ' (awaiting consensus)',
  'not-appraised': ' (not appraised)',
};

/**
 * The table in Markdown: answers marked * have a comment, listed under the table; then the item wording as a
 * numbered key and the checklist's source.
 */
export function appraisalTableToMarkdown(table: AppraisalTable): string {
  const header = ['Study', ...table.columns.map((c) => `${c.number}. ${c.short}`), 'Overall comment'];
  const notes: string[] = [];
  const rows = table.rows.map((r) => [
    `${r.study.label}${sourceNote[r.source]}`,
    ...r.cells.map((c, i) => {
      const column = table.columns[i];
      if (c.comment !== undefined && column) notes.push(`- ${r.study.label}, ${column.number}. ${column.short}: ${c.comment}`);
      return `${c.label ?? c.text ?? '–'}${c.comment !== undefined ? '*' : ''}`;
    }),
    r.overallComment ?? '–',
  ]);
  const key = table.columns.map((c) => `${c.number}. ${c.question}`).join('\n');
  const commentSection = notes.length > 0 ? `\n\nComments:\n\n${notes.join('\n')}` : '';
  return `${markdownTable(header, rows)}${commentSection}\n\n${key}\n\nChecklist: ${table.checklist.name} (${table.checklist.version}); wording paraphrased from ${table.checklist.citation}\n`;
}
