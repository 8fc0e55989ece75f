import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError } from '../api/client.js';

export type AsyncState<T> = Readonly<{
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Fetch again, keeping the current data on screen until the new data arrives. */
  reload: () => void;
}>;

/**
 * Load data for a page. Earlier requests are aborted when the inputs change, so a slow answer for an
 * old project can never overwrite the current one.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason instanceof ApiError ? reason : new ApiError('CLIENT', String(reason), 0));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller's deps decide when to reload; `load` is a fresh closure on every render.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
