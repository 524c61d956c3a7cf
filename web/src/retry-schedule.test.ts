import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, MAX_RETRY_MS, parseRetryAfter, retryDelayMs } from './retry-schedule.ts';

const lowest = () => 0;
const highest = () => 1;

describe('retryDelayMs', () => {
  it('doubles from one second: 1s, 2s, 4s, 8s, 16s at the top of the jitter range', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, highest))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits less than half of the step', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, lowest))).toEqual([500, 1000, 2000]);
  });

  it('stops growing at 30 seconds, however many attempts have failed', () => {
    expect(retryDelayMs(6, highest)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(50, highest)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(10_000, highest)).toBe(MAX_RETRY_MS);
  });

  it('spreads devices out within the range', () => {
    expect(retryDelayMs(3, () => 0.5)).toBe(3000);
  });

  it("waits at least as long as the server's Retry-After, up to two minutes", () => {
    expect(retryDelayMs(1, highest, 10_000)).toBe(10_000);
    expect(retryDelayMs(6, highest, 5_000)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(1, highest, 3_600_000)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-03-03T10:00:00Z');
    expect(parseRetryAfter('Mon, 03 Mar 2025 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
