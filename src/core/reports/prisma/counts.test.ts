import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { recordOutcomes, screeningSettings, screeningState, type RecordOutcome } from '../../screening/index.js';
import { prismaCounts, prismaRecordFromScreening, prismaRecordsFromState, type PrismaInput, type PrismaRecord } from './index.js';

const reasons = [
  { code: 'wrong-phenomenon', label: 'Phenomenon not addressed' },
  { code: 'not-qualitative', label: 'Not qualitative' },
];
const rec = (id: string, outcome: RecordOutcome, extra: Partial<PrismaRecord> = {}): PrismaRecord => ({ id, route: 'databases', outcome, ...extra });
const base: PrismaInput = {
  sources: [
    { name: 'MEDLINE', platform: 'Ovid', kind: 'database', records: 6 },
    { name: 'ClinicalTrials.gov', kind: 'register', records: 1 },
  ],
  removedBeforeScreening: { duplicates: 2 },
  records: [
    rec('a', 'excluded-at-screening'),
    rec('b', 'not-retrieved'),
    rec('c', 'excluded-at-eligibility', { reasonCode: 'not-qualitative' }),
    rec('d', 'included', { studyId: 'S1' }),
    rec('e', 'included', { studyId: 'S1' }),
  ],
  reasons,
};

describe('prismaCounts', () => {
  it('counts a finished databases-only review and omits the other-methods column', () => {
    const c = prismaCounts(base);
    expect(c.otherMethods).toBeUndefined();
    expect(c.databases.identified).toEqual({
      databases: 6,
      registers: 1,
      total: 7,
      sources: [
        { name: 'MEDLINE', kind: 'database', platform: 'Ovid', n: 6 },
        { name: 'ClinicalTrials.gov', kind: 'register', n: 1 },
      ],
    });
    expect(c.databases.removed).toEqual({ duplicates: 2, automation: 0, otherReasons: 0, total: 2 });
    expect(c.databases).toMatchObject({ screened: 5, sought: 4, notRetrieved: 1, assessed: 3, included: 2 });
    expect(c.databases.eligibilityExcluded).toEqual({ total: 1, reasons: [{ code: 'not-qualitative', label: 'Not qualitative', n: 1 }] });
    expect(c.included).toEqual({ studies: 1, reports: 2 });
    expect(c.warnings).toEqual([]);
  });

  it('warns when identified minus removed is not what was screened, or removals exceed identification', () => {
    const off = prismaCounts({ ...base, removedBeforeScreening: { duplicates: 1 } });
    expect(off.warnings.map((w) => w.code)).toEqual(['identification-arithmetic']);
    expect(off.warnings[0]?.message).toContain('7');
    const over = prismaCounts({ ...base, removedBeforeScreening: { duplicates: 9 } });
    expect(over.warnings.map((w) => w.code)).toEqual(['removed-exceeds-identified']);
  });

  it('splits title/abstract exclusions by humans and automation tools, and lists their reasons when recorded', () => {
    const c = prismaCounts({
      ...base,
      sources: [{ name: 'Embase', kind: 'database', records: 5 }],
      removedBeforeScreening: { duplicates: 0 },
      records: [
        rec('a', 'excluded-at-screening', { excludedBy: 'automation' }),
        rec('b', 'excluded-at-screening', { reasonCode: 'wrong-phenomenon' }),
        rec('c', 'excluded-at-screening'),
        rec('d', 'excluded-at-screening', { reasonCode: 'wrong-phenomenon' }),
        rec('e', 'included'),
      ],
    });
    expect(c.databases.screeningExcluded).toEqual({
      total: 4,
      byHumans: 3,
      byAutomation: 1,
      reasons: [
        { code: 'wrong-phenomenon', label: 'Phenomenon not addressed', n: 2 },
        { code: '', label: 'No reason recorded', n: 2 },
      ],
    });
    // Reasons are optional at title/abstract: none recorded, no lines and no warning.
    const none = prismaCounts({ ...base, records: [rec('a', 'excluded-at-screening')], removedBeforeScreening: { duplicates: 6 } });
    expect(none.databases.screeningExcluded.reasons).toEqual([]);
    expect(none.warnings).toEqual([]);
  });

  it('warns about full-text exclusions without a reason or with an unknown one, and still adds them up', () => {
    const c = prismaCounts({
      ...base,
      records: [
        rec('a', 'excluded-at-eligibility'),
        rec('b', 'excluded-at-eligibility', { reasonCode: 'too-old' }),
        rec('c', 'excluded-at-eligibility', { reasonCode: 'wrong-phenomenon' }),
        rec('d', 'included'),
        rec('e', 'included'),
      ],
    });
    expect(c.databases.eligibilityExcluded.reasons).toEqual([
      { code: 'wrong-phenomenon', label: 'Phenomenon not addressed', n: 1 },
      { code: 'too-old', label: 'too-old', n: 1 },
      { code: '', label: 'No reason recorded', n: 1 },
    ]);
    expect(c.warnings.map((w) => w.code).sort()).toEqual(['reason-missing', 'study-not-grouped', 'unknown-reason']);
  });

  it('counts the other-methods column without screening, and flags records that claim to be screened there', () => {
    const c = prismaCounts({
      ...base,
      sources: [...base.sources, { name: 'Citation searching', kind: 'other', records: 3 }],
      records: [
        ...base.records,
        rec('x', 'included', { route: 'other', studyId: 'S1' }),
        rec('y', 'awaiting-eligibility', { route: 'other' }),
        rec('z', 'excluded-at-screening', { route: 'other' }),
      ],
    });
    expect(c.otherMethods).toEqual({
      identified: { total: 3, sources: [{ name: 'Citation searching', kind: 'other', n: 3 }] },
      sought: 2,
      notRetrieved: 0,
      assessed: 1,
      eligibilityExcluded: { total: 0, reasons: [] },
      included: 1,
      pending: { screening: 0, retrieval: 0, eligibility: 1 },
    });
    // A report of study S1 found by citation searching: still one study, now three reports.
    expect(c.included).toEqual({ studies: 1, reports: 3 });
    expect(c.warnings.map((w) => w.code)).toEqual(['other-methods-screened', 'other-identification-arithmetic', 'eligibility-pending']);
  });

  it('marks a review in progress with info notes and pending counts', () => {
    const c = prismaCounts({
      ...base,
      records: [rec('a', 'awaiting-screening'), rec('b', 'awaiting-retrieval'), rec('c', 'awaiting-eligibility'), rec('d', 'included'), rec('e', 'included')],
    });
    expect(c.databases.pending).toEqual({ screening: 1, retrieval: 1, eligibility: 1 });
    expect(c.warnings.filter((w) => w.severity === 'info').map((w) => w.code)).toEqual([
      'screening-pending',
      'retrieval-pending',
      'eligibility-pending',
      'study-not-grouped',
    ]);
    expect(c.included.studies).toBe(2);
  });

  it('adds up repeated sources, counts a repeated record once, and rejects impossible numbers', () => {
    const c = prismaCounts({
      ...base,
      sources: [
        { name: 'MEDLINE', platform: 'Ovid', kind: 'database', records: 4 },
        { name: ' MEDLINE ', platform: 'Ovid', kind: 'database', records: 2 },
        { name: 'MEDLINE', platform: 'PubMed', kind: 'database', records: 1 },
      ],
      records: [...base.records, rec('a', 'excluded-at-screening')],
    });
    expect(c.databases.identified.sources.map((s) => [s.platform, s.n])).toEqual([
      ['Ovid', 6],
      ['PubMed', 1],
    ]);
    expect(c.databases.screened).toBe(5);
    expect(c.warnings.map((w) => w.code)).toEqual(['duplicate-record']);
    expect(() => prismaCounts({ ...base, removedBeforeScreening: { duplicates: -1 } })).toThrow(AppError);
    expect(() => prismaCounts({ ...base, sources: [{ name: 'X', kind: 'database', records: 1.5 }] })).toThrow(/whole number/);
  });
});

