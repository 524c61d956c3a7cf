import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES, idleMinutesFrom, idlePhase, idleTimes, secondsLeft } from './idle.ts';

describe('idleTimes', () => {
  it('warns a minute before the end', () => {
    expect(idleTimes(3)).toEqual({ warnAfterMs: 120_000, expireAfterMs: 180_000 });
  });

  it('warns half-way through a timeout of a minute or less', () => {
    expect(idleTimes(1)).toEqual({ warnAfterMs: 30_000, expireAfterMs: 60_000 });
    expect(idleTimes(0.5)).toEqual({ warnAfterMs: 15_000, expireAfterMs: 30_000 });
  });
});

describe('idlePhase', () => {
  const times = idleTimes(3);
  it('is active, then warns, then expires', () => {
    expect(idlePhase(0, 119_999, times)).toBe('active');
    expect(idlePhase(0, 120_000, times)).toBe('warning');
    expect(idlePhase(0, 179_999, times)).toBe('warning');
    expect(idlePhase(0, 180_000, times)).toBe('expired');
  });

  it('starts again from the last input', () => {
    expect(idlePhase(100_000, 200_000, times)).toBe('active');
  });
});

describe('idleMinutesFrom', () => {
  it('reads the minutes the worker chose', () => {
    expect(idleMinutesFrom('?idle=5')).toBe(5);
    expect(idleMinutesFrom('?idle=0.5')).toBe(0.5);
  });

  it('uses the default when absent or unreadable, and keeps within bounds', () => {
    expect(idleMinutesFrom('')).toBe(DEFAULT_IDLE_MINUTES);
    expect(idleMinutesFrom('?idle=soon')).toBe(DEFAULT_IDLE_MINUTES);
    expect(idleMinutesFrom('?idle=')).toBe(DEFAULT_IDLE_MINUTES);
    expect(idleMinutesFrom('?idle=0')).toBe(0.1);
    expect(idleMinutesFrom('?idle=600')).toBe(30);
  });
});

describe('secondsLeft', () => {
  it('counts down to the end, never below zero', () => {
    const times = idleTimes(3);
    expect(secondsLeft(0, 120_000, times)).toBe(60);
    expect(secondsLeft(0, 179_001, times)).toBe(1);
    expect(secondsLeft(0, 200_000, times)).toBe(0);
  });
});
