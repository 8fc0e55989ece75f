import { bold, list, missing, notRecorded, section } from '../blocks.js';
import { statusOf, type BuildContext } from '../context.js';
import { joinAnd } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';
import { formatReference, methodReferences } from '../references.js';

/** The included studies' reports, then the method and reporting guidance cited. */
export function referencesSections(ctx: BuildContext): ReportSection[] {
  const { input } = ctx;
  const studies = [...ctx.studies].sort((a, b) => a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : 1));
  const items: ReportBlock[] = [];
  const unlinked: string[] = [];
  const entries = studies.flatMap((s) => {
    const reports = input.studyReports.find((r) => r.studyId === s.id)?.reports ?? [];
    if (reports.length === 0) {
      unlinked.push(s.label);
      return [];
    }
    const [main, ...others] = reports.map(formatReference);
    return [[bold(`${s.label}: `), main ?? '', others.length > 0 ? ` Also reported in: ${others.join(' ')}` : '']];
  });
  if (entries.length > 0) items.push(list(entries));
  const gaps =
    studies.length === 0
      ? [notRecorded('add the included studies to the synthesis, with their reports', where.studies)]
      : unlinked.length > 0
        ? [notRecorded(`link the bibliographic records (reports) of ${joinAnd(unlinked)}`, where.studies)]
        : [];
  for (const gap of gaps) items.push(missing(gap));
  ctx.topic('references', 'references-studies', statusOf(studies.length - unlinked.length, unlinked.length), gaps);

  const methods = [
    methodReferences.noblitHare,
    methodReferences.emerge,
    methodReferences.entreq,
    ...(input.prisma ? [methodReferences.prisma] : []),
    ...(input.searches.length > 0 ? [methodReferences.prismaS] : []),
    ...(input.cerqual ? [methodReferences.cerqual] : []),
    ...(input.appraisal ? [input.appraisal.checklist.source.citation.trim()] : []),
  ];
  return [
    section('references', 'References', 2, [], true),
    section('references-studies', 'Included studies', 3, items),
    section('references-methods', 'Method and reporting guidance', 3, [list(methods)]),
  ];
}
