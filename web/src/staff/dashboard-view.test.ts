import { describe, expect, it } from 'vitest';
import { bandProgress, bandStatus, chartModel, percent, targetResponses, timeLeft } from './dashboard-view.ts';
import type { DashboardBand } from './staff-types.ts';

const shown: DashboardBand = {
  band: '8-11',
  responses: { value: 12, display: '12' },
  eligible: 40,
  rate: 0.3,
  rateShown: true,
  targetRate: 0.3,
  onTarget: true,
};
const suppressed: DashboardBand = {
  band: '4-7',
  responses: { value: null, display: 'fewer than 5' },
  eligible: 20,
  rate: null,
  rateShown: false,
  targetRate: 0.3,
  onTarget: false,
};

describe('bandProgress', () => {
  it('says responses against eligible and target', () => {
    expect(bandProgress(shown)).toBe('12 of 40 (30%) — target 30%');
  });

  it('shows a suppressed count as the server words it, with no rate', () => {
    expect(bandProgress(suppressed)).toBe('fewer than 5 of 20 — target 30%');
    // Even if a rate slipped through, it is not shown beside a suppressed count.
    expect(bandProgress({ ...suppressed, rate: 0.15, rateShown: true })).toBe('fewer than 5 of 20 — target 30%');
  });

  it('words a count hidden to protect another without "of"', () => {
    expect(bandProgress({ ...shown, responses: { value: null, display: 'not shown' }, rate: null, rateShown: false })).toBe(
      'not shown (40 eligible) — target 30%',
    );
  });

  it('shows zero as zero', () => {
    expect(bandProgress({ ...shown, responses: { value: 0, display: '0' }, rate: 0 })).toBe('0 of 40 (0%) — target 30%');
  });

  it('says when the eligible number is still to be entered', () => {
    expect(bandProgress({ ...shown, eligible: null, rate: null, rateShown: false })).toBe('12 responses — eligible number not entered yet — target 30%');
  });
});

describe('bandStatus', () => {
  it('says on or below target only when the rate is shown', () => {
    expect(bandStatus(shown)).toBe('on_target');
    expect(bandStatus({ ...shown, onTarget: false })).toBe('below_target');
    expect(bandStatus(suppressed)).toBe('unknown');
  });
});

describe('targetResponses', () => {
  it('rounds up, without floating-point surprises', () => {
    expect(targetResponses(40, 0.3)).toBe(12);
    expect(targetResponses(41, 0.3)).toBe(13);
    expect(targetResponses(null, 0.3)).toBeNull();
    expect(targetResponses(0, 0.3)).toBeNull();
  });
});

describe('chartModel', () => {
  it('draws no box up to 5 for a count hidden for another reason', () => {
    const model = chartModel([{ ...shown, responses: { value: null, display: 'not shown' } }]);
    expect(model).toMatchObject({ values: [null], hidden: ['not shown'], belowFive: [false] });
  });

  it('gives a suppressed band no value to draw', () => {
    expect(chartModel([shown, suppressed])).toEqual({
      labels: ['Ages 8 to 11', 'Ages 4 to 7'],
      values: [12, null],
      hidden: [null, 'fewer than 5'],
      belowFive: [false, true],
      targets: [12, 6],
    });
  });
});

describe('timeLeft', () => {
  it('counts the days left while open', () => {
    expect(timeLeft('open', 12, '2026-03-02', '2026-04-27')).toBe('12 days left (closes Monday 27 April 2026)');
    expect(timeLeft('open', 1, '2026-03-02', '2026-04-27')).toMatch(/^1 day left/);
    expect(timeLeft('open', 0, '2026-03-02', '2026-04-27')).toBe('Last day today');
  });

  it('says when a wave opens or closed', () => {
    expect(timeLeft('not_yet_open', 60, '2026-03-02', '2026-04-27')).toBe('Opens on Monday 2 March 2026');
    expect(timeLeft('closed', 0, '2026-03-02', '2026-04-27')).toBe('Closed on Monday 27 April 2026');
  });
});

describe('percent', () => {
  it('rounds to a whole percentage', () => {
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(0.3)).toBe('30%');
  });
});
