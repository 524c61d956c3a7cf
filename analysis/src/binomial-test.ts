import { logChoose } from './log-factorial.ts';
import { RELATIVE_TOLERANCE } from './fisher-exact.ts';

/**
 * The exact binomial test, two-sided, of `k` successes out of `n` against the proportion `p`,
 * by the "minlike" method of SciPy's `binomtest` (and R's `binom.test`): the p-value is the
 * total probability of every count no more likely than `k` (probability <= P(k) × (1 + 1e-7)).
 * Used against general-population figures, which are fixed proportions rather than samples.
 */
export function binomialTest(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number >= 1, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`k must be a whole number from 0 to n, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, got ${p}`);
  // SciPy's shortcut: the observed count is the expected one.
  if (k === p * n) return 1;
  // Otherwise a count the proportion makes impossible: every other count is more likely.
  if (p === 0 || p === 1) return 0;

  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logPmf = (x: number) => logChoose(n, x) + x * logP + (n - x) * logQ;
  const threshold = logPmf(k) + Math.log1p(RELATIVE_TOLERANCE);

  let total = 0;
  let everyCount = true;
  for (let x = 0; x <= n; x++) {
    const lp = logPmf(x);
    if (lp <= threshold) total += Math.exp(lp);
    else everyCount = false;
  }
  return everyCount ? 1 : Math.min(1, total);
}
