import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSearch, createProject, ensureLocalOwner, listProjects, resolveProject, searchLog } from '../../src/app/index.js';
import { migrations } from '../../src/store/migrations/index.js';
import { eventsRepo, recordsRepo } from '../../src/store/index.js';
import { dialect, testApp, type TestApp } from '../support/store.js';

describe(`store on ${dialect}`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('migrations are append-only: names are unique and sorted by their timestamp', () => {
    const names = Object.keys(migrations);
    expect([...names].sort()).toEqual(names);
    for (const n of names) expect(n).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
  });

  it('creates a project with its owner membership and an audit event', async () => {
    const owner = await ensureLocalOwner(app);
    const p = await createProject(app, owner, { name: 'Return migration', question: 'How do IMGs experience return?' });
    expect(p.role).toBe('owner');
    expect((await resolveProject(app, owner, 'Return migration')).id).toBe(p.id);
    const list = await listProjects(app, owner);
    expect(list.map((x) => x.id)).toContain(p.id);
    const events = await eventsRepo.listEvents(app.store.db, { projectId: p.id });
    expect(events.map((e) => e.type)).toEqual(['project.created']);
    expect(events[0]!.actorId).toBe(owner.userId);
  });

  it('the event log refuses updates and deletes', async () => {
    const owner = await ensureLocalOwner(app);
    const p = await createProject(app, owner, { name: 'append-only' });
    await expect(sql`update events set type = 'x' where project_id = ${p.id}`.execute(app.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from events where project_id = ${p.id}`.execute(app.store.db)).rejects.toThrow(/append-only/);
  });

  it('logs searches and flags a mismatch between reported hits and imported records', async () => {
    const owner = await ensureLocalOwner(app);
    const p = await createProject(app, owner, { name: 'search log' });
    const s = await addSearch(app, owner, p.id, { source: 'MEDLINE', platform: 'Ovid', dateRun: '2024-02-01', hitsReported: 3, query: 'exp "Foreign Medical Graduates"/' });
    const file = { id: app.newId('fil'), projectId: p.id, searchId: s.id, fileName: 'medline.ris', format: 'ris', encoding: 'utf-8', byteSize: 10, sha256: 'x', recordCount: 2, diagnostics: [], importedAt: app.now(), importedBy: owner.userId };
    await recordsRepo.insertImportFile(app.store.db, file);
    await recordsRepo.insertRecords(
      app.store.db,
      [0, 1].map((i) => ({ id: app.newId('rec'), projectId: p.id, searchId: s.id, fileId: file.id, position: i, line: 1 + i * 10, sourceId: undefined, record: { type: 'article', title: `Home is home ${i}`, authors: [{ family: 'Pérez', given: 'J.' }], keywords: [], urls: [], year: 2018 }, raw: [['TI', `Home is home ${i}`]], createdAt: app.now() })),
    );
    const log = await searchLog(app, owner, p.id);
    expect(log[0]!.recordsImported).toBe(2);
    expect(log[0]!.mismatch?.reported).toBe(3);
    expect(log[0]!.mismatch?.message).toMatch(/reported 3 hits but 2 records/);
  });

  it('pages, searches and sorts records on the server side', async () => {
    const owner = await ensureLocalOwner(app);
    const p = await createProject(app, owner, { name: 'paging' });
    const s = await addSearch(app, owner, p.id, { source: 'Scopus' });
    const file = { id: app.newId('fil'), projectId: p.id, searchId: s.id, fileName: 'scopus.csv', format: 'csv', encoding: 'utf-8', byteSize: 1, sha256: 'y', recordCount: 1200, diagnostics: [], importedAt: app.now(), importedBy: owner.userId };
    await recordsRepo.insertImportFile(app.store.db, file);
    await recordsRepo.insertRecords(
      app.store.db,
      Array.from({ length: 1200 }, (_, i) => ({ id: app.newId('rec'), projectId: p.id, searchId: s.id, fileId: file.id, position: i, line: i + 2, sourceId: String(i), record: { type: 'article' as const, title: i % 100 === 0 ? `Return migration of doctors ${i}` : `Record ${i}`, authors: [], keywords: [], urls: [], year: 1975 + (i % 50) }, raw: [], createdAt: app.now() })),
    );
    const page = await recordsRepo.queryRecords(app.store.db, { projectId: p.id, offset: 1000, limit: 100 });
    expect(page.total).toBe(1200);
    expect(page.items).toHaveLength(100);
    expect(page.items[0]!.title).toBe('Return migration of doctors 1000');
    const hits = await recordsRepo.queryRecords(app.store.db, { projectId: p.id, text: 'RETURN migration' });
    expect(hits.total).toBe(12);
    const byYear = await recordsRepo.queryRecords(app.store.db, { projectId: p.id, sort: 'year', direction: 'desc', limit: 1 });
    expect(byYear.items[0]!.year).toBe(2024);
    const pct = await recordsRepo.queryRecords(app.store.db, { projectId: p.id, text: '100%' });
    expect(pct.total).toBe(0);
    let seen = 0;
    for await (const batch of recordsRepo.iterateRecords(app.store.db, p.id, 500)) seen += batch.length;
    expect(seen).toBe(1200);
  });

  it('serialises concurrent transactions: a rolled-back transaction leaves nothing behind', async () => {
    const owner = await ensureLocalOwner(app);
    const p = await createProject(app, owner, { name: 'concurrency' });
    const failing = app.store.db.transaction().execute(async (trx) => {
      await eventsRepo.appendEvents(trx, [{ id: app.newId('evt'), projectId: p.id, actorId: owner.userId, at: app.now(), type: 'test.rolled-back', entityType: 'x', entityId: 'x', payload: {} }]);
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('boom');
    });
    const succeeding = app.store.db.transaction().execute(async (trx) => {
      await eventsRepo.appendEvents(trx, [{ id: app.newId('evt'), projectId: p.id, actorId: owner.userId, at: app.now(), type: 'test.committed', entityType: 'x', entityId: 'x', payload: {} }]);
    });
    await expect(failing).rejects.toThrow('boom');
    await succeeding;
    const types = (await eventsRepo.listEvents(app.store.db, { projectId: p.id })).map((e) => e.type);
    expect(types).toContain('test.committed');
    expect(types).not.toContain('test.rolled-back');
  });
});
