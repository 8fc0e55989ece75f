import { missing, notRecorded, paragraph, section } from '../blocks.js';
import type { ReportingChecklist } from '../checklists/checklist.js';
import { emergeChecklist } from '../checklists/emerge.js';
import { entreqChecklist } from '../checklists/entreq.js';
import { locateChecklist, type ItemStatus } from '../checklists/locate.js';
import type { BuildContext } from '../context.js';
import { sourceName } from '../facts.js';
import { hasText } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportModel, ReportSection } from '../model.js';

const statusLabels: Readonly<Record<ItemStatus, string>> = { reported: 'Reported', partial: 'Partly reported', missing: 'Missing' };

function checklistSection(ctx: BuildContext, draft: ReportModel, checklist: ReportingChecklist, id: string, heading: string, groupHeader: string): ReportSection {
  const located = locateChecklist(draft, checklist);
  const headings = new Map(draft.sections.map((s) => [s.id, s.heading] as const));
  const reported = located.filter((l) => l.status === 'reported').length;
  return section(id, heading, 3, [
    paragraph(`${reported === located.length ? `All ${located.length} items are reported.` : `${reported} of the ${located.length} items are reported; the others say what is missing and where to record it.`} Item wording is paraphrased; see ${checklist.citation}`),
    ctx.table({
      id: `${checklist.id}-checklist`,
      caption: `${checklist.name}: where each item is reported in this report`,
      header: ['#', groupHeader, 'Item', 'What it asks', 'Status', 'Where reported', 'What is missing'],
      rows: located.map((l) => [
        String(l.item.number),
        l.item.group,
        l.item.short,
        l.item.asks,
        statusLabels[l.status],
        l.sectionIds.map((s) => headings.get(s) ?? s).join('; ') || '–',
        l.status === 'reported' ? '–' : l.note,
      ]),
    }),
  ]);
}

/** Appendix C: the full search strategies (PRISMA-S 8, ENTREQ 6). */
export function searchStrategiesSection(ctx: BuildContext): ReportSection {
  const strategies = ctx.input.searches.filter((s) => hasText(s.query));
  if (strategies.length === 0) {
    return section('appendix-search-strategies', 'Appendix C. Search strategies', 3, [
      missing(notRecorded('record the full strategy of each database search as it was run', where.searchLog)),
    ]);
  }
  return section('appendix-search-strategies', 'Appendix C. Search strategies', 3, [
    paragraph('Each strategy is given exactly as it was run.'),
    ctx.table({
      id: 'search-strategies',
      caption: 'Full search strategies as run (PRISMA-S item 8)',
      header: ['Source', 'Date searched', 'Strategy', 'Limits', 'Filters'],
      rows: strategies.map((s) => [sourceName(s), s.dateRun?.trim() || '–', (s.query ?? '').trim(), s.limits?.trim() || '–', s.filters?.trim() || '–']),
    }),
  ]);
}

/**
 * Appendices A and B: both reporting checklists, located in `draft` — the report without them (they
 * describe the report, and no checklist item is reported in a checklist).
 */
export function checklistSections(ctx: BuildContext, draft: ReportModel): ReportSection[] {
  return [
    checklistSection(ctx, draft, emergeChecklist, 'appendix-emerge', 'Appendix A. eMERGe reporting checklist', 'Phase'),
    checklistSection(ctx, draft, entreqChecklist, 'appendix-entreq', 'Appendix B. ENTREQ checklist', 'Domain'),
  ];
}
