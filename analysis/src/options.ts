/** The rule for raising an area for improvement on a worrying share alone, whatever the comparisons say. */
export interface AbsoluteWorryingRule {
  /** the worrying share at or above which an item is an area for improvement (0.25 = 25%) */
  minShare: number;
  /** and only when at least this many answers were counted */
  minBase: number;
}

/** Every threshold the report uses. The methods text is written from these, so it never drifts. */
export interface ReportOptions {
  /** significance level for every test (two-sided) */
  alpha: number;
  /** the smallest difference, in percentage points, that counts as a bright spot or an area for improvement */
  minDifferencePoints: number;
  /** raise an area for improvement on a high worrying share alone; null turns the rule off */
  absoluteWorrying: AbsoluteWorryingRule | null;
  /** the smallest count shown; every count below it, 0 included, shows as "fewer than N" */
  minCount: number;
  /** the smallest base a share is shown for */
  minBase: number;
  /** the fewest other councils a pooled comparison may come from (fewer could show one council's figure) */
  minOtherCouncils: number;
  /** the fewest children in a band who answered a free-text question before any of their words are quoted */
  minCommentRespondents: number;
  /** the response rate the programme asks for, used when the wave sets none */
  targetRate: number;
}

/** The defaults: 5% significance, 10 points, 25% worrying on a base of 10, counts below 5 and bases below 10 hidden. */
export const DEFAULT_REPORT_OPTIONS: Readonly<ReportOptions> = Object.freeze({
  alpha: 0.05,
  minDifferencePoints: 10,
  absoluteWorrying: Object.freeze({ minShare: 0.25, minBase: 10 }),
  minCount: 5,
  minBase: 10,
  minOtherCouncils: 3,
  minCommentRespondents: 5,
  targetRate: 0.3,
});

/** The defaults with `overrides` applied, checked: a nonsensical threshold throws rather than quietly reporting. */
export function resolveOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  const o: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, ...overrides };
  const problems: string[] = [];
  if (!(o.alpha > 0 && o.alpha < 1)) problems.push('alpha must be between 0 and 1');
  if (!(o.minDifferencePoints >= 0 && o.minDifferencePoints <= 100)) problems.push('minDifferencePoints must be 0 to 100');
  if (!Number.isInteger(o.minCount) || o.minCount < 1) problems.push('minCount must be a whole number >= 1');
  if (!Number.isInteger(o.minBase) || o.minBase < 1) problems.push('minBase must be a whole number >= 1');
  if (!Number.isInteger(o.minOtherCouncils) || o.minOtherCouncils < 1) problems.push('minOtherCouncils must be a whole number >= 1');
  if (!Number.isInteger(o.minCommentRespondents) || o.minCommentRespondents < 1) problems.push('minCommentRespondents must be a whole number >= 1');
  if (!(o.targetRate > 0 && o.targetRate <= 1)) problems.push('targetRate must be above 0 and at most 1');
  if (o.absoluteWorrying !== null) {
    if (!(o.absoluteWorrying.minShare > 0 && o.absoluteWorrying.minShare <= 1)) problems.push('absoluteWorrying.minShare must be above 0 and at most 1');
    if (!Number.isInteger(o.absoluteWorrying.minBase) || o.absoluteWorrying.minBase < 1) problems.push('absoluteWorrying.minBase must be a whole number >= 1');
  }
  if (problems.length > 0) throw new RangeError(`report options: ${problems.join('; ')}`);
  return { ...o, absoluteWorrying: o.absoluteWorrying === null ? null : { ...o.absoluteWorrying } };
}
