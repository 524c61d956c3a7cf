import { logChoose } from './log-factorial.ts';

/**
 * Relative tolerance for "as likely as the observed table". R's fisher.test uses 1e-7; SciPy
 * 1.17 uses 1e-14 with its own pmf. Probabilities here come from log-factorials, whose rounding
 * (around 1e-13 relative) would split mathematically equal tables at 1e-14, so the wider
 * tolerance is the one that gives SciPy's answers.
 */
export const RELATIVE_TOLERANCE = 1e-7;

/**
 * Fisher's exact test, two-sided, for the 2x2 table [[a, b], [c, d]] (rows: the two groups;
 * columns: gave the answer / did not).
 *
 * With the margins fixed, the top-left cell follows a hypergeometric distribution; the p-value
 * is the total probability of every table no more likely than the observed one (probability
 * <= observed × (1 + 1e-7)), the definition SciPy's `fisher_exact` and R's `fisher.test` use.
 * A table with an empty row or column gives 1, as in SciPy.
 */
export function fisherExact(table: readonly [readonly [number, number], readonly [number, number]]): number {
  const [[a, b], [c, d]] = table;
  for (const x of [a, b, c, d]) {
    if (!Number.isInteger(x) || x < 0) throw new RangeError(`a table cell must be a whole number >= 0, got ${x}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const total = row1 + row2;
  if (row1 === 0 || row2 === 0 || col1 === 0 || b + d === 0) return 1;

  // log P(X = x) for X ~ Hypergeometric(total, row1, col1): C(row1, x) C(row2, col1 - x) / C(total, col1)
  const logDenominator = logChoose(total, col1);
  const logPmf = (x: number) => logChoose(row1, x) + logChoose(row2, col1 - x) - logDenominator;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  const threshold = logPmf(a) + Math.log1p(RELATIVE_TOLERANCE);

  let p = 0;
  let everyTable = true;
  for (let x = lo; x <= hi; x++) {
    const lp = logPmf(x);
    if (lp <= threshold) p += Math.exp(lp);
    else everyTable = false;
  }
  // When no table is less extreme the answer is exactly 1 (as SciPy returns), not 1 minus rounding.
  return everyTable ? 1 : Math.min(1, p);
}
