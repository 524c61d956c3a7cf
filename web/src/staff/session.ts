import { useSyncExternalStore } from 'react';
import type { StaffSession } from './staff-types.ts';

/**
 * Who is signed in, in this page's memory only. The session itself is an HttpOnly cookie; the
 * CSRF token that must go with every change is kept here, never in storage, and is asked for
 * again (`GET /api/auth/me`) after a reload.
 */
export type SessionState =
  | { kind: 'unknown' }
  | { kind: 'signed_in'; session: StaffSession }
  | { kind: 'signed_out' };

let state: SessionState = { kind: 'unknown' };
/** Where a staff member was when the server said they were signed out, to go back after signing in. */
let returnTo: string | null = null;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

export function currentSession(): StaffSession | null {
  return state.kind === 'signed_in' ? state.session : null;
}

export function signedIn(session: StaffSession): void {
  set({ kind: 'signed_in', session });
}

export function signedOut(from: string | null = null): void {
  if (from !== null) returnTo = from;
  set({ kind: 'signed_out' });
}

/** Not known any more (a page restored from the back-forward cache): ask the server again. */
export function forgetSession(): void {
  set({ kind: 'unknown' });
}

export function updateCsrfToken(csrfToken: string): void {
  if (state.kind === 'signed_in') set({ kind: 'signed_in', session: { ...state.session, csrfToken } });
}

/** Remembers the page a signed-out visitor asked for, to open it once they have signed in. */
export function rememberReturnPath(path: string): void {
  returnTo = path;
}

export function takeReturnPath(): string | null {
  const path = returnTo;
  returnTo = null;
  return path;
}

const CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF header for a request that changes something; nothing for reads. */
export function csrfHeaders(method: string, token: string | null): Record<string, string> {
  return CHANGING_METHODS.has(method.toUpperCase()) && token ? { 'X-CSRF-Token': token } : {};
}
