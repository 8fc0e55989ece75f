import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError, type RecordSort, type RecordSummary, type SortDirection } from '../../api/client.js';

export const PAGE_SIZE = 200;
/** Pages kept in memory; beyond this the ones farthest from the viewport are dropped and refetched if needed. */
const MAX_PAGES = 40;

export type RecordFilter = Readonly<{ q: string; search: string; sort: RecordSort; dir: SortDirection }>;

export type RecordPages = Readonly<{
  /** Undefined until the first page of the current filter has arrived. */
  total: number | undefined;
  /**
   * Rows to lay out: the current total, or while a new filter loads, the previous one, so the list
   * shows loading rows in place instead of collapsing to nothing and jumping back.
   */
  rowCount: number;
  /** Changes whenever the filter does; the table scrolls back to the top on a change. */
  key: string;
  error: ApiError | undefined;
  row: (index: number) => RecordSummary | undefined;
  /** Ask for the rows in [start, end] (inclusive); pages already loaded or loading are not fetched again. */
  ensure: (start: number, end: number) => void;
  retry: () => void;
}>;

type Cache = {
  key: string;
  pages: Map<number, readonly RecordSummary[]>;
  loading: Set<number>;
  controller: AbortController;
};

/**
 * Server paging for the records table: rows arrive in pages of 200, keyed by offset, fetched only when
 * the virtualised list shows them. A change of filter starts a fresh cache and aborts what the old
 * one had in flight, so stale pages can never land in the new list.
 */
export function useRecordPages(projectId: string, filter: RecordFilter): RecordPages {
  const key = `${projectId}\n${filter.q}\n${filter.search}\n${filter.sort}\n${filter.dir}`;
  const cache = useRef<Cache | undefined>(undefined);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  // Bumped when a page lands: the cache lives in a ref, and this is what re-renders the rows.
  const [version, setVersion] = useState(0);
  const lastTotal = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const current = useCallback((): Cache => {
    if (!cache.current || cache.current.key !== key) {
      cache.current?.controller.abort();
      cache.current = { key, pages: new Map(), loading: new Set(), controller: new AbortController() };
    }
    return cache.current;
  }, [key]);

  const load = useCallback(
    (page: number): void => {
      const c = current();
      if (c.pages.has(page) || c.loading.has(page)) return;
      c.loading.add(page);
      const f = filterRef.current;
      api
        .listRecords(projectId, { q: f.q, search: f.search, offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort: f.sort, dir: f.dir }, c.controller.signal)
        .then(
          (result) => {
            if (cache.current !== c) return;
            c.loading.delete(page);
            c.pages.set(page, result.items);
            evictFarFrom(c.pages, page);
            lastTotal.current = result.total;
            setTotal(result.total);
            setError(undefined);
            setVersion((v) => v + 1);
          },
          (reason: unknown) => {
            if (cache.current !== c || c.controller.signal.aborted) return;
            c.loading.delete(page);
            setError(reason instanceof ApiError ? reason : new ApiError('CLIENT', String(reason), 0));
          },
        );
    },
    [current, projectId],
  );

  // A new filter: forget the old total (the list shows "loading", not the previous count) and fetch page 0.
  useEffect(() => {
    current();
    setTotal(undefined);
    setError(undefined);
    load(0);
  }, [key, current, load]);

  useEffect(() => () => cache.current?.controller.abort(), []);

  const ensure = useCallback(
    (start: number, end: number): void => {
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) load(p);
    },
    [load],
  );

  const row = useCallback(
    (index: number): RecordSummary | undefined => {
      const c = cache.current;
      if (!c || c.key !== key) return undefined;
      return c.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
    },
    // `version` is not read, but a new page must give a new `row`, so memoised consumers redraw.
    [key, version],
  );

  const retry = useCallback((): void => {
    setError(undefined);
    // Pages that failed are no longer marked loading, so asking again refetches them.
    load(0);
    setVersion((v) => v + 1);
  }, [load]);

  const rowCount = total ?? lastTotal.current;
  // One object per change, so effects that depend on it run when the data changes, not every render.
  return useMemo(() => ({ total, rowCount, key, error, row, ensure, retry }), [total, rowCount, key, error, row, ensure, retry]);
}

function evictFarFrom(pages: Map<number, unknown>, near: number): void {
  if (pages.size <= MAX_PAGES) return;
  const far = [...pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const p of far.slice(0, pages.size - MAX_PAGES)) pages.delete(p);
}
