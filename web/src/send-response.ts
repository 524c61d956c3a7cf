import type { PreparedResponse } from './response-body.ts';
import { retryDelayMs } from './retry-schedule.ts';
import { classifyResponse, networkFailure, type AttemptOutcome, type Rejection } from './submit-outcome.ts';

export type SendResult =
  | { kind: 'stored' }
  | { kind: 'rejected'; rejection: Rejection }
  /** `stop()` was called (the page is going away) before the server answered. */
  | { kind: 'stopped' };

export type SendProgress =
  | { kind: 'attempt'; attempt: number }
  | { kind: 'waiting'; failures: number; delayMs: number; reason: Extract<AttemptOutcome, { kind: 'retry' }>['reason'] };

export interface SendOptions {
  url?: string;
  fetchImpl?: typeof fetch;
  /** Wait before the next attempt after `failures` failures. Defaults to backoff with jitter. */
  delayFor?: (failures: number, retryAfterMs?: number) => number;
  /** A request that hangs on patchy Wi-Fi is abandoned and retried after this long. */
  attemptTimeoutMs?: number;
  onProgress?: (progress: SendProgress) => void;
  /** Fires `online` when the device reconnects (the window, in a browser). */
  connectivity?: EventTarget | null;
}

export interface Sending {
  result: Promise<SendResult>;
  /** Ends the current wait and tries at once (the child pressed "try now"). */
  retryNow(): void;
  /** Gives up: aborts any request in flight and sends nothing more. */
  stop(): void;
}

export const RESPONSES_URL = '/api/responses';
const ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * Sends one prepared response until the server stores or refuses it, for as long as the page is
 * open. Every attempt sends the same id and the same bytes, so a response that reached the
 * server but whose answer was lost is stored once, not twice.
 */
export function startSending(prepared: PreparedResponse, options: SendOptions = {}): Sending {
  const url = options.url ?? RESPONSES_URL;
  // Called as a plain function: browsers throw "Illegal invocation" for fetch called as a method
  // of another object.
  const fetchImpl = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const delayFor = options.delayFor ?? ((failures: number, retryAfterMs?: number) => retryDelayMs(failures, Math.random, retryAfterMs));
  const timeoutMs = options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const connectivity = options.connectivity === undefined ? defaultConnectivity() : options.connectivity;

  let stopped = false;
  let inFlight: AbortController | null = null;
  let wake: (() => void) | null = null;

  async function attemptOnce(): Promise<AttemptOutcome> {
    const controller = new AbortController();
    inFlight = controller;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: prepared.json,
        cache: 'no-store',
        // A redirect here is a captive portal or a misconfigured proxy, never our server.
        redirect: 'error',
        signal: controller.signal,
      });
      const text = await response.text();
      return classifyResponse(response.status, parseJson(text), prepared.id, response.headers.get('retry-after'));
    } catch {
      return networkFailure();
    } finally {
      clearTimeout(timer);
      inFlight = null;
    }
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        connectivity?.removeEventListener('online', done);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      connectivity?.addEventListener('online', done);
      wake = done;
    });
  }

  async function run(): Promise<SendResult> {
    for (let attempt = 1; ; attempt++) {
      if (stopped) return { kind: 'stopped' };
      options.onProgress?.({ kind: 'attempt', attempt });
      const outcome = await attemptOnce();
      if (outcome.kind === 'stored') return outcome;
      if (stopped) return { kind: 'stopped' };
      if (outcome.kind === 'rejected') return outcome;
      const delayMs = delayFor(attempt, outcome.retryAfterMs);
      options.onProgress?.({ kind: 'waiting', failures: attempt, delayMs, reason: outcome.reason });
      await pause(delayMs);
    }
  }

  return {
    result: run(),
    retryNow: () => wake?.(),
    stop: () => {
      stopped = true;
      inFlight?.abort();
      wake?.();
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function defaultConnectivity(): EventTarget | null {
  return typeof window === 'undefined' ? null : window;
}
