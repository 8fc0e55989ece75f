import { evidenceProfiles } from '../../cerqual/evidence-profile.js';
import { cerqualComponents, componentLabels, concernLabels, confidenceLabels } from '../../cerqual/levels.js';
import { soqfTable } from '../../cerqual/soqf.js';
import { missing, notRecorded, paragraph, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { confidenceSummary, type ReportFacts } from '../facts.js';
import { plural } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportSection } from '../model.js';

/** Confidence in the findings: the Summary of Qualitative Findings table and the evidence profiles. */
export function cerqualResultsSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const c = ctx.input.cerqual;
  if (!c || c.findings.length === 0 || !facts.confidence) {
    return section('results-cerqual', 'Confidence in the findings', 3, [
      missing(notRecorded('assess confidence in each review finding with GRADE-CERQual', where.cerqual)),
    ]);
  }
  const soqf = soqfTable(ctx.state, c.findings, c.assessments, ctx.orderInputs);
  const profiles = evidenceProfiles(ctx.state, c.findings, c.assessments, ctx.orderInputs);
  const [t1, t2] = [ctx.nextTableLabel(1), ctx.nextTableLabel(2)];
  return section('results-cerqual', 'Confidence in the findings', 3, [
    paragraph(
      `GRADE-CERQual confidence in the ${plural(c.findings.length, 'review finding', 'review findings')} was ${confidenceSummary(facts.confidence)}. `,
      `${t1} summarises each finding with its confidence and contributing studies; ${t2} gives the judgement and explanation for each component.`,
    ),
    ctx.table({
      id: 'soqf',
      caption: 'Summary of qualitative findings (GRADE-CERQual)',
      header: ['#', 'Summarised review finding', 'CERQual assessment of confidence', 'Explanation of CERQual assessment', 'Studies contributing to the review finding'],
      rows: soqf.rows.map((r) => [
        String(r.number),
        `${r.label}. ${r.statement}`,
        r.confidence ? confidenceLabels[r.confidence] : 'Not yet assessed',
        r.explanation ?? '–',
        r.studies.map((s) => s.label).join('; ') || '–',
      ]),
    }),
    ctx.table({
      id: 'evidence-profile',
      caption: 'GRADE-CERQual evidence profile: the judgement and explanation for each component of each finding',
      header: ['Finding', ...cerqualComponents.map((k) => componentLabels[k]), 'Overall confidence'],
      rows: profiles.map((p) => [
        p.label,
        ...p.components.map((k) => (k.judgement ? `${concernLabels[k.judgement.concerns]}. ${k.judgement.explanation}` : 'Not yet judged')),
        p.overall ? `${confidenceLabels[p.overall.confidence]}. ${p.overall.explanation}` : 'Not yet assessed',
      ]),
    }),
  ]);
}
