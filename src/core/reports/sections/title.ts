import { bold, note, paragraph, section, toned } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { formatDate, hasText } from '../format.js';
import type { ReportSection } from '../model.js';

/**
 * The default example notice. An example report looks exactly like a real one, so it must say, before
 * anything else, that its data are illustrative and not those of any published review.
 */
export const defaultExampleNotice =
  'This report was generated from an example project. It is an illustration of the method, not a published review, and it does not reproduce the data of any published review: its records, screening decisions, quotations, appraisals and judgements were written for illustration and must not be cited as findings.';

/** The title (eMERGe asks that it name the method), authors, date of generation and the example notice. */
export function titleSection(ctx: BuildContext): ReportSection {
  const { project, generatedAt } = ctx.input;
  const blocks = [];
  if (project.isExample) blocks.push(toned('notice', bold('Illustrative example. '), project.exampleNotice?.trim() || defaultExampleNotice));
  if (!/meta-?ethnograph/i.test(project.title)) blocks.push(paragraph(bold('A meta-ethnography')));
  if (hasText(project.authors)) blocks.push(paragraph(project.authors.trim()));
  blocks.push(note(`Generated with ${ctx.input.software ?? 'metaethno'} on ${formatDate(generatedAt)} from the project's records.`));
  return section('title', project.title.trim() || 'Untitled review', 1, blocks);
}
