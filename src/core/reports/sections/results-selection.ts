import { missing, note, notRecorded, paragraph, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { sourceName } from '../facts.js';
import { count, plural } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';
import type { ReasonCount, SourceCount } from '../prisma/counts.js';
import { prismaSvg } from '../prisma/svg.js';

const sources = (list: readonly SourceCount[]): string =>
  list.length > 0 ? ` (${list.map((s) => `${sourceName({ source: s.name, ...(s.platform !== undefined ? { platform: s.platform } : {}) })}, ${count(s.n)}`).join('; ')})` : '';
const reasons = (list: readonly ReasonCount[]): string => (list.length > 0 ? ` (${list.map((r) => `${r.label}, ${count(r.n)}`).join('; ')})` : '');

/** The outcome of study selection (eMERGe 8, ENTREQ 9): the PRISMA counts in words and as a figure. */
export function selectionResultsSection(ctx: BuildContext): ReportSection {
  const p = ctx.input.prisma;
  if (!p) {
    const gap = notRecorded('finish screening so that the PRISMA flow diagram can be counted', where.prisma);
    ctx.topic('selection-outcome', 'results-selection', 'missing', [gap]);
    return section('results-selection', 'Study selection', 3, [missing(gap)]);
  }
  const d = p.databases;
  const figureLabel = ctx.nextFigureLabel();
  const text: string[] = [`The database and register searches identified ${plural(d.identified.total, 'record', 'records')}${sources(d.identified.sources)}.`];
  if (d.removed.total > 0) {
    const parts = [
      d.removed.duplicates > 0 ? plural(d.removed.duplicates, 'duplicate', 'duplicates') : '',
      d.removed.automation > 0 ? `${count(d.removed.automation)} marked ineligible by automation tools` : '',
      d.removed.otherReasons > 0 ? `${count(d.removed.otherReasons)} for other reasons` : '',
    ].filter((x) => x !== '');
    text.push(`${plural(d.removed.total, 'record was', 'records were')} removed before screening (${parts.join('; ')}).`);
  } else {
    text.push('No records were removed before screening.');
  }
  text.push(
    `${plural(d.screened, 'record was', 'records were')} screened on title and abstract and ${count(d.screeningExcluded.total)} excluded${d.screeningExcluded.byAutomation > 0 ? ` (${count(d.screeningExcluded.byHumans)} by reviewers, ${count(d.screeningExcluded.byAutomation)} by automation tools)` : ''}.`,
  );
  text.push(
    `Of ${plural(d.sought, 'report', 'reports')} sought for retrieval, ${count(d.notRetrieved)} could not be retrieved; ${count(d.assessed)} ${d.assessed === 1 ? 'was' : 'were'} assessed in full and ${count(d.eligibilityExcluded.total)} excluded${reasons(d.eligibilityExcluded.reasons)}.`,
  );
  const o = p.otherMethods;
  if (o) {
    text.push(
      `Other methods identified ${plural(o.identified.total, 'record', 'records')}${sources(o.identified.sources)}: ${plural(o.sought, 'report was', 'reports were')} sought, ${count(o.notRetrieved)} could not be retrieved, ${count(o.assessed)} ${o.assessed === 1 ? 'was' : 'were'} assessed and ${count(o.eligibilityExcluded.total)} excluded${reasons(o.eligibilityExcluded.reasons)}.`,
    );
  }
  text.push(`In total, ${plural(p.included.studies, 'study', 'studies')} reported in ${plural(p.included.reports, 'report', 'reports')} ${p.included.studies === 1 ? 'was' : 'were'} included (${figureLabel}).`);

  const blocks: ReportBlock[] = [paragraph(text.join(' '))];
  const gaps: string[] = [];
  for (const w of p.warnings) {
    if (w.severity === 'warning') gaps.push(`Check the PRISMA counts in ${where.prisma}: ${w.message}`);
    else blocks.push(note(`Provisional: ${w.message}`));
  }
  if (p.included.studies !== ctx.studies.length) {
    gaps.push(
      `Check the included studies: the PRISMA diagram counts ${plural(p.included.studies, 'study', 'studies')} but the synthesis holds ${count(ctx.studies.length)} (${where.studies}).`,
    );
  }
  for (const gap of gaps) blocks.push(missing(gap));
  const other = o ? ` and ${plural(o.identified.total, 'record', 'records')} from other methods` : '';
  blocks.push(
    ctx.figure({
      id: 'prisma',
      caption: 'PRISMA 2020 flow diagram of the identification, screening and inclusion of studies',
      alt: `PRISMA 2020 flow diagram: ${plural(d.identified.total, 'record', 'records')} identified from databases and registers${other}; ${plural(p.included.studies, 'study', 'studies')} in ${plural(p.included.reports, 'report', 'reports')} included.`,
      svg: prismaSvg(p),
    }),
  );
  ctx.topic('selection-outcome', 'results-selection', gaps.length > 0 ? 'partial' : 'complete', gaps);
  return section('results-selection', 'Study selection', 3, blocks);
}
