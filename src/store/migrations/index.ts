import type { Migration } from 'kysely';
import * as initial from './2026-11-25T0400-initial.js';
import * as fulltextJobs from './2026-11-25T0900-fulltext-jobs.js';

/**
 * Every migration, in order. Append only: a released migration is never edited or removed, and a
 * new one's name sorts after every existing one (a test checks this). Listed statically so that the
 * compiled build and the tests see exactly the same set.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-25T0400-initial': initial,
  '2026-11-25T0900-fulltext-jobs': fulltextJobs,
};
