import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared data (real export files, labelled sets) lives beside the repository in `../shared`,
 * never inside it. METAETHNO_SHARED overrides the location. Corpus tests skip when it is absent.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const sharedDir = resolve(process.env.METAETHNO_SHARED ?? join(here, '..', '..', '..', 'shared'));
export const hasShared = existsSync(join(sharedDir, 'fixtures', 'exports'));
export const sharedPath = (...parts: string[]): string => join(sharedDir, ...parts);
export const skipReason = `shared data not found at ${sharedDir} (set METAETHNO_SHARED to run the corpus suite)`;
