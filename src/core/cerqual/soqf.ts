import type { StudyRef } from '../synthesis/evidence-chain.js';
import { markdownTable } from '../synthesis/markdown-table.js';
import type { SynthesisState } from '../synthesis/state.js';
import type { OrderInputs } from '../synthesis/translation-order.js';
import type { CerqualAssessment } from './assessment.js';
import { contributingStudies, studyNumbers } from './contributing.js';
import type { Finding } from './finding.js';
import { confidenceLabels, type ConfidenceLevel } from './levels.js';

export type SoqfRow = Readonly<{
  /** 1-based row number. */
  number: number;
  findingId: string;
  label: string;
  statement: string;
  /** Undefined until the overall assessment is made. */
  confidence?: ConfidenceLevel;
  explanation?: string;
  studies: readonly (StudyRef & Readonly<{ number: number }>)[];
}>;

export type SoqfTable = Readonly<{
  rows: readonly SoqfRow[];
  /** The numbered study list the rows cite. */
  studies: readonly (StudyRef & Readonly<{ number: number }>)[];
}>;

/**
 * The Summary of Qualitative Findings table: per finding, the summarised finding, the overall CERQual
 * confidence and its explanation, and the contributing studies (numbered, translation order), derived from
 * the synthesis so they cannot drift from it. Findings in the order given.
 */
export function soqfTable(
  model: SynthesisState,
  findings: readonly Finding[],
  assessments: readonly CerqualAssessment[],
  inputs: OrderInputs = {},
): SoqfTable {
  const numbers = studyNumbers(model, inputs);
  const numbered = (s: StudyRef): StudyRef & { number: number } => ({ ...s, number: numbers.get(s.id) ?? 0 });
  const rows = findings.map((finding, i): SoqfRow => {
    const overall = assessments.find((a) => a.findingId === finding.id)?.overall;
    return {
      number: i + 1,
      findingId: finding.id,
      label: finding.label,
      statement: finding.statement,
      ...(overall ? { confidence: overall.confidence, explanation: overall.explanation } : {}),
      studies: contributingStudies(model, finding, inputs).map(numbered),
    };
  });
  const cited = new Set(rows.flatMap((r) => r.studies.map((s) => s.id)));
  const studies = model.studies
    .filter((s) => cited.has(s.id))
    .map((s) => numbered({ id: s.id, label: s.label }))
    .sort((a, b) => a.number - b.number);
  return { rows, studies };
}

export function soqfToMarkdown(table: SoqfTable): string {
  const body = markdownTable(
    ['#', 'Summarised review finding', 'CERQual assessment of confidence', 'Explanation of CERQual assessment', 'Studies contributing'],
    table.rows.map((r) => [
      String(r.number),
      `**${r.label}.** ${r.statement}`,
      r.confidence ? confidenceLabels[r.confidence] : 'Not yet assessed',
      r.explanation ?? '–',
      r.studies.map((s) => s.number).join(', '),
    ]),
  );
  const list = table.studies.map((s) => `${s.number}. ${s.label}`).join('\n');
  return `${body}\n\nStudies:\n\n${list}\n`;
}
