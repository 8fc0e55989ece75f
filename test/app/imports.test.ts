import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSearch, createProject, ensureLocalOwner, exportRecords, getRecord, importFiles, listRecords, searchLog, type Actor } from '../../src/app/index.js';
import { AppError } from '../../src/core/errors.js';
import { eventsRepo } from '../../src/store/index.js';
import { failure } from '../support/failure.js';
import { testApp, type TestApp } from '../support/store.js';


const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('importing files into a search', () => {
  let app: TestApp;
  let owner: Actor;
  let projectId: string;
  let searchId: string;

  beforeAll(async () => {
    app = await testApp();
    owner = await ensureLocalOwner(app);
    projectId = (await createProject(app, owner, { name: 'imports' })).id;
    searchId = (await addSearch(app, owner, projectId, { source: 'MEDLINE', platform: 'Ovid', hitsReported: 2 })).id;
  });
  afterAll(async () => app?.dispose());

  it('imports a RIS file with provenance and every raw field', async () => {
    const summary = await importFiles(app, owner, { projectId, searchId, files: [{ name: 'medline.ris', chunks: [fixture('two-records.ris')] }] });
    expect(summary.records).toBe(2);
    expect(summary.files[0]!.format).toBe('ris');
    expect(summary.mismatch).toBeNull();
    const page = await listRecords(app, owner, projectId);
    expect(page.total).toBe(2);
    const first = await getRecord(app, owner, projectId, page.items[0]!.id);
    expect(first.record.title).toBe('Home is home: return migrant health workers and their families');
    expect(first.record.authors[1]).toMatchObject({ family: 'Pérez' });
    expect(first.record.doi).toBe('10.5555/jhws.2018.0221');
    expect(first.record.pages).toBe('221-229');
    expect(first.position).toBe(0);
    expect(first.line).toBe(1);
    expect(first.raw.map(([tag]) => tag)).toContain('KW');
    expect(first.raw.find(([tag]) => tag === 'DO')?.[1]).toBe('https://doi.org/10.5555/JHWS.2018.0221');
    const events = await eventsRepo.listEvents(app.store.db, { projectId, types: ['records.imported'] });
    expect(events).toHaveLength(1);
  });

  it.each([
    ['truncated.xml', 'a truncated file'],
    ['not-an-export.pdf', 'a binary file'],
  ])('rejects %s (%s) whole, naming the file, and changes nothing', async (name) => {
    const before = await listRecords(app, owner, projectId);
    const eventsBefore = await eventsRepo.listEvents(app.store.db, { projectId });
    const attempt = importFiles(app, owner, { projectId, searchId, files: [{ name: 'ok.ris', chunks: [fixture('two-records.ris')] }, { name, chunks: [fixture(name)] }] });
    const error = await failure(attempt);
    expect(error.message).toContain(name);
    expect(error.details?.['file']).toBe(name);
    expect((await listRecords(app, owner, projectId)).total).toBe(before.total);
    expect(await eventsRepo.listEvents(app.store.db, { projectId })).toHaveLength(eventsBefore.length);
    const log = await searchLog(app, owner, projectId);
    expect(log[0]!.files).toHaveLength(1);
  });

  it('names the line of the first error in a malformed file', async () => {
    const bad = Buffer.from('ID,title,year\n1,"Home is home",2018\n2,"An unclosed quote,2019\n3,Fine,2020\n', 'utf8');
    const error = await failure(importFiles(app, owner, { projectId, searchId, files: [{ name: 'bad.csv', chunks: [bad] }] }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toMatch(/bad\.csv, line \d+/);
  });

  it('rejects a file larger than the limit', async () => {
    const error = await failure(importFiles(app, owner, { projectId, searchId, maxBytes: 100, files: [{ name: 'big.ris', chunks: [fixture('two-records.ris')] }] }));
    expect(error.code).toBe('IMPORT_TOO_LARGE');
  });

  it('exports the records it imported, formula-safe in CSV', async () => {
    const { chunks } = await exportRecords(app, owner, projectId, 'ris');
    let text = '';
    for await (const c of chunks) text += c;
    expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(text).toContain('Pérez');
    await expect(exportRecords(app, owner, projectId, 'docx')).rejects.toMatchObject({ code: 'EXPORT_FORMAT_UNKNOWN' });
  });

  // Large files are read in a worker thread while earlier rows are written; tests lower the size.

  /** Bytes cut into chunks of `size` bytes anywhere (inside records too). */
  const cut = (text: string, size: number): Buffer[] => {
    const bytes = Buffer.from(text, 'utf8');
    const out: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
    return out;
  };
  const ris = (count: number): string =>
    Array.from({ length: count }, (_, i) =>
      ['TY  - JOUR', `TI  - Returning home, part ${i + 1}: doctors and their families`, 'AU  - Pérez, Ana', `PY  - ${2000 + (i % 20)}`, 'JO  - Journal of Migration and Health', `DO  - 10.5555/jmh.${i}`, 'ER  - ', ''].join('\n'),
    ).join('\n');

  async function titlesOf(fileName: string): Promise<(string | null)[]> {
    const log = await searchLog(app, owner, projectId);
    const fileId = log.flatMap((s) => s.files).find((f) => f.fileName === fileName)!.id;
    const titles: (string | null)[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await listRecords(app, owner, projectId, { offset, limit: 500 });
      for (const r of page.items) {
        const full = await getRecord(app, owner, projectId, r.id);
        if (full.fileId === fileId) titles.push(full.record.title ?? null);
      }
      if (offset + 500 >= page.total) return titles;
    }
  }

  it('gives the same records, in the same order, as reading in the importing thread', async () => {
    const chunks = cut(ris(1200), 7000);
    const inWorker = await importFiles(app, owner, { projectId, searchId, workerFromBytes: 0, files: [{ name: 'large.ris', chunks }] });
    const inline = await importFiles(app, owner, { projectId, searchId, workerFromBytes: Number.POSITIVE_INFINITY, files: [{ name: 'same.ris', chunks }] });
    expect(inWorker.files[0]).toMatchObject({ format: 'ris', encoding: 'utf-8', records: 1200 });
    expect(inline.files[0]).toMatchObject({ format: 'ris', encoding: 'utf-8', records: 1200 });
    const [a, b] = [await titlesOf('large.ris'), await titlesOf('same.ris')];
    expect(a).toHaveLength(1200);
    expect(a).toEqual(b);
    expect(a[1199]).toBe('Returning home, part 1200: doctors and their families');
  });

  it('fails as a whole when the file turns out bad after rows were written, leaving nothing behind', async () => {
    const before = (await listRecords(app, owner, projectId)).total;
    const rows = Array.from({ length: 3000 }, (_, i) => (i === 2999 ? `${i},"An unclosed quote,2019` : `${i},"Returning home ${i}",2019`));
    const csv = `ID,title,year\n${rows.join('\n')}\n`;
    const error = await failure(importFiles(app, owner, { projectId, searchId, workerFromBytes: 0, files: [{ name: 'broken.csv', chunks: cut(csv, 4000) }] }));
    expect(error.message).toMatch(/broken\.csv, line \d+/);
    expect((await listRecords(app, owner, projectId)).total).toBe(before);
  });
});
