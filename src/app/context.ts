import { randomBytes } from 'node:crypto';
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

let counter = 0;

/**
 * Ids are short, URL-safe and sortable by creation time (base-36 milliseconds, a per-process
 * counter, then random bytes), so that lists read in a natural order without an extra column.
 */
export function makeId(prefix: string, at: Date): string {
  counter = (counter + 1) % 1296;
  return `${prefix}_${at.getTime().toString(36)}${counter.toString(36).padStart(2, '0')}${randomBytes(5).toString('hex')}`;
}

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
