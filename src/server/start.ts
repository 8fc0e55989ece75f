import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createExampleProject, ensureLocalOwner, findExampleProject, openApp, runJobs, type App } from '../app/index.js';
import { buildServer } from './app.js';

export type StartOptions = Readonly<{
  port?: number | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  logger?: boolean | undefined;
  /** Team mode: every request must sign in, even from this machine. */
  team?: boolean | undefined;
  /** Personal mode creates the built-in example review on first start unless this is false. */
  example?: boolean | undefined;
  onProgress?: ((message: string) => void) | undefined;
}>;

export type Running = Readonly<{ server: FastifyInstance; app: App; url: string; close(): Promise<void> }>;

const here = dirname(fileURLToPath(import.meta.url));
/** dist/server/start.js → dist/web; src/server/start.ts (dev) → dist/web as well. */
export const defaultWebRoot = join(here, '..', '..', 'dist', 'web');

/**
 * Open the store and serve API and web app. Binds 127.0.0.1 unless a host is given: personal mode
 * has no accounts, so it must not be reachable from the network by accident.
 */
export async function startServer(options: StartOptions = {}): Promise<Running> {
  const app = await openApp({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? './metaethno-data' });
  const owner = await ensureLocalOwner(app);
  // The example review, once per store, so a newcomer meets a complete meta-ethnography on first start.
  if (!options.team && options.example !== false && !(await findExampleProject(app))) {
    options.onProgress?.('Creating the example review (an illustrative meta-ethnography; about 10 seconds, once)…');
    try {
      const created = await createExampleProject(app, owner);
      options.onProgress?.(`Example review ready (${created.seconds.toFixed(0)} s).`);
    } catch (error) {
      options.onProgress?.(`The example review could not be created: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const server = await buildServer({ app, personalActor: options.team ? null : owner, webRoot: defaultWebRoot, logger: options.logger });
  const host = options.host ?? '127.0.0.1';
  const address = await server.listen({ port: options.port ?? 4100, host });
  // Background jobs (PDF text extraction): queued work left by an earlier run first, then every few seconds,
  // so that a job enqueued by another server of the team is picked up too.
  const tick = (): void => {
    void runJobs(app).catch((error: unknown) => server.log.error(error));
  };
  tick();
  const timer = setInterval(tick, 3000);
  timer.unref();
  const close = async (): Promise<void> => {
    clearInterval(timer);
    await server.close();
    await app.close();
  };
  return { server, app, url: address, close };
}
