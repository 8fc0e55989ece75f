import { appraisalTable, type AppraisalTable } from '../../appraisal/table.js';
import { missing, notRecorded, paragraph, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { capitalise, joinAnd, numberWord } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

/** The appraisal table of the included studies in translation order, or undefined without appraisal. */
export function reportAppraisalTable(ctx: BuildContext): AppraisalTable | undefined {
  const a = ctx.input.appraisal;
  return a ? appraisalTable(a.checklist, ctx.studies, a.appraisals) : undefined;
}

/** Quality appraisal (ENTREQ 10–12): the tool, why and how it was used, by how many reviewers. */
export function appraisalMethodsSection(ctx: BuildContext): ReportSection {
  const a = ctx.input.appraisal;
  const table = reportAppraisalTable(ctx);
  if (!a || !table) {
    const gap = notRecorded('appraise the included studies with a checklist (CASP, JBI or your own)', where.appraisal);
    ctx.topic('appraisal', ['methods-appraisal', 'results-appraisal'], 'missing', [gap]);
    return section('methods-appraisal', 'Quality appraisal', 3, [missing(gap)]);
  }
  const { checklist, appraisals } = a;
  const blocks: ReportBlock[] = [
    paragraph(
      `Included studies were appraised with the ${checklist.name} (version ${checklist.version}), which has ${checklist.items.length} items. `,
      checklist.note ? `Its authors note: “${checklist.note.trim()}” Following that guidance, answers were not summed into a score. ` : '',
    ),
  ];
  const perStudy = ctx.studies.map((s) => new Set(appraisals.filter((x) => x.studyId === s.id && x.role === 'reviewer' && x.checklistId === checklist.id).map((x) => x.by)).size);
  const min = Math.min(...perStudy);
  const max = Math.max(...perStudy);
  const consensus = table.rows.filter((r) => r.source === 'consensus').length;
  const n = ctx.studies.length;
  const process: string[] = [];
  if (n > 0 && max > 0) {
    const reviewers = min === max ? `${numberWord(min)} ${min === 1 ? 'reviewer' : 'reviewers'}` : `${numberWord(min)} to ${numberWord(max)} reviewers`;
    process.push(`${capitalise(reviewers)} appraised each study${max > 1 ? ' independently' : ''}`);
    if (consensus === n) process.push('then agreed a consensus appraisal for every study, which is the one reported');
    else if (consensus > 0) process.push(`then agreed a consensus appraisal for ${consensus} of ${n} studies`);
  }
  const uses = ['to describe the conduct and reporting of each study'];
  if (ctx.input.cerqual) uses.push('to inform the CERQual judgement of methodological limitations');
  if (ctx.state.translationOrder.kind === 'quality') uses.push('to order the studies for translation (best appraised first)');
  blocks.push(paragraph(`${process.length > 0 ? `${process.join(' and ')}. ` : ''}Appraisal was used ${joinAnd(uses)}.`));

  const gaps: string[] = [];
  const label = (source: string) => table.rows.filter((r) => r.source === source).map((r) => r.study.label);
  const awaiting = label('awaiting-consensus');
  const unappraised = label('not-appraised');
  if (awaiting.length > 0) gaps.push(notRecorded(`agree a consensus appraisal for ${joinAnd(awaiting)}`, where.appraisal));
  if (unappraised.length > 0) gaps.push(notRecorded(`appraise ${joinAnd(unappraised)}`, where.appraisal));
  for (const gap of gaps) blocks.push(missing(gap));
  const shown = table.rows.length - awaiting.length - unappraised.length;
  ctx.topic('appraisal', ['methods-appraisal', 'results-appraisal'], gaps.length === 0 ? (n === 0 ? 'missing' : 'complete') : shown > 0 ? 'partial' : 'missing', gaps);
  return section('methods-appraisal', 'Quality appraisal', 3, blocks);
}

/** How study characteristics were recorded (eMERGe 10's method side). */
export function characteristicsMethodsSection(ctx: BuildContext): ReportSection {
  const c = ctx.input.characteristics;
  if (!c) {
    return section('methods-characteristics', 'Study characteristics', 3, [
      missing(notRecorded('record the characteristics of each included study', where.characteristics)),
    ]);
  }
  const fields = c.form.fields.map((f) => f.label.trim().replace(/^./, (ch) => ch.toLowerCase()));
  return section('methods-characteristics', 'Study characteristics', 3, [
    paragraph(`For each included study we recorded ${joinAnd(fields)}, on the form “${c.form.name}”.`),
  ]);
}
