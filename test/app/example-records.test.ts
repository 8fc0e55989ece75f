import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agreement,
  conflicts,
  currentGroups,
  dedupOverview,
  ensureLocalOwner,
  getRecord,
  listMembers,
  listProjects,
  listRecords,
  prisma,
  searchLog,
  type Actor,
} from '../../src/app/index.js';
import { loadExampleRecords, type LoadedExample } from '../../src/app/example/index.js';
import { testApp, type TestApp } from '../support/store.js';

/**
 * The built-in example's front half, loaded through the app into a fresh store. Every number below was
 * counted by hand from the example's files (examples/img-return-migration/):
 *
 *   export file            records  = hits reported
 *   embase-ovid.ris             64
 *   assia-proquest.ris          40
 *   medline-pubmed.nbib         98
 *   scopus.csv                 141
 *   cinahl-ebsco.ris            44   → 387 database records
 *   manual-search.ris            5   → 392 records in all
 *
 * works.json names 244 works: 239 found by the databases and 5 only by hand searching. So 392 − 244 =
 * 148 duplicates are removed (all of them database records), and 239 records are screened at
 * title/abstract. Of those, 25 are included (the 7 studies, 17 agreed candidates and 1 disagreement
 * resolved as include) and 214 excluded (151 not return migration, 42 population, 21 publication type).
 * The 25 reports are sought; 1 is not retrieved (a 1984 article); 24 are assessed; 17 are excluded
 * (4 not return migration, 4 population, 5 not qualitative, 2 publication type, 2 returnees not
 * separable) and 7 included. The 5 hand-search records skip title/abstract screening: all 5 are sought,
 * retrieved, assessed and excluded (1 population, 2 not qualitative, 2 publication type).
 */
const dir = new URL('../../examples/img-return-migration/', import.meta.url);
const works = (JSON.parse(readFileSync(new URL('works.json', dir), 'utf8')) as { works: { key: string; study?: boolean; title: string; records: { file: string; id: string }[] }[] }).works;

const studies = ['gaviria-1975', 'motlhatlhedi-2018', 'arif-2019', 'oman-2009', 'humphries-2017', 'adzei-2014', 'abdalla-2016'];

