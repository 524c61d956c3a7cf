import { parseRetryAfter } from './retry-schedule.ts';

/** One question the server could not accept, named by its SurveyJS question name. */
export interface Problem {
  question: string;
  code: string;
  message: string;
}

/** The server refused the request itself: sending it again cannot help. */
export interface Rejection {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  problems: Problem[];
}

export type AttemptOutcome =
  | { kind: 'stored' }
  | { kind: 'retry'; reason: 'network' | 'server' | 'busy' | 'unexpected'; retryAfterMs?: number }
  | { kind: 'rejected'; rejection: Rejection };

/** Shown when a refusal carries no message of ours (it came from a proxy, not the server). */
export const FALLBACK_REJECTION_MESSAGE = 'The survey could not accept these answers.';

/** A fetch that threw (offline, DNS, reset, timed out): always worth trying again. */
export function networkFailure(): AttemptOutcome {
  return { kind: 'retry', reason: 'network' };
}

/**
 * Decides what an HTTP answer to `POST /api/responses` means.
 *
 * - 2xx counts as stored only when the body says so for this id. Hotel and school Wi-Fi
 *   "captive portals" answer any request with 200 and a login page; taking that for success
 *   would lose the child's answers, so anything else is retried.
 * - 408, 429 and 5xx are retried (honouring Retry-After).
 * - Any other 4xx (400, 409, 413, 415, 422 …) is a refusal: the same bytes would be refused again.
 */
export function classifyResponse(
  status: number,
  body: unknown,
  expectedId: string,
  retryAfterHeader?: string | null,
  now: number = Date.now(),
): AttemptOutcome {
  if (status >= 200 && status < 300) {
    if (isRecord(body) && body.status === 'stored' && (body.id === undefined || body.id === expectedId)) {
      return { kind: 'stored' };
    }
    return { kind: 'retry', reason: 'unexpected' };
  }

  const retryAfterMs = parseRetryAfter(retryAfterHeader, now);
  const retry = (reason: 'server' | 'busy'): AttemptOutcome =>
    retryAfterMs === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs };

  if (status === 408 || status === 429) return retry('busy');
  if (status >= 500 && status < 600) return retry('server');
  if (status >= 400 && status < 500) return { kind: 'rejected', rejection: readRejection(status, body) };
  return { kind: 'retry', reason: 'unexpected' };
}

/** Reads the server's error envelope, tolerating a body that is not one. */
export function readRejection(status: number, body: unknown): Rejection {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const details = error && isRecord(error.details) ? error.details : undefined;
  const problems = details && Array.isArray(details.problems) ? details.problems.filter(isProblem) : [];
  return {
    status,
    code: typeof error?.code === 'string' ? error.code : 'unknown',
    message: typeof error?.message === 'string' && error.message.trim() !== '' ? error.message : FALLBACK_REJECTION_MESSAGE,
    ...(typeof error?.requestId === 'string' ? { requestId: error.requestId } : {}),
    problems,
  };
}

function isProblem(value: unknown): value is Problem {
  return (
    isRecord(value) &&
    typeof value.question === 'string' &&
    typeof value.code === 'string' &&
    typeof value.message === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
