import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ id: 'unknown', status: 0 });
}

/**
 * Loads data for a page and reloads when `key` changes or `reload()` is called. Responses for an
 * outdated key are dropped (the request is aborted), so fast filter changes never show stale rows.
 */
export function useApiQuery<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): {
  state: QueryState<T>;
  reload: () => void;
  /**
   * Loads again in the background: the current data stays on screen until the new data arrives,
   * and stays if the refresh fails (for pages that refetch on a push, like the live board).
   */
  refresh: () => void;
  /** Applies a local change (e.g. the row a mutation returned) without reloading. */
  update: (change: (data: T) => T) => void;
} {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [reloadCount, setReloadCount] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const isRefreshRef = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and reloadCount are the triggers; load is read through a ref.
  useEffect(() => {
    const controller = new AbortController();
    const isRefresh = isRefreshRef.current;
    isRefreshRef.current = false;
    if (!isRefresh) setState({ status: 'loading' });
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) =>
          isRefresh && current.status === 'success'
            ? current
            : { status: 'error', error: toApiError(error) },
        );
      },
    );
    return () => controller.abort();
  }, [key, reloadCount]);

  const reload = useCallback(() => {
    isRefreshRef.current = false;
    setReloadCount((count) => count + 1);
  }, []);
  const refresh = useCallback(() => {
    isRefreshRef.current = true;
    setReloadCount((count) => count + 1);
  }, []);
  const update = useCallback((change: (data: T) => T) => {
    setState((current) =>
      current.status === 'success' ? { status: 'success', data: change(current.data) } : current,
    );
  }, []);
  return { state, reload, refresh, update };
}
