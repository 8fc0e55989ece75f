import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSearch,
  createProject,
  decideDuplicates,
  dedupOverview,
  ensureLocalOwner,
  importFiles,
  listRecords,
  runDedup,
  undoDedupDecision,
  type Actor,
} from '../../src/app/index.js';
import { risOf } from '../support/ris.js';
import { testApp, type TestApp } from '../support/store.js';

// One column's two instalments as a database lists them: the same heading, authors, journal and
// year; one of them without a DOI or pages.
const column = { TI: 'Notes from the field: doctors who went home', AU: 'Oman, Kamal|Rahman, Sadia', PY: '2019', JO: 'Journal of Health Workforce Studies' };
const instalments = risOf([
  { ...column, DO: '10.5555/jhws.2019.0101', SP: '101', EP: '103' },
  { ...column },
]);

describe('de-duplication of a project', () => {
  let app: TestApp;
  let owner: Actor;
  beforeAll(async () => {
    app = await testApp();
    owner = await ensureLocalOwner(app);
  });
  afterAll(async () => app?.dispose());

  async function projectWith(kind: 'database' | 'other'): Promise<string> {
    const projectId = (await createProject(app, owner, { name: `dedup ${kind}` })).id;
    const searchId = (await addSearch(app, owner, projectId, { kind, source: kind === 'database' ? 'MEDLINE' : 'Hand searching' })).id;
    await importFiles(app, owner, { projectId, searchId, files: [{ name: 'column.ris', chunks: [instalments] }] });
    return projectId;
  }

  it('keeps two records of one database search apart when one has no DOI or pages (a database lists an item once)', async () => {
    const projectId = await projectWith('database');
    const run = await runDedup(app, owner, projectId);
    expect(run).toMatchObject({ records: 2, groups: 0 });
  });

  it('groups the same two records when they come from a hand search, which can list an item twice', async () => {
    const projectId = await projectWith('other');
    expect(await runDedup(app, owner, projectId)).toMatchObject({ records: 2, groups: 1, duplicates: 1 });
  });

  it('undo of a hand merge restores the exact previous state', async () => {
    const projectId = await projectWith('database');
    await runDedup(app, owner, projectId);
    const before = await dedupOverview(app, owner, projectId);
    const ids = (await listRecords(app, owner, projectId)).items.map((r) => r.id);
    await decideDuplicates(app, owner, projectId, { action: 'merge', records: ids });
    const merged = await dedupOverview(app, owner, projectId);
    expect(merged.unique).toBe(1);
    expect(merged.groups[0]!.ids).toEqual([...ids].sort());
    await undoDedupDecision(app, owner, projectId);
    const after = await dedupOverview(app, owner, projectId);
    expect({ ...after, decided: before.decided }).toEqual(before);
  });
});
