import type { ReportOptions } from './options.ts';

/** Which end of an item an indicator counts: the share giving the positive answer, or the worrying one. */
export type Measure = 'positive' | 'worrying';

/** What a comparison found, once both thresholds are applied. */
export type Verdict = 'better' | 'worse' | 'no_difference';

/** Differences are computed in floating point: 60% - 50% is 9.999999999999998 points. */
const POINTS_TOLERANCE = 1e-9;

/**
 * The bright-spot / area-for-improvement rule for one comparison. A difference counts only when
 * it is statistically significant (p < alpha) AND at least `minDifferencePoints` percentage
 * points: a 12-point difference with p = 0.2 is not one, nor is a 9-point difference with
 * p = 0.001. Direction depends on the measure: better is a higher positive share or a lower
 * worrying share. `differencePoints` is this council's share minus the comparison, in points.
 */
export function judgeDifference(
  measure: Measure,
  differencePoints: number,
  pValue: number,
  options: Pick<ReportOptions, 'alpha' | 'minDifferencePoints'>,
): { significant: boolean; verdict: Verdict } {
  const significant = pValue < options.alpha;
  const large = Math.abs(differencePoints) >= options.minDifferencePoints - POINTS_TOLERANCE && differencePoints !== 0;
  if (!significant || !large) return { significant, verdict: 'no_difference' };
  const higher = differencePoints > 0;
  return { significant, verdict: higher === (measure === 'positive') ? 'better' : 'worse' };
}
