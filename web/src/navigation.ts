import { useEffect, useSyncExternalStore } from 'react';

/**
 * Client-side routing on the History API: the whole app is four pages, so a router
 * dependency would cost more than this file. The server answers index.html for any
 * unknown non-/api path, so every URL here also works when opened directly.
 */

const listeners = new Set<() => void>();
let leaveGuard: { message: string; path: string } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  // The back button must not silently throw away answers that have not been stored yet.
  if (leaveGuard && window.location.pathname !== leaveGuard.path) {
    if (!window.confirm(leaveGuard.message)) {
      window.history.pushState(null, '', leaveGuard.path);
      return;
    }
    leaveGuard = null;
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  if (leaveGuard) {
    if (!window.confirm(leaveGuard.message)) return;
    leaveGuard = null;
  }
  window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  notify();
}

/**
 * While `message` is not null, leaving this page (back button, an in-app link, reload or
 * closing the tab) asks first, because the answers exist only in this page's memory.
 */
export function useLeaveGuard(message: string | null): void {
  useEffect(() => {
    if (message === null) return;
    const guard = { message, path: window.location.pathname };
    leaveGuard = guard;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Safari and Chrome only prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      if (leaveGuard === guard) leaveGuard = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [message]);
}
