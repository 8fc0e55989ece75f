import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSearch,
  createProject,
  decide,
  decideDuplicates,
  dedupOverview,
  ensureLocalOwner,
  importFiles,
  listRecords,
  runDedup,
  screeningQueue,
  screeningRecord,
  undoDedupDecision,
  undoLastDecision,
  updateScreeningSettings,
  type Actor,
  type App,
} from '../../src/app/index.js';
import { eventsRepo } from '../../src/store/index.js';
import { risOf } from '../support/ris.js';
import { dialect, testApp, type TestApp } from '../support/store.js';

// Eight studies of return migration, and the first listed twice (the same DOI): seven to screen after
// de-duplication... plus the one duplicate group.
const topics = ['Fiji', 'Ghana', 'Sudan', 'Colombia', 'Botswana', 'Peru', 'Nepal', 'Samoa'];
const search = risOf([
  ...topics.map((place, i) => ({ TI: `Doctors who went home to ${place}: a qualitative study`, AU: `Author${i}, A.`, PY: String(2010 + i), JO: 'Human Resources for Health', DO: `10.5555/hrh.${i}` })),
  { TI: 'Doctors who went home to Fiji: a qualitative study', AU: 'Author0, A.', PY: '2010', JO: 'Hum Resour Health', DO: '10.5555/HRH.0' },
]);

/**
 * Screening and de-duplication state are folds over the event log, cached per app and brought up to
 * date by reading only newer rows. Two apps on one database stand for two servers on one PostgreSQL:
 * each must see the other's writes, concurrent ones included, and agree with an app that folds from
 * scratch.
 */
describe(`incremental folds on ${dialect}: two servers on one database`, () => {
  let a: TestApp;
  let b: App;
  let owner: Actor;
  let projectId: string;
  beforeAll(async () => {
    a = await testApp();
    b = { ...a }; // the same store, caches of its own
    owner = await ensureLocalOwner(a);
    projectId = (await createProject(a, owner, { name: 'two servers' })).id;
    const searchId = (await addSearch(a, owner, projectId, { kind: 'database', source: 'MEDLINE' })).id;
    await importFiles(a, owner, { projectId, searchId, files: [{ name: 'medline.ris', chunks: [search] }] });
    await updateScreeningSettings(a, owner, projectId, { reviewersPerRecord: { 'title-abstract': 1 } });
  });
  afterAll(async () => a?.dispose());

  it('each sees the other’s de-duplication runs, decisions and undos', async () => {
    expect((await dedupOverview(b, owner, projectId)).run).toBeNull();
    await runDedup(a, owner, projectId);
    const seen = await dedupOverview(b, owner, projectId);
    expect(seen.groups.map((g) => g.ids.length)).toEqual([2]);
    const pair = seen.groups[0]!.ids;
    const idOf = async (place: string): Promise<string> =>
      (await listRecords(a, owner, projectId, {})).items.find((r) => r.title?.includes(place))!.id;
    const other = [await idOf('Ghana'), await idOf('Sudan')];
    await decideDuplicates(b, owner, projectId, { action: 'merge', records: other });
    expect((await dedupOverview(a, owner, projectId)).groups).toHaveLength(2);
    await undoDedupDecision(a, owner, projectId);
    expect((await dedupOverview(b, owner, projectId)).groups.map((g) => g.ids)).toEqual([pair]);
    // A newer run replaces the cached one everywhere.
    const again = await runDedup(b, owner, projectId);
    expect((await dedupOverview(a, owner, projectId)).run).toEqual(again);
    expect((await dedupOverview({ ...a }, owner, projectId)).groups.map((g) => g.ids)).toEqual([pair]);
  });

  it('each sees the other’s screening decisions, concurrent ones included, as a fresh fold does', async () => {
    const progress = async (app: App) => (await screeningQueue(app, owner, projectId, 'title-abstract')).progress;
    expect(await progress(a)).toMatchObject({ total: 8, decidedByMe: 0 });
    expect(await progress(b)).toMatchObject({ total: 8, decidedByMe: 0 });
    const ids = (await screeningQueue(a, owner, projectId, 'title-abstract', 50)).items.map((item) => item.recordId);
    expect(ids).toHaveLength(8);
    await decide(a, owner, projectId, { recordId: ids[0]!, stage: 'title-abstract', decision: 'include' });
    expect(await progress(b)).toMatchObject({ decidedByMe: 1, leftForMe: 7 });
    // The rest at once, half through each app.
    await Promise.all(ids.slice(1).map((recordId, i) => decide(i % 2 === 0 ? a : b, owner, projectId, { recordId, stage: 'title-abstract', decision: 'exclude' })));
    for (const app of [a, b, { ...a }]) expect(await progress(app)).toMatchObject({ decidedByMe: 8, leftForMe: 0 });
    const undone = await undoLastDecision(b, owner, projectId, 'title-abstract');
    for (const app of [a, b]) expect(await progress(app)).toMatchObject({ decidedByMe: 7, leftForMe: 1 });
    expect((await screeningQueue(a, owner, projectId, 'title-abstract')).items.map((item) => item.recordId)).toEqual([undone.recordId]);
    expect((await listRecords(a, owner, projectId, {})).total).toBe(9);
  });

  it('judges a decision on the log as it stands when written: two submissions at once are a decision and a change', async () => {
    // The one record the test above left undecided, and one decided there.
    const first = (await screeningQueue(a, owner, projectId, 'title-abstract')).items[0]!.recordId;
    const second = (await listRecords(a, owner, projectId, {})).items.find((r) => r.id !== first && r.title?.includes('Peru'))!.id;
    // Both apps have read the log before either writes (as two requests of a double click do).
    await Promise.all([screeningQueue(a, owner, projectId, 'title-abstract'), screeningQueue(b, owner, projectId, 'title-abstract')]);
    await Promise.all([
      decide(a, owner, projectId, { recordId: first, stage: 'title-abstract', decision: 'include' }),
      decide(b, owner, projectId, { recordId: first, stage: 'title-abstract', decision: 'exclude' }),
    ]);
    // Decided and undone above; now decided afresh once, then changed (the log, not only its reading).
    const logged = (await eventsRepo.listEvents(a.store.db, { projectId, types: ['screening.event'], entityId: first }))
      .map((row) => (row.payload['event'] as { type: string }).type);
    expect(logged).toEqual(['decision', 'decision-retraction', 'decision', 'decision-change']);
    const history = (await screeningRecord({ ...a }, owner, projectId, first, 'title-abstract')).history.map((h) => h.action);
    expect(history).toEqual(['decided', 'retracted', 'decided', 'changed']);
    // Two undos at once retract the two latest decisions, not the same one twice.
    await decide(a, owner, projectId, { recordId: second, stage: 'title-abstract', decision: 'include' });
    const undone = await Promise.all([undoLastDecision(a, owner, projectId, 'title-abstract'), undoLastDecision(b, owner, projectId, 'title-abstract')]);
    expect(undone.map((u) => u.recordId).sort()).toEqual([first, second].sort());
  });
});
