import type { PGlite, QueryOptions } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * A Kysely dialect for PGlite that serialises access. PGlite is a single connection: the published
 * dialects hand that connection to two callers at once, so two concurrent transactions interleave
 * and a rolled-back write can stay committed (see docs/adr/0001-store-and-query-layer.md). Here a
 * connection is a lease on a promise mutex: a transaction holds it from BEGIN to COMMIT/ROLLBACK
 * and everyone else waits.
 */
export class PGliteDialect implements Dialect {
  readonly #pg: PGlite;

  constructor(pg: PGlite) {
    this.#pg = pg;
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pg);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  readonly #pg: PGlite;
  readonly #jsonBytes: QueryOptions;
  #tail: Promise<void> = Promise.resolve();
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(pg: PGlite) {
    this.#pg = pg;
    this.#jsonBytes = jsonBytesOptions(pg);
  }

  async init(): Promise<void> {
    await this.#pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    const connection = new PGliteConnection(this.#pg, this.#jsonBytes);
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${level}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    // Wait for the last holder so that closing never cuts a transaction in half.
    await this.#tail;
    if (!this.#pg.closed) await this.#pg.close();
  }
}

/** PostgreSQL's type oid of `json`. */
const JSON_OID = 114;

/**
 * Query options under which a `json` parameter given as bytes (UTF-8 JSON text in a Buffer) goes as a
 * binary parameter, whose form for `json` is that very text, as node-postgres sends any Buffer. PGlite's
 * own serializer would turn the bytes into a JSON value; and a JSON string parameter costs PGlite a
 * JavaScript loop measuring its UTF-8 length, twice, before encoding it: a sixth of the time of a bulk
 * import, whose rows travel as one JSON parameter per batch (see recordsRepo.insertRecords).
 */
function jsonBytesOptions(pg: PGlite): QueryOptions {
  const json = pg.serializers[JSON_OID];
  // PGlite's bind writes a Uint8Array as a binary parameter; its Serializer type only says string.
  const serialize = (x: unknown): string => (x instanceof Uint8Array ? (x as unknown as string) : json ? json(x) : String(x));
  return { serializers: { [JSON_OID]: serialize } };
}

class PGliteConnection implements DatabaseConnection {
  readonly #pg: PGlite;
  readonly #jsonBytes: QueryOptions;

  constructor(pg: PGlite, jsonBytes: QueryOptions) {
    this.#pg = pg;
    this.#jsonBytes = jsonBytes;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const params = [...compiledQuery.parameters];
    const options = params.some((p) => p instanceof Uint8Array) ? this.#jsonBytes : undefined;
    const result = await this.#pg.query<R>(compiledQuery.sql, params, options);
    const affected = result.affectedRows;
    return affected === undefined ? { rows: result.rows } : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries; page with limit/offset instead.');
  }
}
