import { describe, expect, it } from 'vitest';
import { calendarDate, dateInWords } from './dates.ts';

describe('calendarDate', () => {
  it('gives the UK date, which runs an hour ahead of UTC in summer', () => {
    expect(calendarDate(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toBe('2026-07-02');
    expect(calendarDate(new Date('2026-12-01T23:30:00Z'), 'Europe/London')).toBe('2026-12-01');
  });
  it('writes a date in words', () => {
    expect(dateInWords('2026-12-01')).toBe('1 December 2026');
  });
});
