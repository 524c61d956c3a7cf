import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS, resolveOptions } from './options.ts';
import { judgeDifference } from './verdict.ts';

describe('bright spot / area for improvement rule', () => {
  const defaults = DEFAULT_REPORT_OPTIONS;

  it('needs significance AND a difference of at least 10 points', () => {
    expect(judgeDifference('positive', 15, 0.01, defaults)).toEqual({ significant: true, verdict: 'better' });
    expect(judgeDifference('positive', -15, 0.01, defaults)).toEqual({ significant: true, verdict: 'worse' });
  });

  it('does not call a 12-point difference with p = 0.2 a bright spot', () => {
    expect(judgeDifference('positive', 12, 0.2, defaults)).toEqual({ significant: false, verdict: 'no_difference' });
  });

  it('does not call a 9-point difference with p = 0.001 a bright spot either', () => {
    expect(judgeDifference('positive', 9, 0.001, defaults)).toEqual({ significant: true, verdict: 'no_difference' });
  });

  it('counts exactly 10 points despite floating point (60% - 50% = 9.999999999999998)', () => {
    expect(judgeDifference('positive', (0.6 - 0.5) * 100, 0.001, defaults).verdict).toBe('better');
  });

  it('treats p exactly at alpha as not significant', () => {
    expect(judgeDifference('positive', 20, 0.05, defaults).significant).toBe(false);
  });

  it('reads direction from the measure: a lower worrying share is better', () => {
    expect(judgeDifference('worrying', -20, 0.001, defaults).verdict).toBe('better');
    expect(judgeDifference('worrying', 20, 0.001, defaults).verdict).toBe('worse');
  });

  it('uses configured thresholds', () => {
    const strict = resolveOptions({ alpha: 0.01, minDifferencePoints: 20 });
    expect(judgeDifference('positive', 15, 0.001, strict).verdict).toBe('no_difference');
    expect(judgeDifference('positive', 25, 0.02, strict).verdict).toBe('no_difference');
    expect(judgeDifference('positive', 25, 0.005, strict).verdict).toBe('better');
    const loose = resolveOptions({ alpha: 0.25, minDifferencePoints: 5 });
    expect(judgeDifference('positive', 12, 0.2, loose).verdict).toBe('better');
    expect(judgeDifference('positive', 9, 0.001, loose).verdict).toBe('better');
  });

  it('refuses nonsensical options', () => {
    expect(() => resolveOptions({ alpha: 0 })).toThrow(/alpha/);
    expect(() => resolveOptions({ minCount: 2.5 })).toThrow(/minCount/);
    expect(() => resolveOptions({ absoluteWorrying: { minShare: 2, minBase: 10 } })).toThrow(/minShare/);
  });
});
