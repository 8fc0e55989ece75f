import type { App } from './context.js';

/**
 * Folds of a project's event log, kept per app (a store) and project between requests. Their users
 * bring them up to date by reading only rows after the last seq they saw; that is sound because the
 * logs only grow and their writers hold the project's row lock, so a row never appears after one with
 * a higher seq. Keyed weakly by app: a closed app's folds go with it.
 */
export type FoldCache<T> = Readonly<{ get(app: App, projectId: string): T | undefined; set(app: App, projectId: string, value: T): void }>;

export function foldCache<T>(): FoldCache<T> {
  const byApp = new WeakMap<App, Map<string, T>>();
  return {
    get: (app, projectId) => byApp.get(app)?.get(projectId),
    set(app, projectId, value) {
      let perApp = byApp.get(app);
      if (perApp === undefined) {
        perApp = new Map();
        byApp.set(app, perApp);
      }
      perApp.set(projectId, value);
    },
  };
}
