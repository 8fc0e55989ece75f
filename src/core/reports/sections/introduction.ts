import { bold, missing, notRecorded, notWritten, paragraph, prose, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { hasText } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

/** Background, aims and question, and why meta-ethnography (eMERGe 1–4): the authors' own text. */
export function introductionSections(ctx: BuildContext): ReportSection[] {
  const { texts, question } = ctx.input.project;

  const background: ReportBlock[] = [];
  if (hasText(texts.background)) background.push(...prose(texts.background));
  if (hasText(texts.introduction)) background.push(...prose(texts.introduction));
  const backgroundGap = notWritten('the background (the gap in knowledge this synthesis fills, and its context)', where.reportTexts);
  const hasBackground = background.length > 0;
  if (!hasBackground) background.push(missing(backgroundGap));
  ctx.topic('background', 'background', hasBackground ? 'complete' : 'missing', hasBackground ? [] : [backgroundGap]);

  const aims: ReportBlock[] = [];
  const aimsGap = notWritten('the aim(s) of the synthesis', where.reportTexts);
  const questionGap = notRecorded('state the review question', where.projectDetails);
  if (hasText(texts.aims)) aims.push(...prose(texts.aims));
  else aims.push(missing(aimsGap));
  if (hasText(question)) aims.push(paragraph(bold('Review question. '), question.trim()));
  else aims.push(missing(questionGap));
  ctx.topic('aims', 'aims', hasText(texts.aims) ? 'complete' : 'missing', hasText(texts.aims) ? [] : [aimsGap]);
  ctx.topic('question', 'aims', hasText(question) ? 'complete' : 'missing', hasText(question) ? [] : [questionGap]);

  const rationaleGap = notWritten('why meta-ethnography suits this question', where.reportTexts);
  ctx.topic('rationale', 'rationale', hasText(texts.rationale) ? 'complete' : 'missing', hasText(texts.rationale) ? [] : [rationaleGap]);

  return [
    section('introduction', 'Introduction', 2, []),
    section('background', 'Background', 3, background),
    section('aims', 'Aim and review question', 3, aims),
    section('rationale', 'Why meta-ethnography', 3, hasText(texts.rationale) ? prose(texts.rationale) : [missing(rationaleGap)]),
  ];
}
