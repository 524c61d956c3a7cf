/** First wait after a failed send. */
export const FIRST_RETRY_MS = 1_000;
/** Longest wait between attempts, so a returning connection is noticed within half a minute. */
export const MAX_RETRY_MS = 30_000;
/** A server's Retry-After is honoured, but never beyond this: the child is waiting. */
export const MAX_RETRY_AFTER_MS = 120_000;

/**
 * How long to wait before attempt `failures + 1`, after `failures` failed attempts (1 or more).
 * Doubles from 1s up to 30s, with "equal jitter": somewhere between half and all of that step,
 * so the tablets of a group session whose Wi-Fi comes back do not all resend in the same second.
 * A server's Retry-After (429/503) is a floor.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random, retryAfterMs?: number): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  const jittered = Math.round(step / 2 + random() * (step / 2));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/**
 * Reads a Retry-After header (seconds, or an HTTP date) as milliseconds from `now`.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