describe('prismaCounts arithmetic (property)', () => {
  const record = fc.record({
    route: fc.constantFrom('databases' as const, 'other' as const),
    outcome: fc.constantFrom(...recordOutcomes),
    reasonCode: fc.option(fc.constantFrom('wrong-phenomenon', 'not-qualitative', 'other'), { nil: undefined }),
    studyId: fc.option(fc.constantFrom('S1', 'S2', 'S3'), { nil: undefined }),
  });
  it('every box adds up the way the diagram promises', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.nat(20), (raw, extra) => {
        const records = raw.map((r, i): PrismaRecord => ({
          id: `r${i}`,
          route: r.route,
          outcome: r.outcome,
          ...(r.reasonCode ? { reasonCode: r.reasonCode } : {}),
          ...(r.studyId ? { studyId: r.studyId } : {}),
        }));
        const c = prismaCounts({
          sources: [
            { name: 'DB', kind: 'database', records: records.filter((r) => r.route === 'databases').length + extra },
            { name: 'Web', kind: 'other', records: 3 },
          ],
          removedBeforeScreening: { duplicates: extra },
          records,
          reasons,
        });
        const d = c.databases;
        expect(d.screened).toBe(d.screeningExcluded.total + d.sought + d.pending.screening);
        for (const col of [d, c.otherMethods!]) {
          expect(col.sought).toBe(col.notRetrieved + col.assessed + col.pending.retrieval + col.pending.eligibility);
          expect(col.assessed).toBe(col.eligibilityExcluded.total + col.included);
          expect(col.eligibilityExcluded.reasons.reduce((a, r) => a + r.n, 0)).toBe(col.eligibilityExcluded.total);
        }
        if (d.screeningExcluded.reasons.length > 0) expect(d.screeningExcluded.reasons.reduce((a, r) => a + r.n, 0)).toBe(d.screeningExcluded.total);
        expect(c.included.reports).toBe(d.included + c.otherMethods!.included);
        expect(c.included.studies).toBeLessThanOrEqual(c.included.reports);
        expect(c.warnings.some((w) => w.code === 'identification-arithmetic')).toBe(false);
      }),
    );
  });
});

