import { makeId } from './ids.js';
import { openStore, type Store, type StoreOptions } from '../store/index.js';

export type AppOptions = StoreOptions &
  Readonly<{
    /** The clock; tests pass a fixed one. */
    clock?: () => Date;
  }>;

/** Everything a use-case needs: the store, a clock, an id source. Built once per process. */
export type App = Readonly<{
  store: Store;
  now(): string;
  newId(prefix: string): string;
  close(): Promise<void>;
}>;

export { makeId };

export async function openApp(options: AppOptions): Promise<App> {
  const store = await openStore(options);
  const clock = options.clock ?? (() => new Date());
  return {
    store,
    now: () => clock().toISOString(),
    newId: (prefix) => makeId(prefix, clock()),
    close: () => store.close(),
  };
}
