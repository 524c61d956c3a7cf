import { describe, expect, it } from 'vitest';
import { dateInWords, localIsoDate, waveTiming } from './wave-dates.ts';

describe('dateInWords', () => {
  it('writes a date out in full', () => {
    expect(dateInWords('2025-03-03')).toBe('Monday 3 March 2025');
    expect(dateInWords('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(dateInWords('2025-12-31')).toBe('Wednesday 31 December 2025');
  });

  it('leaves anything that is not a real date as it was', () => {
    expect(dateInWords('2025-02-30')).toBe('2025-02-30');
    expect(dateInWords('soon')).toBe('soon');
  });
});

describe('localIsoDate', () => {
  it("uses the device's calendar day", () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('waveTiming', () => {
  const wave = { opensOn: '2025-03-03', closesOn: '2025-04-28' };

  it('is open whenever the server says so, whatever the device date', () => {
    expect(waveTiming({ ...wave, isOpen: true }, '2020-01-01')).toEqual({ kind: 'open' });
  });

  it('says when a wave that has not started opens', () => {
    expect(waveTiming({ ...wave, isOpen: false }, '2025-03-02')).toEqual({ kind: 'not_yet', opensOn: 'Monday 3 March 2025' });
  });

  it("trusts the server's state over a device clock that is wrong", () => {
    expect(waveTiming({ ...wave, isOpen: false, state: 'closed' }, '2020-01-01')).toEqual({ kind: 'closed', closedOn: 'Monday 28 April 2025' });
    expect(waveTiming({ ...wave, isOpen: false, state: 'not_yet_open' }, '2030-01-01')).toEqual({ kind: 'not_yet', opensOn: 'Monday 3 March 2025' });
  });

  it('says when a finished wave closed', () => {
    expect(waveTiming({ ...wave, isOpen: false }, '2025-05-01')).toEqual({ kind: 'closed', closedOn: 'Monday 28 April 2025' });
  });
});
