import { navigate } from '../navigation.ts';
import { parseRetryAfter } from '../retry-schedule.ts';
import { STAFF_SIGN_IN_PATH } from '../routes.ts';
import { isRecord, readSession } from './readers.ts';
import { csrfHeaders, currentSession, signedOut, updateCsrfToken } from './session.ts';

/** One problem with one field of a form, as the server names it in `details.problems`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ApiError {
  /** 0 when the server could not be reached at all. */
  status: number;
  code: string;
  message: string;
  requestId?: string;
  fieldProblems: FieldProblem[];
  retryAfterSeconds: number | null;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const NETWORK_ERROR: ApiError = {
  status: 0,
  code: 'network',
  message: "We couldn't reach the server. Check the connection, then try again.",
  fieldProblems: [],
  retryAfterSeconds: null,
};

const UNREADABLE_MESSAGE = 'The server gave an answer we could not read. Please try again; if it keeps happening, reload the page.';

/**
 * Reads the one error body (`{ error: { code, message, requestId, details? } }`). Its message is
 * written for the person at the screen and is shown as it is; `details.problems` entries with a
 * `field` are put beside that field of the form.
 */
export function readApiError(status: number, body: unknown, retryAfterHeader?: string | null, now: number = Date.now()): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const details = error && isRecord(error.details) ? error.details : undefined;
  const fieldProblems: FieldProblem[] = [];
  if (details && Array.isArray(details.problems)) {
    for (const p of details.problems) {
      if (!isRecord(p) || typeof p.message !== 'string') continue;
      const field = fieldName(p.field);
      if (field !== null) fieldProblems.push({ field, message: p.message });
    }
  }
  const fromHeader = parseRetryAfter(retryAfterHeader, now);
  const retryAfterSeconds =
    details && typeof details.retryAfterSeconds === 'number'
      ? details.retryAfterSeconds
      : fromHeader === undefined
        ? null
        : Math.ceil(fromHeader / 1000);
  return {
    status,
    code: typeof error?.code === 'string' ? error.code : 'unknown',
    message: typeof error?.message === 'string' && error.message.trim() !== '' ? error.message : fallbackMessage(status),
    ...(typeof error?.requestId === 'string' ? { requestId: error.requestId } : {}),
    fieldProblems,
    retryAfterSeconds,
  };
}

/** A field named as `closesOn`, `counts.1.eligible` or `['counts', 1, 'eligible']`, as dotted text. */
function fieldName(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('.');
  return null;
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return "Your account can't do that.";
  if (status === 404) return "We can't find that. It may have been removed, or belong to another council.";
  if (status === 429) return 'Too many attempts. Please wait a few minutes, then try again.';
  if (status >= 500) return 'Something went wrong on the server. Please try again in a minute.';
  return 'That did not work. Please check the form and try again.';
}

interface RequestOptions<T> {
  body?: unknown;
  /** Reads a 2xx answer; null means it was not the answer expected. */
  read: (body: unknown) => T | null;
  signal?: AbortSignal;
  /** For sign-in itself, where 401 means a wrong password rather than "signed out". */
  expectUnauthorised?: boolean;
}

/**
 * One call to the staff API. Sends the CSRF token with every change, asks for a fresh one once
 * if the server refuses it, and takes the person to sign-in on a 401 from anywhere.
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions<T>): Promise<ApiResult<T>> {
  let result = await attempt(method, path, options);
  if (!result.ok && result.error.status === 403 && result.error.code === 'csrf_failed' && (await refreshCsrfToken())) {
    result = await attempt(method, path, options);
  }
  if (!result.ok && result.error.status === 401 && !options.expectUnauthorised) {
    const here = window.location.pathname;
    signedOut(here === STAFF_SIGN_IN_PATH ? null : here);
    navigate(STAFF_SIGN_IN_PATH);
  }
  return result;
}

async function attempt<T>(method: string, path: string, options: RequestOptions<T>): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(method, currentSession()?.csrfToken ?? null) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      credentials: 'same-origin',
      cache: 'no-store',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: NETWORK_ERROR };
  }
  const body = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) return { ok: false, error: readApiError(response.status, body, response.headers.get('retry-after')) };
  const value = options.read(body);
  if (value === null) {
    return { ok: false, error: { status: response.status, code: 'unreadable', message: UNREADABLE_MESSAGE, fieldProblems: [], retryAfterSeconds: null } };
  }
  return { ok: true, value };
}

/** The server may have replaced the session's CSRF token (after a restart, say): fetch it again. */
async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch('/api/auth/me', { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return false;
    const session = readSession(await response.json());
    if (!session) return false;
    updateCsrfToken(session.csrfToken);
    return true;
  } catch {
    return false;
  }
}

/** For answers with no body worth reading (204). */
export const readNothing = (): true => true;

export function get<T>(path: string, read: (body: unknown) => T | null, signal?: AbortSignal): Promise<ApiResult<T>> {
  return apiRequest('GET', path, { read, ...(signal ? { signal } : {}) });
}

export function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, read: (body: unknown) => T | null): Promise<ApiResult<T>> {
  return apiRequest(method, path, { body, read });
}

/** A path segment from a server id, escaped. */
export function seg(id: string | number): string {
  return encodeURIComponent(String(id));
}
