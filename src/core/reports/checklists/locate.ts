import type { ReportModel, ReportTopic } from '../model.js';
import type { ReportingChecklist, ReportingItem } from './checklist.js';

export type ItemStatus = 'reported' | 'partial' | 'missing';

/** Where one checklist item is reported, or what is missing and where in the product to record it. */
export type ItemLocation = Readonly<{ item: ReportingItem; status: ItemStatus; sectionIds: readonly string[]; note: string }>;

/**
 * Locates every item of a reporting checklist in a built report, through the topics the report recorded:
 * an item is `reported` when all its topics are complete, `missing` when any topic it needs is absent
 * altogether, and `partial` otherwise. The note says where it is reported, or what is missing and where
 * to record it.
 */
export function locateChecklist(model: ReportModel, checklist: ReportingChecklist): ItemLocation[] {
  const topics = new Map(model.topics.map((t) => [t.id, t] as const));
  const headings = new Map(model.sections.map((s) => [s.id, s.heading] as const));
  return checklist.items.map((item) => {
    const found = item.topics.map(
      (id): ReportTopic => topics.get(id) ?? { id, status: 'missing', sectionIds: [], gaps: [`This report does not cover “${id}”.`] },
    );
    const status: ItemStatus = found.some((t) => t.status === 'missing')
      ? 'missing'
      : found.some((t) => t.status === 'partial')
        ? 'partial'
        : 'reported';
    const sectionIds = [...new Set(found.flatMap((t) => t.sectionIds))].filter((id) => headings.has(id));
    const names = sectionIds.map((id) => `“${headings.get(id) ?? id}”`);
    const gaps = [...new Set(found.flatMap((t) => t.gaps))];
    const note = status === 'reported' ? `Reported under ${names.join(', ')}.` : gaps.join(' ');
    return { item, status, sectionIds, note };
  });
}