describe('the example review: searches, imports, de-duplication and screening', () => {
  let app: TestApp;
  let owner: Actor;
  let loaded: LoadedExample;
  let seconds: number;
  /** Record id → work key, rebuilt here from works.json independently of the loader. */
  const workOf = new Map<string, string>();

  beforeAll(async () => {
    app = await testApp();
    owner = await ensureLocalOwner(app);
    const t = performance.now();
    loaded = await loadExampleRecords(app, owner, {});
    seconds = (performance.now() - t) / 1000;

    const byFileAndId = new Map<string, string>();
    for (const search of await searchLog(app, owner, loaded.projectId)) {
      const file = search.files[0]!.fileName;
      const page = await listRecords(app, owner, loaded.projectId, { searchId: search.id, limit: 500 });
      for (const item of page.items) {
        const r = await getRecord(app, owner, loaded.projectId, item.id);
        for (const id of [r.record.accession, r.record.pmid, r.sourceId]) if (id) byFileAndId.set(`${file}|${id}`, r.id);
      }
    }
    for (const w of works) for (const r of w.records) workOf.set(byFileAndId.get(`${r.file}|${r.id}`)!, w.key);
  });
  afterAll(async () => app?.dispose());

  it('loads in reasonable time (about 20 s on an idle 2-core machine)', () => {
    expect(seconds).toBeLessThan(60);
  });

  it('creates a project marked as the example, with its two reviewers', async () => {
    const project = (await listProjects(app, owner)).find((p) => p.id === loaded.projectId)!;
    expect(project).toMatchObject({ isExample: true, records: 392, title: 'Return migration of international medical graduates: an illustrative meta-ethnography' });
    const members = await listMembers(app, owner, loaded.projectId);
    expect(members.map((m) => [m.name, m.role]).sort()).toEqual([
      ['ana', 'owner'],
      ['ben', 'reviewer'],
      ['owner', 'owner'],
    ]);
  });

  it('imports each export file in its own format, as many records as the database reported', async () => {
    const log = await searchLog(app, owner, loaded.projectId);
    expect(log.map((s) => [s.source, s.platform, s.files[0]!.format, s.recordsImported, s.hitsReported, s.mismatch])).toEqual([
      ['Embase', 'Ovid', 'ris', 64, 64, null],
      ['Applied Social Sciences Index & Abstracts (ASSIA)', 'ProQuest', 'ris', 40, 40, null],
      ['MEDLINE', 'PubMed', 'pubmed', 98, 98, null],
      ['Scopus', 'Elsevier', 'csv', 141, 141, null],
      ['CINAHL Complete', 'EBSCOhost', 'ris', 44, 44, null],
      ['Citation chasing and hand searching', null, 'ris', 5, 5, null],
    ]);
    expect(log[5]).toMatchObject({ kind: 'other', method: 'manual searching' });
    for (const s of log) expect((s.files[0]!.diagnostics as { severity: string }[]).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(workOf.size).toBe(392);
  });

  it('de-duplicates to one record per work, with two pairs for the lead reviewer to decide', async () => {
    const overview = await dedupOverview(app, owner, loaded.projectId, { groupLimit: 0 });
    // The automatic run: 147 duplicates found, 2 possible pairs (an online-first Embase record without
    // its subtitle, confirmed; a conference abstract under the paper's title, rejected). No other
    // correction was needed.
    expect(overview.run).toMatchObject({ records: 392, duplicates: 147, possible: 2 });
    expect(overview.decided).toBe(2);
    expect(overview.queue).toEqual([]);
    expect(overview.unique).toBe(244);

    const groups = await currentGroups(app, loaded.projectId);
    const grouped = new Set(groups.flat());
    for (const g of groups) expect(new Set(g.map((id) => workOf.get(id))).size).toBe(1);
    for (const w of works) {
      const ids = [...workOf].filter(([, key]) => key === w.key).map(([id]) => id);
      expect(ids).toHaveLength(w.records.length);
      if (ids.length > 1) expect(groups.some((g) => g.length === ids.length && ids.every((id) => g.includes(id)))).toBe(true);
      else expect(grouped.has(ids[0]!)).toBe(false);
    }
    // The seven studies are in 2 to 4 databases each, and each is one group.
    for (const key of studies) {
      const n = works.find((w) => w.key === key)!.records.length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
  });

  it('counts every PRISMA box from the data', async () => {
    const { counts } = await prisma(app, owner, loaded.projectId);
    const db = counts.databases;
    expect(db.identified.sources.map((s) => [s.name, s.n])).toEqual([
      ['Embase', 64],
      ['Applied Social Sciences Index & Abstracts (ASSIA)', 40],
      ['MEDLINE', 98],
      ['Scopus', 141],
      ['CINAHL Complete', 44],
    ]);
    expect(db.identified.total).toBe(387);
    expect(db.removed).toEqual({ duplicates: 148, automation: 0, otherReasons: 0, total: 148 });
    expect(db.screened).toBe(239);
    expect(db.screeningExcluded.total).toBe(214);
    expect(db.screeningExcluded.reasons.map((r) => [r.code, r.n])).toEqual([
      ['not-return-migration', 151],
      ['wrong-population', 42],
      ['wrong-publication-type', 21],
    ]);
    expect(db.sought).toBe(25);
    expect(db.notRetrieved).toBe(1);
    expect(db.assessed).toBe(24);
    expect(db.eligibilityExcluded.total).toBe(17);
    expect(db.eligibilityExcluded.reasons.map((r) => [r.code, r.n])).toEqual([
      ['not-return-migration', 4],
      ['wrong-population', 4],
      ['not-qualitative', 5],
      ['wrong-publication-type', 2],
      ['returnee-data-not-separable', 2],
    ]);
    expect(db.included).toBe(7);
    expect(db.pending).toEqual({ screening: 0, retrieval: 0, eligibility: 0 });

    const other = counts.otherMethods!;
    expect(other.identified.total).toBe(5);
    expect([other.sought, other.notRetrieved, other.assessed, other.eligibilityExcluded.total, other.included]).toEqual([5, 0, 5, 5, 0]);
    expect(other.eligibilityExcluded.reasons.map((r) => [r.code, r.n])).toEqual([
      ['wrong-population', 1],
      ['not-qualitative', 2],
      ['wrong-publication-type', 2],
    ]);

    expect(counts.included).toEqual({ studies: 7, reports: 7 });
    // Only the note that reports are not yet grouped into studies (the synthesis does that).
    expect(counts.warnings.map((w) => w.code)).toEqual(['study-not-grouped']);
  });

  it('shows good but imperfect agreement at title/abstract, and no open conflict', async () => {
    const { stages } = await agreement(app, owner, loaded.projectId);
    const ta = stages.find((s) => s.stage === 'title-abstract')!;
    expect(ta.units).toBe(239);
    const kappa = ta.pairs[0]!.kappa.value!;
    expect(kappa).toBeGreaterThan(0.6);
    expect(kappa).toBeLessThan(1);
    expect(await conflicts(app, owner, loaded.projectId)).toEqual([]);
  });

  it('returns the included record of each of the seven studies', async () => {
    expect(Object.keys(loaded.includedRecordIds).sort()).toEqual([...studies].sort());
    for (const key of studies) {
      const ids = loaded.includedRecordIds[key]!;
      expect(ids).toHaveLength(1);
      expect(workOf.get(ids[0]!)).toBe(key);
    }
    const motlhatlhedi = await getRecord(app, owner, loaded.projectId, loaded.includedRecordIds['motlhatlhedi-2018']![0]!);
    expect(motlhatlhedi.record).toMatchObject({ year: 2018, volume: '13' });
  });
});
