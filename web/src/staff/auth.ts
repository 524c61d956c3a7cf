import { readSession } from './readers.ts';
import { apiRequest, readNothing, type ApiResult } from './staff-api.ts';
import { signedIn, signedOut } from './session.ts';
import type { StaffSession } from './staff-types.ts';

export async function signIn(email: string, password: string): Promise<ApiResult<StaffSession>> {
  const result = await apiRequest('POST', '/api/auth/login', { body: { email, password }, read: readSession, expectUnauthorised: true });
  if (result.ok) signedIn(result.value);
  return result;
}

/**
 * Asks who is signed in after a reload: the cookie survives a reload, the CSRF token in memory
 * does not. A 401 here is simply "not signed in", not a session that ran out mid-task.
 */
export async function restoreSession(): Promise<ApiResult<StaffSession>> {
  const result = await apiRequest('GET', '/api/auth/me', { read: readSession, expectUnauthorised: true });
  if (result.ok) signedIn(result.value);
  else if (result.error.status === 401) signedOut();
  return result;
}

export async function signOut(): Promise<void> {
  await apiRequest('POST', '/api/auth/logout', { read: readNothing, expectUnauthorised: true });
  // Signed out here whatever the server said: the token is dropped from memory either way.
  signedOut();
}
