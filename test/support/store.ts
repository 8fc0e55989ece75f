import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../src/app/index.js';
import { migratedTemplate } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations/index.js';

/**
 * The storage suite runs on the dialect named by DIALECT: `pglite` (default, an in-memory embedded
 * database) or `postgres` (the server at DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * Each test app gets its own empty database: a fresh PGlite instance, or a freshly created PostgreSQL
 * database that is dropped afterwards — a real, emptied database, never a mock.
 */
export const dialect = process.env['DIALECT'] === 'postgres' ? 'postgres' : 'pglite';
const adminUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestApp = App & { dispose(): Promise<void> };

/**
 * A migrated PGlite dump shared by every test file (cached in the temp directory under a name that
 * changes with the migrations), so a fresh store costs a load, not an initdb.
 */
let template: Promise<Blob> | undefined;
export function storeTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `metaethno-test-template-${Object.keys(migrations).join('+').replace(/[^\w+-]/g, '')}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const blob = await migratedTemplate();
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
    renameSync(tmp, file);
    return blob;
  })();
  return template;
}

export async function testApp(clock?: () => Date): Promise<TestApp> {
  if (dialect === 'pglite') {
    const app = await openApp({ dataDir: 'memory://', template: await storeTemplate(), ...(clock ? { clock } : {}) });
    return { ...app, dispose: () => app.close() };
  }
  const name = `metaethno_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const app = await openApp({ databaseUrl: url.toString(), ...(clock ? { clock } : {}) });
  return {
    ...app,
    dispose: async () => {
      await app.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      // The pool's end resolves before its connections have closed; a forced drop would terminate them
      // mid-goodbye. Wait (briefly) for them to go, then drop (forced only for what is left).
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
