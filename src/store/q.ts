import type { Transaction } from 'kysely';
import type { Database } from './db.js';
import type { DB } from './schema.js';

/** Repositories take either the database or an open transaction as their first argument. */
export type Q = Database | Transaction<DB>;
