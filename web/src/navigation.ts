import { useEffect, useSyncExternalStore } from 'react';

/**
 * Client-side routing on the History API: the whole app is four pages, so a router
 * dependency would cost more than this file. The server answers index.html for any
 * unknown non-/api path, so every URL here also works when opened directly.
 */

const listeners = new Set<() => void>();
let leaveGuard: { message: string; path: string } | null = null;
/** While set, the app stays on this path (a group-session kiosk): Back and in-app links cannot leave it. */
let lockedTo: { pathname: string; url: string } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  if (lockedTo) {
    // Put the kiosk back on top rather than show whatever page was there before it. Always, even
    // when the entry Back landed on is also the kiosk: otherwise that entry is used up and the
    // next Back leaves the kiosk.
    window.history.pushState(null, '', lockedTo.url);
    return;
  }
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
  if (lockedTo) return;
  if (leaveGuard) {
    if (!window.confirm(leaveGuard.message)) return;
    leaveGuard = null;
  }
  window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  notify();
}

/**
 * Moves to `path` in place of the current history entry, so Back does not return to it (a
 * `/c/<code>` link, which must not stay in a shared device's history).
 */
export function replacePath(path: string): void {
  if (path !== window.location.pathname) window.history.replaceState(null, '', path);
  notify();
}

/**
 * Keeps the app on the current page until the returned function is called: the group-session
 * kiosk, whose only exit is the worker's password. An extra entry for the same page is pushed so
 * that Back lands on this page (and is undone) rather than on a page from before the session.
 */
export function lockNavigation(): () => void {
  const lock = { pathname: window.location.pathname, url: window.location.pathname + window.location.search };
  lockedTo = lock;
  window.history.pushState(null, '', lock.url);
  return () => {
    if (lockedTo === lock) lockedTo = null;
  };
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
