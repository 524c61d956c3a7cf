/**
 * Log-factorials for the exact tests. Probabilities of 2x2 tables and binomial counts are
 * products of factorials far beyond floating point range (100! overflows nothing, 200! does),
 * so the tests work with their logarithms and exponentiate only the final term.
 */

/** Exact table below this size (summed logs are accurate to a few ulps there). */
const TABLE_SIZE = 256;

const TABLE: readonly number[] = (() => {
  const out = [0];
  for (let i = 1; i < TABLE_SIZE; i++) out.push(out[i - 1]! + Math.log(i));
  return out;
})();

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(n!) for a whole number n >= 0: from a table below 256, above that from Stirling's series
 * with four correction terms (relative error far below 1e-15 at n >= 256).
 */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial needs a whole number >= 0, got ${n}`);
  if (n < TABLE_SIZE) return TABLE[n]!;
  const inv = 1 / n;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (n + 0.5) * Math.log(n) - n + HALF_LOG_TWO_PI + series;
}

/** ln of the binomial coefficient C(n, k). */
export function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