describe('prismaRecordFromScreening', () => {
  it('maps the screening state of every record, unscreened ones included', () => {
    const settings = screeningSettings({ reviewersPerRecord: { 'title-abstract': 1, 'full-text': 1 } });
    const at = '2025-01-01T00:00:00Z';
    const state = screeningState(
      [
        { type: 'decision', recordId: 'out', stage: 'title-abstract', reviewerId: 'a', decision: 'exclude', reasonCode: 'wrong-population', at },
        { type: 'decision', recordId: 'in', stage: 'title-abstract', reviewerId: 'a', decision: 'include', at },
        { type: 'retrieval', recordId: 'in', outcome: 'retrieved', actorId: 'a', at },
        { type: 'decision', recordId: 'in', stage: 'full-text', reviewerId: 'a', decision: 'exclude', reasonCode: 'not-qualitative', at },
        { type: 'retrieval', recordId: 'cit', outcome: 'retrieved', actorId: 'a', at },
        { type: 'decision', recordId: 'cit', stage: 'full-text', reviewerId: 'a', decision: 'include', at },
      ],
      settings,
      { otherMethods: ['cit'] },
    );
    expect(prismaRecordsFromState(state, ['out', 'in', 'cit', 'fresh'], (id) => (id === 'cit' ? 'S9' : undefined))).toEqual([
      { id: 'out', route: 'databases', outcome: 'excluded-at-screening', reasonCode: 'wrong-population', excludedBy: 'human' },
      { id: 'in', route: 'databases', outcome: 'excluded-at-eligibility', reasonCode: 'not-qualitative' },
      { id: 'cit', route: 'other', outcome: 'included', studyId: 'S9' },
      { id: 'fresh', route: 'databases', outcome: 'awaiting-screening' },
    ]);
    expect(prismaRecordFromScreening(state.records.get('cit')!)).toEqual({ id: 'cit', route: 'other', outcome: 'included' });
  });
});
