import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from './staff-api.ts';

export type ApiState<T> = { kind: 'loading' } | { kind: 'ok'; value: T } | { kind: 'error'; error: ApiError };

interface Held<T> {
  key: string;
  state: ApiState<T>;
  /** When the value on screen was fetched. */
  at: number;
  /** The last refresh failed; the value on screen is from before it. */
  refreshError: ApiError | null;
}

/**
 * Loads one thing from the staff API for the page identified by `key`, cancelling a stale load
 * when the key changes. `reload()` fetches again and keeps showing the last good value meanwhile,
 * so a live dashboard neither flashes "loading" every 30 seconds nor loses its figures when one
 * refresh fails.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<ApiResult<T>>) {
  const [round, setRound] = useState(0);
  const [held, setHeld] = useState<Held<T> | null>(null);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setHeld((previous) => {
          if (answer.ok) return { key, state: { kind: 'ok', value: answer.value }, at: Date.now(), refreshError: null };
          if (previous && previous.key === key && previous.state.kind === 'ok') return { ...previous, refreshError: answer.error };
          return { key, state: { kind: 'error', error: answer.error }, at: Date.now(), refreshError: null };
        });
      },
      () => {
        // Only an abort rejects; the newer load will answer.
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; `key` names what it loads.
  }, [key, round]);

  const current = held && held.key === key ? held : null;
  return {
    state: current ? current.state : ({ kind: 'loading' } as ApiState<T>),
    reload,
    loadedAt: current?.at ?? null,
    refreshError: current?.refreshError ?? null,
  };
}
