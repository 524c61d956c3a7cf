import type { AgeBand, Domain } from '@you-said/surveys';
import type { ReportOptions } from './options.ts';
import type { Figure, SuppressionReason } from './suppression.ts';
import type { Measure } from './verdict.ts';

/** The version of the report model's shape. Bump it when a consumer would have to change. */
export const MODEL_VERSION = 1;

/**
 * The annual report for one council's wave, as plain JSON: everything the web page, the PDF and
 * the exports draw, already suppressed. Shares, intervals and differences are unrounded
 * (0.8 = 80%; differences in percentage points); consumers round for display.
 */
export interface ReportModel {
  modelVersion: typeof MODEL_VERSION;
  council: { id: string; name: string };
  wave: { id: string; label: string };
  previousWave: { id: string; label: string } | null;
  /** the thresholds in force (the defaults with any overrides) */
  options: ReportOptions;
  /** "How the survey was run and how to read the figures", written from `options` */
  methods: MethodsSection[];
  responseRates: ResponseRates;
  bands: BandResults[];
  /** significantly and substantially better than a comparison */
  brightSpots: Finding[];
  /** significantly and substantially worse than a comparison, or worrying in absolute terms */
  areasForImprovement: Finding[];
  /** the general-population figures the report compares with, with their sources */
  referenceValues: ReferenceCitation[];
}

export interface MethodsSection {
  title: string;
  paragraphs: string[];
}

export interface ResponseRates {
  /** the wave's target (0.3 = 30%) */
  targetRate: number;
  bands: ResponseRate[];
  /** all bands together (eligible and rate only when every band's eligible count was entered) */
  overall: Omit<ResponseRate, 'band'>;
}

export interface ResponseRate {
  band: AgeBand;
  /** completed responses */
  responses: Figure;
  /** false when the council has not entered an eligible count: `eligible`, `rate` and `meetsTarget` are then null */
  eligibleEntered: boolean;
  eligible: Figure | null;
  /** responses / eligible */
  rate: Figure | null;
  /** null when the rate is not shown */
  meetsTarget: boolean | null;
}

export interface BandResults {
  band: AgeBand;
  responses: Figure;
  /**
   * At least `minCommentRespondents` children completed the survey in this band. Necessary, not
   * sufficient: each free-text question also needs `mayShowComments(children who answered it)`.
   */
  commentsMayBeShown: boolean;
  domains: DomainResults[];
}

export interface DomainResults {
  domain: Domain;
  items: ItemResult[];
}

export interface ItemResult {
  itemId: string;
  /** neutral wording for staff and panel reports */
  summary: string;
  domain: Domain;
  scale: string;
  /** counts towards a wellbeing score; family contact and bullying never do */
  wellbeing: boolean;
  /** every answer the question offers, in its order */
  answers: AnswerCount[];
  /** answers counted in the shares: all but "don't know", "rather not say" and "does not apply" */
  base: Figure;
  /** null when the question does not offer the answer */
  dontKnow: Figure | null;
  ratherNotSay: Figure | null;
  notApplicable: Figure | null;
  /** the positive and/or worrying share (none for an item with neither end, e.g. "has a pet") */
  indicators: Indicator[];
}

export interface AnswerCount {
  code: string;
  label: string;
  count: Figure;
  /** false for "don't know", "rather not say" and "does not apply": reported, not in the base */
  inBase: boolean;
}

export interface Indicator {
  /** `${band}/${itemId}/${measure}`: findings point here */
  id: string;
  measure: Measure;
  /** the answer codes this share counts */
  codes: string[];
  count: Figure;
  /** count / base */
  share: Figure;
  /** Wilson 95% interval of the share */
  interval: { suppressed: false; lower: number; upper: number } | { suppressed: true; reason: SuppressionReason };
  comparisons: {
    otherCouncils: Comparison;
    previousWave: Comparison;
    generalPopulation: Comparison;
  };
}

export type NotComparableReason =
  | 'no_previous_wave'
  | 'not_asked_last_year'
  | 'different_answer_scale'
  | 'no_other_councils'
  | 'no_reference_value';

export type Comparison =
  | {
      comparable: true;
      verdict: 'better' | 'worse' | 'no_difference';
      test: 'fisher_exact' | 'binomial_exact';
      /** the comparison's share */
      comparedWith: number;
      /** its base (null for a general-population figure) */
      comparedBase: number | null;
      /** this council's share minus the comparison, in percentage points */
      differencePoints: number;
      pValue: number;
      significant: boolean;
      /** for the general population: which figure, from where */
      reference?: ReferenceCitation;
    }
  | { comparable: true; verdict: 'suppressed'; reason: SuppressionReason }
  | { comparable: false; verdict: 'not_comparable'; reason: NotComparableReason };

export interface ReferenceCitation {
  id: string;
  finding: string;
  value: number;
  ageRange: string;
  source: string;
  year: number | null;
  verified: boolean;
  note?: string;
}

/** One item in one band that is a bright spot or an area for improvement, with the figures behind it. */
export interface Finding {
  band: AgeBand;
  itemId: string;
  summary: string;
  domain: Domain;
  evidence: Evidence[];
}

export interface Evidence {
  /** the indicator the figures come from (`ItemResult.indicators[].id`) */
  indicatorId: string;
  measure: Measure;
  basis: 'other_councils' | 'previous_wave' | 'general_population' | 'absolute_worrying';
  share: number;
  /** null for the absolute rule */
  comparedWith: number | null;
  differencePoints: number | null;
  pValue: number | null;
}
