import { useCallback, useEffect, useState } from 'react';
import type { Loaded } from './api.ts';

export type Remote<T> = { kind: 'loading' } | Loaded<T>;

/**
 * Loads something from the server for the page identified by `key`, cancelling a stale load
 * when the key changes. After a failure it tries again by itself when the device comes back
 * online, as well as on `reload()`.
 */
export function useRemote<T>(key: string, load: (signal: AbortSignal) => Promise<Loaded<T>>): { state: Remote<T>; reload: () => void } {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<{ key: string; round: number; value: Loaded<T> } | null>(null);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setResult({ key, round, value });
      },
      () => {
        // Only an abort rejects; the newer load will answer.
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; `key` names what it loads.
  }, [key, round]);

  const state: Remote<T> = result && result.key === key && result.round === round ? result.value : { kind: 'loading' };

  useEffect(() => {
    if (state.kind !== 'unavailable') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [state.kind, reload]);

  return { state, reload };
}
