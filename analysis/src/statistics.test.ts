/**
 * The exact tests and the Wilson interval against SciPy. Every expected value below was computed
 * once with SciPy 1.17.1 (Python 3) by `analysis/scripts/scipy-reference.py` and pasted here;
 * the tests never run Python. The call that produced each value is named beside it.
 */
import { describe, expect, it } from 'vitest';
import { binomialTest } from './binomial-test.ts';
import { fisherExact } from './fisher-exact.ts';
import { logFactorial } from './log-factorial.ts';
import { wilsonInterval, Z_95 } from './wilson.ts';

/** Agreement to 1e-9 relative (or 1e-15 absolute near 0): far tighter than any decision needs. */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-15, 1e-9 * Math.abs(expected)));
}

describe('Fisher exact test (two-sided)', () => {
  // [table, p] — each p is scipy 1.17.1: scipy.stats.fisher_exact(table).pvalue
  const cases: [[[number, number], [number, number]], number][] = [
    [[[1, 9], [8, 2]], 0.005477494641581329], // fisher_exact([[1,9],[8,2]])
    [[[3, 12], [20, 25]], 0.12841577699093057], // fisher_exact([[3,12],[20,25]])
    [[[0, 10], [10, 0]], 1.082508822446903e-5], // fisher_exact([[0,10],[10,0]])
    [[[0, 10], [3, 7]], 0.21052631578947367], // fisher_exact([[0,10],[3,7]])
    [[[10, 0], [7, 3]], 0.21052631578947367], // fisher_exact([[10,0],[7,3]])
    [[[1, 0], [0, 1]], 1.0], // fisher_exact([[1,0],[0,1]])
    [[[2, 7], [8, 2]], 0.02301413756522116], // fisher_exact([[2,7],[8,2]])
    [[[12, 8], [150, 250]], 0.05839568912113907], // fisher_exact([[12,8],[150,250]])
    [[[5, 5], [5, 5]], 1.0], // fisher_exact([[5,5],[5,5]])
    [[[7, 3], [3, 7]], 0.1788954079975752], // fisher_exact([[7,3],[3,7]]) — equally likely mirror tables
    [[[17, 3], [1200, 800]], 0.022278135371386284], // fisher_exact([[17,3],[1200,800]])
    [[[1, 19], [60, 140]], 0.016801567483430167], // fisher_exact([[1,19],[60,140]])
    [[[25, 5], [2000, 1500]], 0.004547494204262596], // fisher_exact([[25,5],[2000,1500]])
    [[[0, 20], [50, 950]], 0.6189118868623187], // fisher_exact([[0,20],[50,950]])
  ];
  it.each(cases)('gives SciPy\'s p-value for %j', (table, expected) => {
    expectClose(fisherExact(table), expected);
  });

  // scipy 1.17.1: fisher_exact([[0,5],[0,7]]), ([[5,0],[5,0]]), ([[0,0],[4,6]]), ([[1,0],[0,0]]) all give 1.0
  it.each([
    [[[0, 5], [0, 7]]],
    [[[5, 0], [5, 0]]],
    [[[0, 0], [4, 6]]],
    [[[1, 0], [0, 0]]],
  ] as [[[number, number], [number, number]]][])('gives 1 for a table with an empty row or column: %j', (table) => {
    expect(fisherExact(table)).toBe(1);
  });

  it('is symmetric in the two groups', () => {
    expect(fisherExact([[8, 2], [1, 9]])).toBeCloseTo(fisherExact([[1, 9], [8, 2]]), 14);
  });

  it('refuses a table that is not counts', () => {
    expect(() => fisherExact([[1.5, 2], [3, 4]])).toThrow(RangeError);
    expect(() => fisherExact([[-1, 2], [3, 4]])).toThrow(RangeError);
  });
});

