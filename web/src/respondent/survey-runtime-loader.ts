import { useEffect, useState } from 'react';

export type SurveyRuntime = typeof import('./survey-runtime.ts');

let pending: Promise<SurveyRuntime> | null = null;
let loaded: SurveyRuntime | null = null;

/**
 * The survey chunk (survey-runtime.ts), fetched once. main.tsx asks for it as the app starts, so
 * it is usually here before the child has read the start screen.
 */
export function loadSurveyRuntime(): Promise<SurveyRuntime> {
  pending ??= import('./survey-runtime.ts').then(
    (runtime) => (loaded = runtime),
    (error: unknown) => {
      // Let a later call try again (a browser may still refuse a module that failed once).
      pending = null;
      throw error;
    },
  );
  return pending;
}

export type RuntimeState = { kind: 'loading' } | { kind: 'ready'; runtime: SurveyRuntime } | { kind: 'failed' };

/** The survey chunk for a component: loading, ready, or failed (no connection on a first visit). */
export function useSurveyRuntime(): RuntimeState {
  const [state, setState] = useState<RuntimeState>(() => (loaded ? { kind: 'ready', runtime: loaded } : { kind: 'loading' }));
  useEffect(() => {
    if (state.kind === 'ready') return;
    let current = true;
    loadSurveyRuntime().then(
      (runtime) => current && setState({ kind: 'ready', runtime }),
      () => current && setState({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [state.kind]);
  return state;
}
