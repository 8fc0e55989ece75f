import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { emergeChecklist } from './checklists/emerge.js';
import { entreqChecklist } from './checklists/entreq.js';
import { locateChecklist } from './checklists/locate.js';
import { reportTopicIds } from './model.js';
import { sevenStudiesReportInput, sevenStudiesTexts } from './test-support/seven-studies-report.js';

const full = sevenStudiesReportInput().input;

describe('reporting checklists as data', () => {
  it('has the 19 eMERGe items and the 21 ENTREQ items, numbered in order, each pointing at known topics', () => {
    expect(emergeChecklist.items.map((i) => i.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(entreqChecklist.items.map((i) => i.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const item of [...emergeChecklist.items, ...entreqChecklist.items]) {
      expect(item.topics.length).toBeGreaterThan(0);
      for (const t of item.topics) expect(reportTopicIds).toContain(t);
      expect(item.asks.length).toBeGreaterThan(20);
    }
  });
});

describe('locateChecklist', () => {
  it('locates all 19 eMERGe items and all 21 ENTREQ items as reported on the full example', () => {
    const model = buildReport(full);
    const emerge = locateChecklist(model, emergeChecklist);
    expect(emerge.filter((l) => l.status !== 'reported')).toEqual([]);
    expect(emerge).toHaveLength(19);
    const entreq = locateChecklist(model, entreqChecklist);
    expect(entreq.filter((l) => l.status !== 'reported')).toEqual([]);
    const headings = new Map(model.sections.map((s) => [s.id, s.heading]));
    for (const l of [...emerge, ...entreq]) {
      expect(l.sectionIds.length).toBeGreaterThan(0);
      for (const id of l.sectionIds) expect(headings.has(id)).toBe(true);
      expect(l.note).toMatch(/^Reported under “/);
    }
    expect(emerge.find((l) => l.item.number === 18)?.sectionIds).toEqual(['strengths-limitations', 'reflexivity']);
  });

  it('turns eMERGe 18 to missing when the reflexivity statement is removed, saying where to record it', () => {
    const { reflexivity: _, ...texts } = sevenStudiesTexts;
    const model = buildReport(sevenStudiesReportInput({ texts }).input);
    const item18 = locateChecklist(model, emergeChecklist).find((l) => l.item.number === 18);
    expect(item18?.status).toBe('missing');
    expect(item18?.note).toContain('reflexivity statement');
    expect(item18?.note).toContain('Project › Report texts');
    // Nothing else changed.
    expect(locateChecklist(model, emergeChecklist).filter((l) => l.status !== 'reported').map((l) => l.item.number)).toEqual([18]);
    // The report itself says so where the text would be, and in the appendix.
    const reflexivity = model.sections.find((s) => s.id === 'reflexivity');
    expect(reflexivity?.blocks).toEqual([
      expect.objectContaining({ kind: 'paragraph', tone: 'missing', runs: [{ text: expect.stringMatching(/^Not yet written — record the reflexivity statement .* in Project › Report texts\.$/) }] }),
    ]);
  });

  it('marks an item partial when only some of what it needs is recorded', () => {
    const { limitations: _, ...texts } = sevenStudiesTexts;
    const searches = full.searches.map((s, i) => (i === 1 ? { ...s, query: undefined } : s));
    const model = buildReport({ ...sevenStudiesReportInput({ texts }).input, searches });
    const entreq6 = locateChecklist(model, entreqChecklist).find((l) => l.item.number === 6);
    expect(entreq6?.status).toBe('partial');
    expect(entreq6?.note).toBe('Not yet recorded — record the full search strategy as run for ProQuest Central via ProQuest in Identification › Search log.');
    // Strengths written but not limitations: the strengths-limitations topic is partial, so item 18 is partial.
    const item18 = locateChecklist(model, emergeChecklist).find((l) => l.item.number === 18);
    expect(item18?.status).toBe('partial');
    expect(item18?.note).toContain('limitations');
  });

  it('says where to record the searches, screening and synthesis of a project that has none yet', () => {
    const model = buildReport({ ...full, searches: [], dedup: undefined, screening: undefined, prisma: undefined });
    const emerge = new Map(locateChecklist(model, emergeChecklist).map((l) => [l.item.number, l]));
    expect(emerge.get(6)?.status).toBe('missing');
    expect(emerge.get(6)?.note).toContain('Identification › Search log');
    expect(emerge.get(7)?.note).toContain('Screening › Settings');
    expect(emerge.get(8)?.note).toContain('Reporting › PRISMA diagram');
    expect(emerge.get(9)?.status).toBe('reported');
  });

  it('shows the located checklists as appendix tables that agree with locateChecklist', () => {
    const { reflexivity: _, ...texts } = sevenStudiesTexts;
    const model = buildReport(sevenStudiesReportInput({ texts }).input);
    const table = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.table.id === 'emerge-checklist');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    const located = locateChecklist(model, emergeChecklist);
    expect(table.table.rows.map((r) => r[4])).toEqual(located.map((l) => ({ reported: 'Reported', partial: 'Partly reported', missing: 'Missing' })[l.status]));
    expect(table.table.rows[17]?.[6]).toContain('Project › Report texts');
    const entreq = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.table.id === 'entreq-checklist');
    if (entreq?.kind !== 'table') throw new Error('no ENTREQ table');
    expect(entreq.table.rows[5]?.[5]).toBe('Searching; Appendix C. Search strategies');
  });
});
