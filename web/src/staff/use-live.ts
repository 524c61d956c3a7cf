import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `intervalMs` while the page is visible, and at once when it becomes
 * visible again or the window regains focus: a dashboard left in a background tab costs the
 * server nothing, and is up to date the moment someone looks at it.
 */
export function useLive(refresh: () => void, intervalMs: number): void {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  useEffect(() => {
    let timer: number | null = null;
    const stop = () => {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
    };
    const start = () => {
      stop();
      if (document.visibilityState === 'visible') timer = window.setInterval(() => refreshRef.current(), intervalMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refreshRef.current();
      start();
    };
    const onFocus = () => {
      refreshRef.current();
      start();
    };
    start();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', onFocus);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', onFocus);
    };
  }, [intervalMs]);
}
