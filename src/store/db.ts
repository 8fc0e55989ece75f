import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/errors.js';
import { migrations } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
export { toJson } from './json.js';
import type { DB } from './schema.js';

export type Database = Kysely<DB>;

export type StoreOptions = Readonly<{
  /** PostgreSQL connection string; when set, the embedded store is not used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded PGlite store, or `memory://` for a throw-away one (tests). */
  dataDir?: string | undefined;
  /**
   * A PGlite data directory dump (`dumpDataDir()`) to start a new embedded store from instead of
   * running initdb: 0.3 s instead of 3–4 s, which is what makes a test suite of fresh stores fast.
   */
  template?: Blob | File | undefined;
}>;

export type Store = Readonly<{
  db: Database;
  dialect: 'pglite' | 'postgres';
  close(): Promise<void>;
}>;

// pg returns bigint (count(*), bigserial) as strings; PGlite returns numbers. Make both numbers:
// our counts and sequence numbers stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));


/**
 * Server settings of the embedded store. PGlite runs one process with fsync off, so what protects
 * data on a power cut (full-page images in the WAL) or serves replicas (a WAL above minimal) buys it
 * nothing; writing less WAL and checkpointing less often made a 100,000-record import about 12 %
 * faster (bench/import, alternating runs). A crash of our process loses nothing committed: the
 * operating system still holds every write.
 */
const embeddedSettings = ['full_page_writes = off', 'wal_level = minimal', 'max_wal_senders = 0', 'max_wal_size = 4GB', 'checkpoint_timeout = 1h'].join('\n');

/** Open the store and bring its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  let db: Database;
  let dialect: Store['dialect'];
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, an administrator's terminate, a dropped network) makes
    // the pool emit 'error', which with no listener crashes the process. The pool has already discarded
    // that connection and opens a new one on the next query, so there is nothing else to do.
    pool.on('error', () => undefined);
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
  } else {
    const dataDir = options.dataDir ?? './metaethno-data';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    const path = dataDir.startsWith('memory://') ? undefined : dataDir;
    const settings = { postgresqlconf: embeddedSettings };
    const pglite = options.template ? await PGlite.create(path, { loadDataDir: options.template, ...settings }) : await PGlite.create(path, settings);
    db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    dialect = 'pglite';
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}

/** A dump of a new, fully migrated embedded store, for `StoreOptions.template`. */
export async function migratedTemplate(): Promise<Blob> {
  const pglite = await PGlite.create();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  return dump;
}

const provider: MigrationProvider = {
  getMigrations: (): Promise<Record<string, Migration>> => Promise.resolve({ ...migrations }),
};

export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new AppError('STORE_MIGRATION_FAILED', `Database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, {
      failed: results?.filter((r) => r.status === 'Error').map((r) => r.migrationName) ?? [],
    }, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
