import type { Command } from 'commander';
import { actorByName, ensureLocalOwner, openApp, type Actor, type App } from '../app/index.js';

export type GlobalOptions = Readonly<{ data?: string; json?: boolean; as?: string }>;

export const globals = (cmd: Command): GlobalOptions => cmd.optsWithGlobals<GlobalOptions>();

/**
 * Open the store for one command and close it afterwards. `DATABASE_URL` chooses PostgreSQL;
 * otherwise the embedded store in `--data` (default ./metaethno-data).
 */
export async function withApp<T>(cmd: Command, fn: (app: App, actor: Actor) => Promise<T>): Promise<T> {
  const g = globals(cmd);
  const app = await openApp({ databaseUrl: process.env['DATABASE_URL'] || undefined, dataDir: g.data ?? process.env['METAETHNO_DATA'] ?? './metaethno-data' });
  try {
    const owner = await ensureLocalOwner(app);
    const actor = g.as ? await actorByName(app, g.as) : owner;
    return await fn(app, actor);
  } finally {
    await app.close();
  }
}
