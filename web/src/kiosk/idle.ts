/** How long a kiosk waits without a tap or key press before it clears a child's answers. */
export const DEFAULT_IDLE_MINUTES = 3;
// As short as 6 seconds, so a browser test can watch the timeout happen.
const MIN_IDLE_MINUTES = 0.1;
const MAX_IDLE_MINUTES = 30;
const MINUTE_MS = 60_000;

export interface IdleTimes {
  /** "Are you still there?" appears after this long without input. */
  warnAfterMs: number;
  /** The answers are discarded after this long without input. */
  expireAfterMs: number;
}

/**
 * The warning comes a minute before the end (at N-1 minutes), so a child who is reading or
 * thinking has a full minute to tap; a timeout of a minute or less warns half-way instead.
 */
export function idleTimes(minutes: number): IdleTimes {
  const expireAfterMs = Math.round(minutes * MINUTE_MS);
  const warnAfterMs = expireAfterMs > MINUTE_MS ? expireAfterMs - MINUTE_MS : Math.round(expireAfterMs / 2);
  return { warnAfterMs, expireAfterMs };
}

export type IdlePhase = 'active' | 'warning' | 'expired';

export function idlePhase(lastInputAt: number, now: number, times: IdleTimes): IdlePhase {
  const idleMs = now - lastInputAt;
  if (idleMs >= times.expireAfterMs) return 'expired';
  if (idleMs >= times.warnAfterMs) return 'warning';
  return 'active';
}

/**
 * The timeout the worker chose when starting the session (`/group?idle=5`), within sensible
 * bounds; the default when absent or unreadable.
 */
export function idleMinutesFrom(search: string): number {
  const raw = new URLSearchParams(search).get('idle');
  if (raw === null || raw.trim() === '') return DEFAULT_IDLE_MINUTES;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes)) return DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, minutes));
}

/** Seconds left before the answers are cleared, for the "Are you still there?" countdown. */
export function secondsLeft(lastInputAt: number, now: number, times: IdleTimes): number {
  return Math.max(0, Math.ceil((lastInputAt + times.expireAfterMs - now) / 1000));
}
