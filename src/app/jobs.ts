import { jobsRepo, type Q } from '../store/index.js';
import type { App } from './context.js';

/**
 * Background work through a job table in the database: a job survives a restart and is taken by exactly
 * one process of a team's servers. The server runs `runJobs` on a timer and after each enqueue; the CLI
 * runs it inline so that a script sees its results.
 */
export type JobHandler = (app: App, payload: Record<string, unknown>) => Promise<void>;

const handlers = new Map<string, JobHandler>();

export function registerJob(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export async function enqueueJob(app: App, db: Q, job: { projectId: string | null; kind: string; payload: Record<string, unknown> }): Promise<string> {
  const id = app.newId('job');
  await jobsRepo.enqueue(db, { id, at: app.now(), ...job });
  return id;
}

const STALE_MS = 10 * 60 * 1000;
let running: Promise<number> | undefined;

/** Runs queued jobs until none is left (or `max` ran); returns how many ran. One runner per process at a time. */
export function runJobs(app: App, options: { max?: number } = {}): Promise<number> {
  if (running) return running.then(() => runJobs(app, options));
  running = (async () => {
    let ran = 0;
    try {
      while (ran < (options.max ?? Infinity)) {
        const now = new Date(app.now());
        const job = await app.store.db.transaction().execute((trx) => jobsRepo.claim(trx, now.toISOString(), new Date(now.getTime() - STALE_MS).toISOString()));
        if (!job) break;
        ran += 1;
        const handler = handlers.get(job.kind);
        try {
          if (!handler) throw new Error(`No handler for jobs of kind ${job.kind}.`);
          await handler(app, job.payload);
          await jobsRepo.finish(app.store.db, job.id, app.now());
        } catch (error) {
          await jobsRepo.finish(app.store.db, job.id, app.now(), error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      running = undefined;
    }
    return ran;
  })();
  return running;
}

export async function openJobs(app: App, projectId?: string): Promise<number> {
  return jobsRepo.countOpen(app.store.db, projectId);
}
