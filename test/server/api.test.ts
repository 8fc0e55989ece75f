import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalOwner } from '../../src/app/index.js';
import { buildServer } from '../../src/server/app.js';
import { testApp, type TestApp } from '../support/store.js';

const multipart = (files: { name: string; content: Buffer }[]): { body: Buffer; headers: Record<string, string> } => {
  const boundary = '----metaethno-test-boundary';
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(f.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

describe('HTTP API (personal mode)', () => {
  let app: TestApp;
  let server: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
    server = await buildServer({ app, personalActor: await ensureLocalOwner(app), maxUploadBytes: 1024 * 1024 });
  });
  afterAll(async () => {
    await server?.close();
    await app?.dispose();
  });

  it('creates a project, logs a search, imports a file and pages its records', async () => {
    const created = await server.inject({ method: 'POST', url: '/api/projects', payload: { name: 'IMG return', question: 'What happens when doctors go home?' } });
    expect(created.statusCode).toBe(201);
    const pid = created.json<{ project: { id: string } }>().project.id;

    const search = await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches`, payload: { kind: 'database', source: 'Scopus', hitsReported: 5 } });
    expect(search.statusCode).toBe(201);
    const sid = search.json<{ search: { id: string } }>().search.id;

    const upload = multipart([{ name: 'scopus.ris', content: readFileSync(new URL('../fixtures/two-records.ris', import.meta.url)) }]);
    const imported = await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches/${sid}/imports`, payload: upload.body, headers: upload.headers });
    expect(imported.statusCode).toBe(201);
    expect(imported.json<{ records: number; mismatch: { message: string } }>()).toMatchObject({ records: 2, mismatch: { reported: 5, imported: 2 } });

    const records = await server.inject({ url: `/api/projects/${pid}/records?limit=1&offset=1` });
    const page = records.json<{ total: number; items: { id: string; title: string }[] }>();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const detail = await server.inject({ url: `/api/projects/${pid}/records/${page.items[0]!.id}` });
    expect(detail.json<{ record: { raw: unknown[] } }>().record.raw.length).toBeGreaterThan(3);

    const csv = await server.inject({ url: `/api/projects/${pid}/records/export?format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".*\.csv"/);
  });

  it('maps error codes to statuses and never imports a bad upload', async () => {
    const pid = (await server.inject({ method: 'POST', url: '/api/projects', payload: { name: 'errors' } })).json<{ project: { id: string } }>().project.id;
    expect((await server.inject({ method: 'POST', url: '/api/projects', payload: { name: '' } })).statusCode).toBe(400);
    expect((await server.inject({ url: '/api/projects/nope' })).json()).toMatchObject({ error: { code: 'PROJECT_NOT_FOUND' } });
    expect((await server.inject({ url: '/api/projects/nope' })).statusCode).toBe(404);
    const sid = (await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches`, payload: { source: 'Embase' } })).json<{ search: { id: string } }>().search.id;
    const upload = multipart([{ name: 'paper.pdf', content: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n') }]);
    const res = await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches/${sid}/imports`, payload: upload.body, headers: upload.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'IMPORT_BINARY_FILE', details: { file: 'paper.pdf' } } });
    expect((await server.inject({ url: `/api/projects/${pid}/records` })).json()).toMatchObject({ total: 0 });
    const huge = multipart([{ name: 'huge.ris', content: Buffer.alloc(2 * 1024 * 1024, 'a') }]);
    const tooBig = await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches/${sid}/imports`, payload: huge.body, headers: huge.headers });
    expect(tooBig.statusCode).toBe(413);
  });

  it('sets security headers on every response', async () => {
    const res = await server.inject({ url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
  });
});
