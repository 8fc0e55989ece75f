import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySteps,
  createProject,
  ensureLocalOwner,
  exportProjectArchive,
  fullTextBytes,
  fullTextPages,
  importProjectArchive,
  runJobs,
  undoWorkbench,
  uploadFullText,
  workbench,
  type Actor,
} from '../../src/app/index.js';
import { renderTextPdf } from '../../src/app/fulltext/index.js';
import { dialect, testApp, type TestApp } from '../support/store.js';

/**
 * The reading-and-synthesis storage on the dialect under test (PGlite, or PostgreSQL with DIALECT=postgres):
 * PDF bytes in bytea, the job queue's claim, the action log under concurrent writers, and the archive.
 */
describe(`synthesis storage on ${dialect}`, () => {
  let app: TestApp;
  let owner: Actor;
  let projectId: string;
  beforeAll(async () => {
    app = await testApp();
    owner = await ensureLocalOwner(app);
    projectId = (await createProject(app, owner, { name: 'storage' })).id;
    await applySteps(app, owner, projectId, [{ type: 'create', kind: 'study', value: { id: 's1', label: 'Oman 2009', year: 2009, reportIds: [] } as never }]);
  });
  afterAll(async () => app?.dispose());

  it('keeps a PDF byte for byte and extracts its pages through the job queue', async () => {
    const bytes = await renderTextPdf({ title: 'Specialist training in Fiji', sections: [{ paragraphs: ['Graduates weighed political instability against family duties.'] }] });
    const file = await uploadFullText(app, owner, projectId, { name: 'oman.pdf', bytes, studyId: 's1' });
    expect(await runJobs(app)).toBe(1);
    expect(await runJobs(app)).toBe(0);
    expect((await fullTextBytes(app, owner, projectId, file.id)).bytes).toEqual(bytes);
    const { file: after, pages } = await fullTextPages(app, owner, projectId, file.id);
    expect(after.status).toBe('extracted');
    expect(pages[0]!.text).toContain('political instability');
  });

  it('serialises concurrent writers: every action lands, in one order, and the fold agrees', async () => {
    const writes = Array.from({ length: 8 }, (_, i) => applySteps(app, owner, projectId, [{ type: 'create', kind: 'concept', value: { id: `k${i}`, label: `Concept ${i}` } as never }]));
    const results = await Promise.all(writes);
    expect(new Set(results.map((r) => r.seq)).size).toBe(8);
    const { state } = await workbench(app, owner, projectId);
    expect(state.synthesis.concepts.map((k) => k.id).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `k${i}`).sort());
    await undoWorkbench(app, owner, projectId);
    expect((await workbench(app, owner, projectId)).state.synthesis.concepts).toHaveLength(7);
  });

  it('round-trips the project through an archive into another store', async () => {
    const other = await testApp();
    try {
      const me = await ensureLocalOwner(other);
      const { bytes } = await exportProjectArchive(app, owner, projectId);
      await importProjectArchive(other, me, bytes);
      expect((await workbench(other, me, projectId)).state).toEqual((await workbench(app, owner, projectId)).state);
    } finally {
      await other.dispose();
    }
  });
});
