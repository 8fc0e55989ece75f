import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSearch,
  excerptAnchors,
  exportProjectArchive,
  fullTextBytes,
  fullTextPages,
  importFiles,
  importProjectArchive,
  listFullTexts,
  listRecords,
  searchLog,
  undoWorkbench,
  workbench,
  workbenchHistory,
  type Actor,
} from '../../src/app/index.js';
import { eventsRepo, type StoredEvent } from '../../src/store/index.js';
import { buildSevenStudiesProject } from '../support/seven-studies-project.js';
import { failure } from '../support/failure.js';
import { testApp, type TestApp } from '../support/store.js';


/** Replaces user ids by user names: the same person has different ids in the two stores. */
function named(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => named(v, names));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v, names)]));
  return value;
}

const ris = (n: number): Buffer =>
  Buffer.from(
    Array.from({ length: n }, (_, i) => `TY  - JOUR\nTI  - Return migration of doctors, part ${i + 1}\nAU  - Example, A\nPY  - 20${10 + i}\nJO  - Hum Resour Health\nER  - \n`).join('\n'),
  );

describe('project archive', () => {
  let source: TestApp;
  let target: TestApp;
  let owner: Actor;
  let projectId: string;
  let archive: Uint8Array;

  beforeAll(async () => {
    source = await testApp();
    target = await testApp();
    const built = await buildSevenStudiesProject(source, 'archived review');
    owner = built.owner;
    projectId = built.projectId;
    const search = await addSearch(source, owner, projectId, { source: 'MEDLINE', platform: 'Ovid', hitsReported: 3, query: 'return migration AND physicians' });
    await importFiles(source, owner, { projectId, searchId: search.id, files: [{ name: 'medline.ris', chunks: [ris(3)] }] });
    archive = (await exportProjectArchive(source, owner, projectId)).bytes;
  }, 180_000);
  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it('round-trips a whole project into another store with nothing lost', async () => {
    const targetOwner = await (await import('../../src/app/index.js')).ensureLocalOwner(target);
    const imported = await importProjectArchive(target, targetOwner, archive);
    expect(imported.projectId).toBe(projectId);
    // The synthesis, appraisals, characteristics and CERQual: every entity, equal.
    expect((await workbench(target, targetOwner, projectId)).state).toEqual((await workbench(source, owner, projectId)).state);
    // Records with every raw field, searches with their log.
    const a = await listRecords(source, owner, projectId, { limit: 100 });
    const b = await listRecords(target, targetOwner, projectId, { limit: 100 });
    expect(b).toEqual(a);
    const names = new Map([
      [owner.userId, 'owner'],
      [targetOwner.userId, 'owner'],
    ]);
    expect(named(await searchLog(target, targetOwner, projectId), names)).toEqual(named(await searchLog(source, owner, projectId), names));
    // Full texts byte for byte, with their extracted pages; excerpts still anchored.
    const files = await listFullTexts(source, owner, projectId);
    expect(named(await listFullTexts(target, targetOwner, projectId), names)).toEqual(named(files, names));
    for (const f of files) {
      expect((await fullTextBytes(target, targetOwner, projectId, f.id)).bytes).toEqual((await fullTextBytes(source, owner, projectId, f.id)).bytes);
      expect(named(await fullTextPages(target, targetOwner, projectId, f.id, { withSpans: true }), names)).toEqual(named(await fullTextPages(source, owner, projectId, f.id, { withSpans: true }), names));
    }
    expect(await excerptAnchors(target, targetOwner, projectId)).toEqual(await excerptAnchors(source, owner, projectId));
    // The event log: every event, in order, with who and when (the owner of the other store is the same person).
    const strip = (e: StoredEvent) => ({ id: e.id, actorId: e.actorId, type: e.type, at: e.at, entityType: e.entityType, entityId: e.entityId, payload: e.payload });
    const sourceEvents = named((await eventsRepo.listEvents(source.store.db, { projectId })).map(strip), names) as unknown[];
    const targetEvents = named((await eventsRepo.listEvents(target.store.db, { projectId })).map(strip), names) as { type: string }[];
    expect(targetEvents.slice(0, -1)).toEqual(sourceEvents);
    expect(targetEvents.at(-1)!.type).toBe('project.imported');
    // Undo history survives: the owner can undo their last action in the imported project.
    expect((await workbenchHistory(target, targetOwner, projectId)).length).toBe((await workbenchHistory(source, owner, projectId)).length);
    await undoWorkbench(target, targetOwner, projectId);
  });

  it('exports the imported project to the same content again', async () => {
    const targetOwner = await (await import('../../src/app/index.js')).ensureLocalOwner(target);
    const again = await exportProjectArchive(target, targetOwner, projectId);
    const names = new Map([
      [owner.userId, 'owner'],
      [targetOwner.userId, 'owner'],
    ]);
    const lines = (bytes: Uint8Array): unknown[] => gunzipSync(bytes).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    const [h1, ...rest1] = lines(archive) as [{ users: unknown[] }, ...unknown[]];
    const [h2, ...rest2] = lines(again.bytes) as [{ users: unknown[] }, ...unknown[]];
    expect(h2.users.length).toBe(h1.users.length);
    const tables = (rest: unknown[]) => rest.filter((c) => (c as { table?: string }).table && (c as { table: string }).table !== 'events' && (c as { table: string }).table !== 'memberships');
    expect(named(tables(rest2), names)).toEqual(named(tables(rest1), names));
  });

  it('refuses a second import, a truncated or damaged archive, and garbage, changing nothing', async () => {
    const store = await testApp();
    try {
      const me = await (await import('../../src/app/index.js')).ensureLocalOwner(store);
      const text = gunzipSync(archive).toString('utf8');
      const truncated = gzipSync(Buffer.from(text.slice(0, Math.floor(text.length / 2)).split('\n').slice(0, -1).join('\n')));
      expect((await failure(importProjectArchive(store, me, truncated))).code).toBe('ARCHIVE_INVALID');
      expect((await failure(importProjectArchive(store, me, archive.subarray(0, 100)))).code).toBe('ARCHIVE_INVALID');
      expect((await failure(importProjectArchive(store, me, Buffer.from('%PDF-1.7 not an archive')))).code).toBe('ARCHIVE_INVALID');
      const lines = text.trim().split('\n');
      const damaged = gzipSync(Buffer.from([...lines.slice(0, 3), lines[4], ...lines.slice(5)].join('\n')));
      expect((await failure(importProjectArchive(store, me, damaged))).code).toBe('ARCHIVE_INVALID');
      expect(await (await import('../../src/app/index.js')).listProjects(store, me)).toEqual([]);
      await importProjectArchive(store, me, archive);
      expect((await failure(importProjectArchive(store, me, archive))).code).toBe('ARCHIVE_CONFLICT');
    } finally {
      await store.dispose();
    }
  });
});
