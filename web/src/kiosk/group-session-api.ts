import { canSeal, importSealKey } from '../offline/seal.ts';

export type GroupSessionState =
  | { kind: 'active'; wave: string }
  | { kind: 'inactive' }
  /** Offline, a server error, or an answer we could not read. */
  | { kind: 'unavailable' };

export const GROUP_SESSION_URL = '/api/public/group-session';
export const END_GROUP_SESSION_URL = '/api/public/group-session/end';

/** Reads `GET /api/public/group-session`, which answers from this device's session cookie. */
export function readGroupSession(status: number, body: unknown): GroupSessionState {
  if (status !== 200 || !isRecord(body)) return { kind: 'unavailable' };
  if (body.active === true && typeof body.wave === 'string' && body.wave !== '') return { kind: 'active', wave: body.wave };
  if (body.active === false) return { kind: 'inactive' };
  return { kind: 'unavailable' };
}

export async function loadGroupSession(signal?: AbortSignal): Promise<GroupSessionState> {
  try {
    const response = await fetch(GROUP_SESSION_URL, { headers: { accept: 'application/json' }, cache: 'no-store', ...(signal ? { signal } : {}) });
    return readGroupSession(response.status, await response.json().catch(() => undefined));
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'unavailable' };
  }
}

export const GROUP_SESSION_KEY_URL = '/api/public/group-session/key';

/**
 * The key this tablet encrypts waiting answers with, from the server, while the session is live:
 * imported as non-extractable and never stored (see offline/seal.ts). Null when it cannot be had
 * (offline, the session is over, or a page without WebCrypto, on plain http).
 */
export async function loadSealKey(signal?: AbortSignal): Promise<CryptoKey | null> {
  if (!canSeal()) return null;
  try {
    const response = await fetch(GROUP_SESSION_KEY_URL, { headers: { accept: 'application/json' }, cache: 'no-store', ...(signal ? { signal } : {}) });
    if (response.status !== 200) return null;
    const body: unknown = await response.json();
    return isRecord(body) && typeof body.key === 'string' ? await importSealKey(body.key) : null;
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}

export type EndOutcome = { kind: 'ended' } | { kind: 'refused'; message: string } | { kind: 'unavailable' };

/** Ends the session on this device with the password of the worker who started it. */
export async function endGroupSession(password: string): Promise<EndOutcome> {
  try {
    const response = await fetch(END_GROUP_SESSION_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ password }),
      cache: 'no-store',
    });
    return readEndAnswer(response.status, await response.json().catch(() => undefined));
  } catch {
    return { kind: 'unavailable' };
  }
}

export function readEndAnswer(status: number, body: unknown): EndOutcome {
  if (status === 204 || status === 200) return { kind: 'ended' };
  if (status >= 400 && status < 500) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const message =
      typeof error?.message === 'string' && error.message.trim() !== ''
        ? error.message
        : status === 429
          ? 'Too many tries. Please wait a few minutes.'
          : 'That password is not right.';
    return { kind: 'refused', message };
  }
  return { kind: 'unavailable' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
