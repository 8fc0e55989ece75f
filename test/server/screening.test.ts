import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalOwner } from '../../src/app/index.js';
import { buildServer } from '../../src/server/app.js';
import { testApp, type TestApp } from '../support/store.js';

/** A tiny RIS export: `n` records, titles from `titles`, DOIs so de-duplication has certain matches. */
const ris = (records: { title: string; doi: string; year: number }[]): Buffer =>
  Buffer.from(records.map((r) => `TY  - JOUR\nTI  - ${r.title}\nAU  - Mothibi, K.\nPY  - ${r.year}\nJO  - Human Resources for Health\nDO  - ${r.doi}\nAB  - Interviews with doctors about going home.\nER  - \n`).join('\n'));

const multipart = (name: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } => {
  const b = '----screening-test';
  return {
    payload: Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n\r\n`), content, Buffer.from(`\r\n--${b}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${b}` },
  };
};

describe('blinded dual screening through the API', () => {
  let app: TestApp;
  let server: FastifyInstance;
  let pid: string;
  const cookie: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const as = (who: 'owner' | 'alice' | 'bob', method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> =>
    server.inject({ method, url, ...(payload ? { payload } : {}), ...(who === 'owner' ? {} : { headers: { cookie: cookie[who]! } }) });

  beforeAll(async () => {
    app = await testApp();
    server = await buildServer({ app, personalActor: await ensureLocalOwner(app) });
    pid = (await as('owner', 'POST', '/api/projects', { name: 'screening' })).json<{ project: { id: string } }>().project.id;
    const search = async (body: object): Promise<string> => (await as('owner', 'POST', `/api/projects/${pid}/searches`, body)).json<{ search: { id: string } }>().search.id;
    const medline = await search({ kind: 'database', source: 'MEDLINE', platform: 'Ovid' });
    const scopus = await search({ kind: 'database', source: 'Scopus' });
    const manual = await search({ kind: 'other', source: 'manual searching' });
    const upload = async (sid: string, name: string, content: Buffer): Promise<void> => {
      const m = multipart(name, content);
      const res = await server.inject({ method: 'POST', url: `/api/projects/${pid}/searches/${sid}/imports`, payload: m.payload, headers: m.headers });
      expect(res.statusCode).toBe(201);
    };
    await upload(medline, 'medline.ris', ris([
      { title: 'Home is home: return migrant health workers', doi: '10.1/a', year: 2018 },
      { title: 'Why specialists stay in Fiji', doi: '10.1/b', year: 2009 },
      { title: 'Foreign graduates who return home after residency', doi: '10.1/c', year: 1975 },
    ]));
    await upload(scopus, 'scopus.ris', ris([
      { title: 'Home is home: return migrant health workers', doi: '10.1/a', year: 2018 },
      { title: 'Bone density in astronauts', doi: '10.1/d', year: 2020 },
    ]));
    await upload(manual, 'manual.ris', ris([{ title: 'The medical diaspora and home health systems', doi: '10.1/e', year: 2016 }]));
    expect((await as('owner', 'POST', `/api/projects/${pid}/dedup/run`)).json()).toMatchObject({ run: { records: 6, groups: 1, duplicates: 1 } });

    const records = (await as('owner', 'GET', `/api/projects/${pid}/records?limit=50`)).json<{ items: { id: string; title: string; searchId: string }[] }>().items;
    ids['home'] = records.find((r) => r.title.startsWith('Home') && r.searchId === medline)!.id;
    ids['fiji'] = records.find((r) => r.title.includes('Fiji'))!.id;
    ids['foreign'] = records.find((r) => r.title.startsWith('Foreign'))!.id;
    ids['bone'] = records.find((r) => r.title.startsWith('Bone'))!.id;
    ids['diaspora'] = records.find((r) => r.title.includes('diaspora'))!.id;

    expect((await as('owner', 'PUT', `/api/projects/${pid}/screening/settings`, { reviewersPerRecord: { 'title-abstract': 2, 'full-text': 1 }, blinded: true, keywords: { include: ['return*', '"health workers"'], exclude: ['astronaut*'] } })).statusCode).toBe(200);
    for (const name of ['alice', 'bob']) {
      expect((await as('owner', 'POST', '/api/users', { name, password: `${name}-secret-pw` })).statusCode).toBe(201);
      expect((await as('owner', 'POST', `/api/projects/${pid}/members`, { name, role: 'reviewer' })).statusCode).toBe(201);
      const signIn = await server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { name, password: `${name}-secret-pw` } });
      expect(signIn.statusCode).toBe(200);
      const setCookie = String(signIn.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      cookie[name] = setCookie.split(';')[0]!;
    }
  });
  afterAll(async () => {
    await server?.close();
    await app?.dispose();
  });

  it('rejects a wrong password and unknown sessions', async () => {
    expect((await server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { name: 'alice', password: 'nope-nope' } })).statusCode).toBe(401);
    expect((await server.inject({ url: '/api/auth/me', headers: { cookie: 'metaethno_session=forged' } })).json()).toMatchObject({ personal: true });
  });

  it('orders the queue, highlights keywords and never shows other reviewers their colleague\'s call', async () => {
    const queue = (await as('alice', 'GET', `/api/projects/${pid}/screening/queue?stage=title-abstract`)).json<{ items: { recordId: string; highlights: { title: { kind: string }[] } }[]; progress: { total: number } }>();
    // Four database records are screened on title and abstract; the hand-searched one skips that stage.
    expect(queue.progress.total).toBe(4);
    expect(queue.items.map((i) => i.recordId)).not.toContain(undefined);
    const bone = queue.items.find((i) => i.recordId === ids['bone'])!;
    expect(bone.highlights.title.map((h) => h.kind)).toContain('exclude');

    expect((await as('alice', 'POST', `/api/projects/${pid}/screening/decisions`, { recordId: ids['home'], stage: 'title-abstract', decision: 'include', note: 'clearly about returnees' })).statusCode).toBe(201);

    // Every endpoint bob can reach, none may carry alice's decision or note.
    const bobViews = [
      await as('bob', 'GET', `/api/projects/${pid}/screening/records/${ids['home']}?stage=title-abstract`),
      await as('bob', 'GET', `/api/projects/${pid}/screening/queue?stage=title-abstract&limit=50`),
      await as('bob', 'GET', `/api/projects/${pid}/records/${ids['home']}`),
      await as('bob', 'GET', `/api/projects/${pid}/records?limit=50`),
      await as('bob', 'GET', `/api/projects/${pid}/screening/conflicts`),
      await as('bob', 'GET', `/api/projects/${pid}/screening/agreement`),
      await as('bob', 'GET', `/api/projects/${pid}/prisma`),
      await as('bob', 'GET', `/api/projects/${pid}/screening/conflicts/resolved`),
    ];
    for (const res of bobViews) {
      expect(res.body).not.toContain('clearly about returnees');
      expect(res.body).not.toMatch(/"decision":"include"/);
    }
    expect(bobViews[4]!.statusCode).toBe(403);
    expect(bobViews[5]!.statusCode).toBe(403);
    expect(bobViews[6]!.statusCode).toBe(403);
    expect(bobViews[7]!.statusCode).toBe(403);
    const detail = bobViews[0]!.json<{ state: { decisions: unknown[]; status?: string } }>();
    expect(detail.state.decisions).toEqual([]);
    expect(detail.state.status).toBeUndefined();
    // Each reviewer's stopping aid comes from their own decisions (and says how many).
    const estimateOf = async (who: 'alice' | 'bob') =>
      (await as(who, 'GET', `/api/projects/${pid}/screening/queue?stage=title-abstract`)).json<{ estimate: { decisions: number } }>().estimate;
    expect((await estimateOf('alice')).decisions).toBe(1);
    expect((await estimateOf('bob')).decisions).toBe(0);
  });

  it('sends a disagreement to the conflict queue; a resolution changes the PRISMA counts', async () => {
    await as('bob', 'POST', `/api/projects/${pid}/screening/decisions`, { recordId: ids['home'], stage: 'title-abstract', decision: 'exclude' });
    for (const [rec, a, b] of [['fiji', 'include', 'include'], ['foreign', 'include', 'include'], ['bone', 'exclude', 'exclude']] as const) {
      expect((await as('alice', 'POST', `/api/projects/${pid}/screening/decisions`, { recordId: ids[rec], stage: 'title-abstract', decision: a })).statusCode).toBe(201);
      expect((await as('bob', 'POST', `/api/projects/${pid}/screening/decisions`, { recordId: ids[rec], stage: 'title-abstract', decision: b })).statusCode).toBe(201);
    }
    const conflicts = (await as('owner', 'GET', `/api/projects/${pid}/screening/conflicts`)).json<{ conflicts: { recordId: string; decisions: unknown[] }[] }>().conflicts;
    expect(conflicts.map((c) => c.recordId)).toEqual([ids['home']]);
    expect(conflicts[0]!.decisions).toHaveLength(2);

    const before = (await as('owner', 'GET', `/api/projects/${pid}/prisma`)).json<{ counts: { databases: { screened: number; screeningExcluded: { total: number }; sought: number; pending: { screening: number } } } }>().counts;
    expect(before.databases.screened).toBe(4);
    expect(before.databases.screeningExcluded.total).toBe(1);
    expect(before.databases.sought).toBe(2);
    expect(before.databases.pending.screening).toBe(1);

    expect((await as('owner', 'GET', `/api/projects/${pid}/screening/conflicts/resolved`)).json<{ resolved: unknown[] }>().resolved).toEqual([]);
    expect((await as('owner', 'POST', `/api/projects/${pid}/screening/resolutions`, { recordId: ids['home'], stage: 'title-abstract', decision: 'include', method: 'third-reviewer' })).statusCode).toBe(201);
    // Settled: out of the queue, into the record of resolutions with both calls and who settled it.
    expect((await as('owner', 'GET', `/api/projects/${pid}/screening/conflicts`)).json<{ conflicts: unknown[] }>().conflicts).toEqual([]);
    const settled = (await as('owner', 'GET', `/api/projects/${pid}/screening/conflicts/resolved`)).json<{
      resolved: { recordId: string; title: string; decisions: { decision: string }[]; resolution: { decision: string; method: string; resolverIds: string[] } }[];
    }>().resolved;
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ recordId: ids['home'], resolution: { decision: 'include', method: 'third-reviewer' } });
    expect(settled[0]!.decisions.map((d) => d.decision).sort()).toEqual(['exclude', 'include']);
    expect(settled[0]!.resolution.resolverIds).toHaveLength(1);
    expect(settled[0]!.title).toBeTruthy();
    const after = (await as('owner', 'GET', `/api/projects/${pid}/prisma`)).json<{ counts: { databases: { identified: { total: number; sources: { name: string; n: number }[] }; removed: { duplicates: number }; screened: number; screeningExcluded: { total: number }; sought: number }; otherMethods: { identified: { total: number }; sought: number } } }>().counts;
    // Hand-counted: MEDLINE 3 + Scopus 2 identified; 1 duplicate removed; 4 screened; 1 excluded; 3 sought;
    // manual searching 1 identified, sought without title/abstract screening.
    expect(after.databases.identified.total).toBe(5);
    expect(after.databases.identified.sources.map((s) => [s.name, s.n])).toEqual([['MEDLINE', 3], ['Scopus', 2]]);
    expect(after.databases.removed.duplicates).toBe(1);
    expect(after.databases.screened).toBe(4);
    expect(after.databases.screeningExcluded.total).toBe(1);
    expect(after.databases.sought).toBe(3);
    expect(after.otherMethods.identified.total).toBe(1);
    expect(after.otherMethods.sought).toBe(1);
    const svg = await as('owner', 'GET', `/api/projects/${pid}/prisma?format=svg`);
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(svg.body).toContain('<svg');
  });

  it('lets a reviewer undo their last decision, and the owner read agreement', async () => {
    const undo = await as('bob', 'POST', `/api/projects/${pid}/screening/undo`, { stage: 'title-abstract' });
    expect(undo.json()).toEqual({ recordId: ids['bone'] });
    await as('bob', 'POST', `/api/projects/${pid}/screening/decisions`, { recordId: ids['bone'], stage: 'title-abstract', decision: 'exclude' });
    const agreement = (await as('owner', 'GET', `/api/projects/${pid}/screening/agreement`)).json<{ stages: { stage: string; records?: number }[] }>();
    expect(agreement.stages).toHaveLength(2);
    const csv = await as('owner', 'GET', `/api/projects/${pid}/screening/agreement?format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n').length).toBeGreaterThan(1);
  });
});