describe('exact binomial test (two-sided, minlike)', () => {
  // [k, n, p, expected] — each expected is scipy 1.17.1: scipy.stats.binomtest(k, n, p).pvalue
  const cases: [number, number, number, number][] = [
    [3, 30, 0.1, 1.0], // binomtest(3, 30, 0.1): k = np
    [0, 10, 0.03, 1.0], // binomtest(0, 10, 0.03): 0 is the most likely count
    [10, 10, 0.91, 1.0], // binomtest(10, 10, 0.91)
    [1, 1, 0.5, 1.0], // binomtest(1, 1, 0.5): n = 1
    [0, 1, 0.17, 1.0], // binomtest(0, 1, 0.17): n = 1
    [1, 1, 0.91, 1.0], // binomtest(1, 1, 0.91): n = 1
    [5, 20, 0.03, 0.0002582229980372261], // binomtest(5, 20, 0.03)
    [12, 20, 0.91, 0.0002006765742766528], // binomtest(12, 20, 0.91)
    [26, 100, 0.03, 2.0388433208416607e-17], // binomtest(26, 100, 0.03)
    [2, 40, 0.025, 0.26422146791942097], // binomtest(2, 40, 0.025)
    [7, 19, 0.17, 0.031005900757303344], // binomtest(7, 19, 0.17)
    [18, 20, 0.91, 0.7000430291315197], // binomtest(18, 20, 0.91)
    [3, 10, 0.3, 1.0], // binomtest(3, 10, 0.3)
    [9, 60, 0.09, 0.11154594589540678], // binomtest(9, 60, 0.09)
    [1, 25, 0.04, 1.0], // binomtest(1, 25, 0.04)
    [40, 50, 0.91, 0.012519810816765987], // binomtest(40, 50, 0.91)
    [200, 1000, 0.1, 3.6756439029037436e-21], // binomtest(200, 1000, 0.1)
    [0, 30, 0.17, 0.006153530332930003], // binomtest(0, 30, 0.17): 0 of n
    [30, 30, 0.5, 1.862645149230957e-9], // binomtest(30, 30, 0.5): n of n
    [9, 20, 0.17, 0.0032694807802074034], // binomtest(9, 20, 0.17)
    [4, 10, 0.09, 0.008833761475982556], // binomtest(4, 10, 0.09)
    [0, 50, 0.1, 0.008373696343230033], // binomtest(0, 50, 0.1): 0 of n
    [20, 20, 0.75, 0.007113353603017462], // binomtest(20, 20, 0.75): n of n
  ];
  it.each(cases)('gives SciPy\'s p-value for %i of %i against %f', (k, n, p, expected) => {
    expectClose(binomialTest(k, n, p), expected);
  });

  it('refuses impossible arguments', () => {
    expect(() => binomialTest(3, 2, 0.5)).toThrow(RangeError);
    expect(() => binomialTest(1, 0, 0.5)).toThrow(RangeError);
    expect(() => binomialTest(1, 2, 1.5)).toThrow(RangeError);
  });
});

describe('Wilson 95% interval', () => {
  it('uses the normal quantile SciPy uses', () => {
    // scipy 1.17.1: scipy.special.ndtri(0.975)
    expect(Z_95).toBe(1.959963984540054);
  });

  // [k, n, lower, upper] — scipy 1.17.1: scipy.stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson');
  // the script also checks the closed form (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n) agrees.
  const cases: [number, number, number, number][] = [
    [0, 10, 0.0, 0.27753279986288926], // 0 of n
    [10, 10, 0.7224672001371109, 1.0], // n of n
    [1, 1, 0.20654931437723745, 1.0], // n = 1
    [0, 1, 0.0, 0.7934506856227626], // n = 1
    [3, 30, 0.034599888747334176, 0.2562108257918408],
    [7, 19, 0.1914951274513508, 0.5896046683519693],
    [15, 20, 0.5312991223812561, 0.8881382985923344],
    [50, 100, 0.4038315303659956, 0.5961684696340044],
    [1, 2, 0.09453120573423074, 0.9054687942657693],
    [96, 97, 0.943895009757101, 0.9981778351917131],
    [12, 13, 0.6668604907890041, 0.9862895787574435],
    [5, 250, 0.008572324384058201, 0.045955643131568594],
    [17, 20, 0.6395811352592431, 0.9476312541037835],
  ];
  it.each(cases)('gives SciPy\'s interval for %i of %i', (k, n, lower, upper) => {
    const ci = wilsonInterval(k, n);
    expectClose(ci.lower, lower);
    expectClose(ci.upper, upper);
  });

  it('is exactly 0 at the bottom for 0 of n and exactly 1 at the top for n of n', () => {
    expect(wilsonInterval(0, 7).lower).toBe(0);
    expect(wilsonInterval(7, 7).upper).toBe(1);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(4, 3)).toThrow(RangeError);
  });
});

describe('log-factorials', () => {
  it('match summed logs across the switch from the table to the series', () => {
    let acc = 0;
    for (let n = 1; n <= 600; n++) {
      acc += Math.log(n);
      expect(Math.abs(logFactorial(n) - acc)).toBeLessThanOrEqual(1e-12 * Math.max(1, acc));
    }
    expect(logFactorial(0)).toBe(0);
  });
});
