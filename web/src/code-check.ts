import type { AgeBand } from '@you-said/surveys';
import { isAgeBand } from './bands.ts';
import { parseRetryAfter } from './retry-schedule.ts';

export const CODE_CHECK_URL = '/api/public/codes/check';

/** What the server said about a code, in the terms the child's screen needs. */
export type CodeCheck =
  | { kind: 'ok'; wave: string; band: AgeBand }
  | { kind: 'unknown' }
  | { kind: 'spent' }
  | { kind: 'revoked' }
  | { kind: 'not_open'; message: string | null }
  | { kind: 'closed'; message: string | null }
  /** The code belongs to another council's (or another year's) survey than the one open here. */
  | { kind: 'other_wave' }
  | { kind: 'rate_limited'; retryAfterSeconds: number | null }
  /** Offline, a server error, or an answer we could not read: trying again may work. */
  | { kind: 'unavailable' };

/**
 * Reads the answer to `POST /api/public/codes/check`. A 200 counts only with a wave and a band
 * we know: a Wi-Fi login page answering 200 must not send the child to a survey that is not theirs.
 */
export function classifyCodeCheck(status: number, body: unknown, retryAfterHeader?: string | null, now: number = Date.now()): CodeCheck {
  if (status === 200) {
    if (isRecord(body) && typeof body.wave === 'string' && body.wave !== '' && typeof body.band === 'string' && isAgeBand(body.band)) {
      return { kind: 'ok', wave: body.wave, band: body.band };
    }
    return { kind: 'unavailable' };
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : '';
  const message = typeof error?.message === 'string' && error.message.trim() !== '' ? error.message : null;
  if (status === 429) {
    const details = error && isRecord(error.details) ? error.details : undefined;
    const fromBody = typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : undefined;
    const fromHeader = parseRetryAfter(retryAfterHeader, now);
    const seconds = fromBody ?? (fromHeader === undefined ? undefined : Math.ceil(fromHeader / 1000));
    return { kind: 'rate_limited', retryAfterSeconds: seconds ?? null };
  }
  switch (code) {
    case 'code_unknown':
      return { kind: 'unknown' };
    case 'code_spent':
      return { kind: 'spent' };
    case 'code_revoked':
      return { kind: 'revoked' };
    case 'code_other_survey':
      return { kind: 'other_wave' };
    case 'wave_not_open':
      return { kind: 'not_open', message };
    case 'wave_closed':
      return { kind: 'closed', message };
  }
  // A 404 without our envelope is still "we don't know this code"; other answers are worth a retry.
  if (status === 404) return { kind: 'unknown' };
  return { kind: 'unavailable' };
}

/**
 * Asks the server whether a code (already in its printed form) can be used, and for which
 * survey. `wave` is the survey the child is in, when there is one: the server then refuses a
 * code for any other survey (`code_other_survey`).
 */
export async function checkCode(
  code: string,
  wave?: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<CodeCheck> {
  try {
    const response = await fetchImpl(CODE_CHECK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(wave === undefined ? { code } : { code, wave }),
      cache: 'no-store',
      redirect: 'error',
    });
    const text = await response.text();
    return classifyCodeCheck(response.status, parseJson(text), response.headers.get('retry-after'));
  } catch {
    return { kind: 'unavailable' };
  }
}

export interface CodeMessage {
  title: string;
  text: string;
  /** Whether retyping the code could help, so the form stays ready for it. */
  canRetype: boolean;
}

/**
 * Kind words for each way a code can fail. A child holding a card that does not work should
 * know whether it is a typing slip (try again), or something an adult needs to sort out.
 */
export function codeMessage(check: Exclude<CodeCheck, { kind: 'ok' }>): CodeMessage {
  switch (check.kind) {
    case 'unknown':
      return {
        title: "That code didn't work",
        text: 'Check each letter and number against your card, then try again. It is easy to mix some of them up.',
        canRetype: true,
      };
    case 'spent':
      return {
        title: 'This code has already been used',
        text: 'Each code works once. If you have not taken part yet, ask the adult who gave you the card for a new one.',
        canRetype: false,
      };
    case 'revoked':
      return {
        title: 'This code has been cancelled',
        text: 'The card may have been reported lost. Ask the adult who gave it to you for a new one.',
        canRetype: false,
      };
    case 'not_open':
      return { title: "This survey isn't open yet", text: check.message ?? 'Please keep your card and come back when it opens.', canRetype: false };
    case 'closed':
      return { title: 'This survey has closed', text: check.message ?? 'Thank you for wanting to take part.', canRetype: false };
    case 'other_wave':
      return {
        title: 'This code is for a different survey',
        text: 'Check that you have the right card, or open the link printed on your card instead.',
        canRetype: true,
      };
    case 'rate_limited': {
      const minutes = check.retryAfterSeconds === null ? null : Math.max(1, Math.ceil(check.retryAfterSeconds / 60));
      return {
        title: 'Too many tries',
        text:
          minutes === null
            ? 'Please wait a few minutes, then try again.'
            : `Please wait ${minutes === 1 ? '1 minute' : `${minutes} minutes`}, then try again.`,
        canRetype: false,
      };
    }
    case 'unavailable':
      return {
        title: "We couldn't check your code just now",
        text: 'Check the Wi-Fi or signal, then try again.',
        canRetype: true,
      };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
