import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

/** The state of a load started by {@link useAsync}. */
export interface AsyncState<T> {
  /** The last successful result; kept while reloading so screens do not flash empty. */
  data: T | undefined;
  /** The error of the last attempt, if it failed. */
  error: unknown;
  /** True while a load is in flight. */
  loading: boolean;
  /** Loads again (after a change, or from a Refresh button). */
  reload: () => void;
}

/**
 * Runs `load` when `deps` change (and on `reload()`), aborting the previous run: a slow answer for an old filter
 * never overwrites the answer for the new one.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    loadRef.current(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller's deps decide when to load; `load` itself is read from a ref so a new closure does not reload.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload };
}
