/** A two-sided confidence interval for a proportion, as fractions between 0 and 1. */
export interface Interval {
  lower: number;
  upper: number;
}

/** The standard normal quantile for a two-sided 95% interval: scipy.special.ndtri(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval (95%, no continuity correction) for `k` successes out of `n`.
 *
 * Closed form (Newcombe 1998, as SciPy's `binomtest(k, n).proportion_ci(method='wilson')`):
 * centre (2np + z²) / 2(n + z²), half-width z·sqrt(4npq + z²) / 2(n + z²). Like SciPy, the
 * lower end is exactly 0 when k = 0 and the upper end exactly 1 when k = n (the closed form
 * lands a rounding error away). Chosen over the plain (Wald) interval because it stays inside
 * 0-100% and keeps its coverage with the 10-30 answers a council band typically has.
 */
export function wilsonInterval(k: number, n: number): Interval {
  assertCounts(k, n);
  const z = Z_95;
  const p = k / n;
  const denom = 2 * (n + z * z);
  const centre = (2 * n * p + z * z) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
  return {
    lower: k === 0 ? 0 : centre - delta,
    upper: k === n ? 1 : centre + delta,
  };
}

function assertCounts(k: number, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number >= 1, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`k must be a whole number from 0 to n, got ${k}`);
}
