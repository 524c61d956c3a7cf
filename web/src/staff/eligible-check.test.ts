import { describe, expect, it } from 'vitest';
import { checkEligible, eligibleFieldFor, eligibleRows } from './eligible-check.ts';

describe('eligibleRows', () => {
  it('has one row per band of the wave, filled with what was entered before', () => {
    const wave = {
      instruments: [
        { band: '4-7' as const, instrumentId: 'a', instrumentVersion: 1, title: 'A' },
        { band: '8-11' as const, instrumentId: 'b', instrumentVersion: 1, title: 'B' },
      ],
      eligible: [{ band: '8-11' as const, eligible: 40, countedOn: '2026-02-28' }],
    };
    expect(eligibleRows(wave, '2026-03-05')).toEqual([
      { band: '4-7', eligible: '', countedOn: '2026-03-05' },
      { band: '8-11', eligible: '40', countedOn: '2026-02-28' },
    ]);
  });
});

describe('checkEligible', () => {
  it('sends the bands that have a number, and leaves out the empty ones', () => {
    expect(
      checkEligible([
        { band: '4-7', eligible: '', countedOn: '2026-03-05' },
        { band: '8-11', eligible: ' 40 ', countedOn: '2026-02-28' },
        { band: '16-25', eligible: '0', countedOn: '2026-02-28' },
      ]),
    ).toEqual({
      problems: {},
      counts: [
        { band: '8-11', eligible: 40, countedOn: '2026-02-28' },
        { band: '16-25', eligible: 0, countedOn: '2026-02-28' },
      ],
    });
  });

  it('wants whole numbers and a real counting date, named by band', () => {
    expect(checkEligible([{ band: '8-11', eligible: '12.5', countedOn: '' }])).toEqual({
      problems: { '8-11.eligible': 'Enter a whole number, such as 40.', '8-11.countedOn': 'Enter the date the children were counted.' },
      counts: null,
    });
    expect(checkEligible([{ band: '4-7', eligible: '-3', countedOn: '2026-02-28' }]).counts).toBeNull();
  });
});

describe('eligibleFieldFor', () => {
  it("names the server's problem by the band it was about", () => {
    const sent = [
      { band: '8-11' as const, eligible: 40, countedOn: '2026-02-28' },
      { band: '16-25' as const, eligible: 9, countedOn: '2026-02-28' },
    ];
    expect(eligibleFieldFor('counts.1.countedOn', sent)).toBe('16-25.countedOn');
    expect(eligibleFieldFor('counts.5.eligible', sent)).toBe('counts.5.eligible');
    expect(eligibleFieldFor('counts', sent)).toBe('counts');
  });
});
