import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser, ensureLocalOwner, runJobs } from '../../src/app/index.js';
import { renderTextPdf } from '../../src/app/fulltext/index.js';
import { buildServer } from '../../src/server/app.js';
import { testApp, type TestApp } from '../support/store.js';

const upload = (name: string, content: Uint8Array): { body: Buffer; headers: Record<string, string> } => {
  const boundary = '----metaethno-synthesis-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

describe('HTTP API: reading and synthesis', () => {
  let app: TestApp;
  let server: FastifyInstance;
  let pid: string;
  beforeAll(async () => {
    app = await testApp();
    server = await buildServer({ app, personalActor: await ensureLocalOwner(app) });
    pid = (await server.inject({ method: 'POST', url: '/api/projects', payload: { name: 'synthesis api' } })).json<{ project: { id: string } }>().project.id;
  });
  afterAll(async () => {
    await server?.close();
    await app?.dispose();
  });

  const steps = (payload: unknown) => server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/steps`, payload: { steps: payload } });

  it('uploads a PDF, extracts it in the background, and builds constructs on an excerpt of it', async () => {
    expect((await steps([{ type: 'create', kind: 'study', value: { id: 's1', label: 'Motlhatlhedi 2018', year: 2018, reportIds: [] } }])).statusCode).toBe(201);
    const pdf = await renderTextPdf({ title: 'Home is home', sections: [{ heading: 'Results', paragraphs: ['Participants said: "My mother was alone; there was no question of staying away." Family came first.'] }] });
    const form = upload('motlhatlhedi.pdf', pdf);
    const res = await server.inject({ method: 'POST', url: `/api/projects/${pid}/files?study=s1`, payload: form.body, headers: form.headers });
    expect(res.statusCode).toBe(201);
    const file = res.json<{ id: string; status: string }>();
    await runJobs(app);
    const pages = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/files/${file.id}/pages?spans=1` })).json<{ file: { status: string }; pages: { text: string; spans: unknown[] }[] }>();
    expect(pages.file.status).toBe('extracted');
    expect(pages.pages[0]!.spans.length).toBeGreaterThan(0);
    const content = await server.inject({ method: 'GET', url: `/api/projects/${pid}/files/${file.id}/content` });
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const built = await steps([
      { type: 'excerpt', id: 'x1', studyId: 's1', fileId: file.id, quote: 'no question of staying away' },
      { type: 'create', kind: 'construct', value: { id: 'c1', order: 1, studyId: 's1', label: 'No question of staying', text: 'no question of staying away', excerptIds: ['x1'] } },
    ]);
    expect(built.statusCode).toBe(201);
    const evidence = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis/constructs/c1/evidence` })).json<{ excerpts: { page: number; quote: string }[] }>();
    expect(evidence.excerpts).toEqual([expect.objectContaining({ page: 1, quote: 'no question of staying away' })]);
    const anchors = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/excerpts/anchors` })).json<{ result: { orphan: boolean } }[]>();
    expect(anchors.map((a) => a.result.orphan)).toEqual([false]);
  });

  it('undoes and redoes through the API and shows it in the history', async () => {
    await steps([{ type: 'create', kind: 'concept', value: { id: 'k1', label: 'Family' } }]);
    const undo = await server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/undo` });
    expect(undo.statusCode).toBe(200);
    let state = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis` })).json<{ synthesis: { concepts: unknown[] }; canRedo: boolean }>();
    expect(state.synthesis.concepts).toEqual([]);
    expect(state.canRedo).toBe(true);
    await server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/redo` });
    state = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis` })).json();
    expect(state.synthesis.concepts).toHaveLength(1);
    const history = (await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis/history` })).json<{ kind: string; undone: boolean }[]>();
    expect(history.slice(0, 3).map((h) => h.kind)).toEqual(['redo', 'undo', 'action']);
  });

  it('answers bad input with stable error codes and statuses, never a crash', async () => {
    const bad = await steps([{ type: 'create', kind: 'construct', value: { id: 'c9', order: 3, studyId: 's1', label: 'x', text: 'x' } }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string; message: string } }>().error.message).toMatch(/^Step 1/);
    const missing = await steps([{ type: 'link', relation: 'grid', conceptId: 'k-none', constructId: 'c1' }]);
    expect(missing.statusCode).toBe(400);
    expect((await server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/steps`, payload: { nope: 1 } })).statusCode).toBe(400);
    const notPdf = upload('notes.docx', Buffer.from('PK\u0003\u0004 not a pdf'));
    const rejected = await server.inject({ method: 'POST', url: `/api/projects/${pid}/files`, payload: notPdf.body, headers: notPdf.headers });
    expect(rejected.json<{ error: { code: string } }>().error.code).toBe('FILE_UNSUPPORTED');
    expect((await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis/third-orders/nope/evidence` })).statusCode).toBe(404);
    expect((await server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/undo` })).statusCode).toBe(200);
  });

  it('lets viewers read but not write', async () => {
    const owner = await ensureLocalOwner(app);
    await createUser(app, owner, { name: 'vera', password: 'vera-password-1' });
    await addMember(app, owner, pid, { name: 'vera', role: 'viewer' });
    const signIn = await server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { name: 'vera', password: 'vera-password-1' } });
    const cookie = signIn.headers['set-cookie'];
    const headers = { cookie: Array.isArray(cookie) ? cookie.join('; ') : String(cookie) };
    expect((await server.inject({ method: 'GET', url: `/api/projects/${pid}/synthesis`, headers })).statusCode).toBe(200);
    const write = await server.inject({ method: 'POST', url: `/api/projects/${pid}/synthesis/steps`, headers, payload: { steps: [{ type: 'create', kind: 'concept', value: { id: 'k2', label: 'x' } }] } });
    expect(write.statusCode).toBe(403);
  });
});
