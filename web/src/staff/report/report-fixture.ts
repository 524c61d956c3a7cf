import type { Comparison, Indicator, ItemResult, ReportModel, StaffReport } from './report-types.ts';

/* A small report as the server would send it, for the view helpers' tests. */

export const OPTIONS: ReportModel['options'] = {
  alpha: 0.05,
  minDifferencePoints: 10,
  absoluteWorrying: { minShare: 0.25, minBase: 10 },
  minCount: 5,
  minBase: 10,
  minOtherCouncils: 3,
  minCommentRespondents: 5,
  targetRate: 0.3,
};

const shown = (value: number) => ({ suppressed: false as const, value });

export const betterThanOthers: Comparison = {
  comparable: true,
  verdict: 'better',
  test: 'fisher_exact',
  comparedWith: 0.45,
  comparedBase: 320,
  differencePoints: 18.333,
  pValue: 0.0123,
  significant: true,
};

export const safeIndicator: Indicator = {
  id: '11-17/feel_safe/positive',
  measure: 'positive',
  codes: ['always', 'mostly'],
  count: shown(19),
  share: shown(19 / 30),
  interval: { suppressed: false, lower: 0.455, upper: 0.781 },
  comparisons: {
    otherCouncils: betterThanOthers,
    previousWave: { comparable: false, verdict: 'not_comparable', reason: 'not_asked_last_year' },
    generalPopulation: {
      comparable: true,
      verdict: 'no_difference',
      test: 'binomial_exact',
      comparedWith: 0.7,
      comparedBase: null,
      differencePoints: -6.67,
      pValue: 0.43,
      significant: false,
      reference: { id: 'ons-safe', finding: 'feel safe', value: 0.7, ageRange: '11-17', source: 'ONS Children’s Wellbeing', year: 2023, verified: true },
    },
  },
};

export const safeItem: ItemResult = {
  itemId: 'feel_safe',
  summary: 'Feels safe where they live',
  domain: 'relationships',
  scale: 'always_never',
  wellbeing: true,
  answers: [
    { code: 'always', label: 'Always', count: shown(12), inBase: true },
    { code: 'mostly', label: 'Most of the time', count: shown(7), inBase: true },
    { code: 'sometimes', label: 'Sometimes', count: { suppressed: true, reason: 'secondary' }, inBase: true },
    { code: 'never', label: 'Never', count: { suppressed: true, reason: 'count_below_5' }, inBase: true },
    { code: 'dont_know', label: "Don't know", count: { suppressed: true, reason: 'count_below_5' }, inBase: false },
  ],
  base: shown(30),
  dontKnow: { suppressed: true, reason: 'count_below_5' },
  ratherNotSay: null,
  notApplicable: null,
  indicators: [safeIndicator],
};

export const lonelyIndicator: Indicator = {
  id: '11-17/lonely/worrying',
  measure: 'worrying',
  codes: ['always', 'often'],
  count: { suppressed: true, reason: 'count_below_5' },
  share: { suppressed: true, reason: 'count_below_5' },
  interval: { suppressed: true, reason: 'count_below_5' },
  comparisons: {
    otherCouncils: { comparable: true, verdict: 'suppressed', reason: 'count_below_5' },
    previousWave: {
      comparable: true,
      verdict: 'worse',
      test: 'fisher_exact',
      comparedWith: 0.1,
      comparedBase: 28,
      differencePoints: 12,
      pValue: 0.04,
      significant: true,
    },
    generalPopulation: { comparable: false, verdict: 'not_comparable', reason: 'no_reference_value' },
  },
};

export const lonelyItem: ItemResult = {
  itemId: 'lonely',
  summary: 'Feels lonely',
  domain: 'wellbeing',
  scale: 'lonely',
  wellbeing: true,
  answers: [
    { code: 'always', label: 'Always', count: { suppressed: true, reason: 'count_below_5' }, inBase: true },
    { code: 'often', label: 'Often', count: { suppressed: true, reason: 'count_below_5' }, inBase: true },
    { code: 'rather_not_say', label: "I'd rather not say", count: shown(6), inBase: false },
  ],
  base: shown(24),
  dontKnow: null,
  ratherNotSay: shown(6),
  notApplicable: null,
  indicators: [lonelyIndicator],
};

/** A fresh copy each time, so a test may change it. */
export function fixtureModel(): ReportModel {
  return structuredClone<ReportModel>({
    modelVersion: 1,
    council: { id: 'c1', name: 'Northshire' },
    wave: { id: 'w2', label: 'Your life 2026' },
    previousWave: { id: 'w1', label: 'Your life 2025' },
    options: OPTIONS,
    methods: [{ title: 'How the survey was run', paragraphs: ['Children answered anonymously.'] }],
    responseRates: {
      targetRate: 0.3,
      bands: [
        { band: '8-11', responses: { suppressed: true, reason: 'count_below_5' }, eligibleEntered: true, eligible: shown(25), rate: { suppressed: true, reason: 'count_below_5' }, meetsTarget: null },
        { band: '11-17', responses: shown(30), eligibleEntered: true, eligible: shown(80), rate: shown(0.375), meetsTarget: true },
        { band: '16-25', responses: shown(12), eligibleEntered: false, eligible: null, rate: null, meetsTarget: null },
      ],
      overall: { responses: { suppressed: true, reason: 'secondary' }, eligibleEntered: false, eligible: null, rate: null, meetsTarget: null },
    },
    bands: [
      {
        band: '11-17',
        responses: shown(30),
        commentsMayBeShown: true,
        domains: [
          { domain: 'relationships', items: [safeItem] },
          { domain: 'wellbeing', items: [lonelyItem] },
        ],
      },
    ],
    brightSpots: [
      {
        band: '11-17',
        itemId: 'feel_safe',
        summary: 'Feels safe where they live',
        domain: 'relationships',
        evidence: [
          { indicatorId: '11-17/feel_safe/positive', measure: 'positive', basis: 'other_councils', share: 19 / 30, comparedWith: 0.45, differencePoints: 18.333, pValue: 0.0123 },
        ],
      },
    ],
    areasForImprovement: [
      {
        band: '11-17',
        itemId: 'lonely',
        summary: 'Feels lonely',
        domain: 'wellbeing',
        evidence: [{ indicatorId: '11-17/lonely/worrying', measure: 'worrying', basis: 'absolute_worrying', share: 0.3, comparedWith: null, differencePoints: null, pValue: null }],
      },
    ],
    referenceValues: [],
  });
}

export function fixtureReport(): StaffReport {
  return {
    model: fixtureModel(),
    whatChildrenSaid: [
      {
        band: '11-17',
        mayBeShown: true,
        themes: [
          { themeId: 't1', label: 'Family time', comments: shown(7) },
          { themeId: 't2', label: 'School', comments: { suppressed: true, reason: 'count_below_5' } },
          { themeId: 't3', label: 'Social workers', comments: shown(11) },
        ],
        quotes: [{ id: 'q1', itemId: 'one_change', question: 'One thing to change', text: 'More time with my [name].' }],
      },
    ],
    youSaid: [
      { id: 'y1', band: '11-17', itemId: 'lonely', youSaid: 'Some of you feel lonely.', weWill: 'Start a weekly youth club.' },
      { id: 'y2', band: null, itemId: null, youSaid: 'You want to see your social worker more.', weWill: 'Visit at least every six weeks.' },
    ],
    childPages: [
      { band: '11-17', published: true },
      { band: '16-25', published: false },
    ],
  };
}
