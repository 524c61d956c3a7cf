/**
 * The report model over a small scenario worked by hand. Council A's 2025 wave has three bands;
 * three other councils (B, C, D) took part in the same round; A has a 2024 wave.
 *
 * 8-11 (32 responses, 80 eligible):
 *   feel_safe    always 25, most 3, sometimes 2, never 0, don't know 0, rather not say 1
 *                base 30; positive (always) 25 = 83.3%; worrying (not always) 5 = 16.7%
 *   good_friend  yes 12, no 8: base 20; positive 60%, worrying 40%
 *   have_a_say   always 3, most 2, sometimes 4, never 1: base 10; positive 5 = 50%; worrying 1
 * 16-25 (4 responses, 40 eligible): ons_life_satisfaction '3' 2, '8' 1, rather not say 1: base 3
 * 4-7 (6 responses, eligible not entered): no items
 * Others, 8-11: feel_safe always 700+700+600 = 2000 of 1200+1200+1100 = 3500 (D's 50 "don't
 * know" are outside the base); good_friend yes 150 of 400.
 * A 2024, 8-11: have_a_say always 5, never 5 (same answers); feel_safe asked without "don't know".
 */
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from './build-report.ts';
import type { InstrumentItem } from './instrument-items.ts';
import type { Figure } from './suppression.ts';
import { talliesFromResponses, type AnswerTally, type ResponseForTally, type ResponseTally, type Tallies } from './tallies.ts';
import { Z_95 } from './wilson.ts';

const ALWAYS_NEVER = ['always', 'most_of_the_time', 'sometimes', 'never', 'dont_know', 'rather_not_say'];
const YES_NO = ['yes', 'no', 'dont_know', 'rather_not_say'];
const ZERO_TO_TEN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'dont_know', 'rather_not_say'];

const items811: InstrumentItem[] = [
  { itemId: 'feel_safe', codes: ALWAYS_NEVER },
  { itemId: 'good_friend', codes: YES_NO },
  { itemId: 'have_a_say', codes: ALWAYS_NEVER },
];

function answers(council: string, wave: string, band: AnswerTally['band'], itemId: string, counts: Record<string, number>): AnswerTally[] {
  return Object.entries(counts).map(([code, count]) => ({ councilId: council, waveId: wave, band, itemId, code, count }));
}

const responseTallies: ResponseTally[] = [
  { councilId: 'A', waveId: 'a-2025', band: '4-7', responses: 6 },
  { councilId: 'A', waveId: 'a-2025', band: '8-11', responses: 32 },
  { councilId: 'A', waveId: 'a-2025', band: '16-25', responses: 4 },
  { councilId: 'A', waveId: 'a-2024', band: '8-11', responses: 12 },
  { councilId: 'B', waveId: 'b-2025', band: '8-11', responses: 1200 },
  { councilId: 'C', waveId: 'c-2025', band: '8-11', responses: 1200 },
  { councilId: 'D', waveId: 'd-2025', band: '8-11', responses: 1150 },
  { councilId: 'B', waveId: 'b-2024', band: '8-11', responses: 1 },
];

const answerTallies: AnswerTally[] = [
  ...answers('A', 'a-2025', '8-11', 'feel_safe', { always: 25, most_of_the_time: 3, sometimes: 2, rather_not_say: 1 }),
  ...answers('A', 'a-2025', '8-11', 'good_friend', { yes: 12, no: 8 }),
  ...answers('A', 'a-2025', '8-11', 'have_a_say', { always: 3, most_of_the_time: 2, sometimes: 4, never: 1 }),
  ...answers('A', 'a-2025', '16-25', 'ons_life_satisfaction', { '3': 2, '8': 1, rather_not_say: 1 }),
  ...answers('A', 'a-2024', '8-11', 'have_a_say', { always: 5, never: 5 }),
  ...answers('A', 'a-2024', '8-11', 'feel_safe', { always: 8, never: 2 }),
  ...answers('B', 'b-2025', '8-11', 'feel_safe', { always: 700, most_of_the_time: 500 }),
  ...answers('C', 'c-2025', '8-11', 'feel_safe', { always: 700, sometimes: 500 }),
  ...answers('D', 'd-2025', '8-11', 'feel_safe', { always: 600, never: 500, dont_know: 50 }),
  ...answers('B', 'b-2025', '8-11', 'good_friend', { yes: 50, no: 100 }),
  ...answers('C', 'c-2025', '8-11', 'good_friend', { yes: 50, no: 100 }),
  ...answers('D', 'd-2025', '8-11', 'good_friend', { yes: 50, no: 50 }),
  // another wave of B's: not the same round, so never pooled
  ...answers('B', 'b-2024', '8-11', 'feel_safe', { always: 1 }),
];

function input(tallies: Tallies, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    council: { id: 'A', name: 'Council A' },
    wave: { id: 'a-2025', label: '2025' },
    bands: [
      { band: '16-25', eligible: 40, items: [{ itemId: 'ons_life_satisfaction', codes: ZERO_TO_TEN }] },
      { band: '8-11', eligible: 80, items: items811 },
      { band: '4-7', eligible: null, items: [] },
    ],
    previousWave: {
      id: 'a-2024',
      label: '2024',
      bands: [
        {
          band: '8-11',
          items: [
            { itemId: 'feel_safe', codes: ['always', 'most_of_the_time', 'sometimes', 'never', 'rather_not_say'] },
            { itemId: 'have_a_say', codes: ALWAYS_NEVER },
          ],
        },
        { band: '16-25', items: [{ itemId: 'ons_life_satisfaction', codes: ZERO_TO_TEN }] },
      ],
    },
    otherCouncilWaveIds: ['b-2025', 'c-2025', 'd-2025'],
    tallies,
    referenceValues: [
      {
        id: 'gp-16-24-low-life-satisfaction',
        itemId: 'ons_life_satisfaction',
        measure: 'worrying',
        bands: ['16-25'],
        value: 0.03,
        finding: 'low life satisfaction',
        ageRange: '16-24',
        source: 'ONS figures for 16-24 year olds, as quoted by the Bright Spots programme',
        year: null,
        verified: false,
        note: 'A person must confirm.',
      },
      {
        id: 'test-made-up-good-friend',
        itemId: 'good_friend',
        measure: 'positive',
        bands: ['8-11'],
        value: 0.91,
        finding: 'a made-up figure for this test',
        ageRange: '8-10',
        source: 'test fixture',
        year: 2020,
        verified: true,
      },
    ],
    ...overrides,
  };
}

const shown = (value: number): Figure => ({ suppressed: false, value });
const small = { suppressed: true, reason: 'count_below_5' } as const;

/** The closed form as usually printed: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n). */
function wilsonByHand(k: number, n: number): [number, number] {
  const z = Z_95;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return [centre - half, centre + half];
}

const report = buildReport(input({ responses: responseTallies, answers: answerTallies }));
const band = (b: string) => report.bands.find((x) => x.band === b)!;
const itemOf = (b: string, id: string) => band(b).domains.flatMap((d) => d.items).find((i) => i.itemId === id)!;
const indicator = (b: string, id: string, m: 'positive' | 'worrying') => itemOf(b, id).indicators.find((i) => i.measure === m)!;

describe('the report model, worked by hand', () => {
  it('is versioned plain JSON', () => {
    expect(report.modelVersion).toBe(1);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.council).toEqual({ id: 'A', name: 'Council A' });
    expect(report.previousWave).toEqual({ id: 'a-2024', label: '2024' });
  });

  it('gives response rates per band against eligible and the 30% target, with suppression', () => {
    expect(report.responseRates).toEqual({
      targetRate: 0.3,
      bands: [
        { band: '4-7', responses: shown(6), eligibleEntered: false, eligible: null, rate: null, meetsTarget: null },
        { band: '8-11', responses: shown(32), eligibleEntered: true, eligible: shown(80), rate: shown(0.4), meetsTarget: true },
        // 4 responses: fewer than 5; the overall total (42) would give it away, so it goes too
        { band: '16-25', responses: small, eligibleEntered: true, eligible: shown(40), rate: small, meetsTarget: null },
      ],
      overall: { responses: { suppressed: true, reason: 'secondary' }, eligibleEntered: false, eligible: null, rate: null, meetsTarget: null },
    });
  });

  it('groups items by domain in the 4 Rs order, keeping background and free text out', () => {
    expect(band('8-11').domains.map((d) => [d.domain, d.items.map((i) => i.itemId)])).toEqual([
      ['relationships', ['good_friend']],
      ['rights', ['have_a_say']],
      ['recovery', ['feel_safe']],
    ]);
    expect(band('8-11').commentsMayBeShown).toBe(true);
    expect(band('16-25').commentsMayBeShown).toBe(false);
    expect(band('4-7').domains).toEqual([]);
  });

  it('computes figures, bases and set-aside answers for feel_safe', () => {
    const it = itemOf('8-11', 'feel_safe');
    expect(it.answers.map((a) => [a.code, a.count, a.inBase])).toEqual([
      ['always', shown(25), true],
      ['most_of_the_time', small, true],
      ['sometimes', small, true],
      ['never', small, true],
      ['dont_know', small, false],
      ['rather_not_say', small, false],
    ]);
    expect(it.base).toEqual(shown(30)); // 31 answered, less 1 "rather not say"
    expect(it.dontKnow).toEqual(small);
    expect(it.ratherNotSay).toEqual(small);
    expect(it.notApplicable).toBeNull();
    expect(it.wellbeing).toBe(true);

    const pos = indicator('8-11', 'feel_safe', 'positive');
    expect(pos.id).toBe('8-11/feel_safe/positive');
    expect(pos.codes).toEqual(['always']);
    expect(pos.count).toEqual(shown(25));
    expect(pos.share).toEqual(shown(25 / 30));
    const [lo, hi] = wilsonByHand(25, 30);
    expect(pos.interval.suppressed).toBe(false);
    if (!pos.interval.suppressed) {
      expect(pos.interval.lower).toBeCloseTo(lo, 12);
      expect(pos.interval.upper).toBeCloseTo(hi, 12);
    }
    const wor = indicator('8-11', 'feel_safe', 'worrying');
    expect(wor.codes).toEqual(['most_of_the_time', 'sometimes', 'never']);
    expect(wor.share).toEqual(shown(5 / 30));
  });

  it('compares with other councils pooled by Fisher\'s exact test, excluding their "don\'t know"s', () => {
    const c = indicator('8-11', 'feel_safe', 'positive').comparisons.otherCouncils;
    expect(c).toMatchObject({ comparable: true, verdict: 'better', test: 'fisher_exact', comparedWith: 2000 / 3500, comparedBase: 3500, significant: true });
    if (c.verdict !== 'better') throw new Error('unreachable');
    // scipy 1.17.1: scipy.stats.fisher_exact([[25,5],[2000,1500]]).pvalue
    expect(c.pValue).toBeCloseTo(0.004547494204262596, 12);
    expect(c.differencePoints).toBeCloseTo((25 / 30 - 2000 / 3500) * 100, 12); // 26.19 points
    // the worrying end says the same: 16.7% against 42.9%
    expect(indicator('8-11', 'feel_safe', 'worrying').comparisons.otherCouncils).toMatchObject({ verdict: 'better', comparedWith: 1500 / 3500 });
  });

  it('does not call a 22.5-point difference with p = 0.058 a bright spot', () => {
    const c = indicator('8-11', 'good_friend', 'positive').comparisons.otherCouncils;
    // scipy 1.17.1: scipy.stats.fisher_exact([[12,8],[150,250]]).pvalue
    expect(c).toMatchObject({ verdict: 'no_difference', significant: false, comparedWith: 150 / 400, comparedBase: 400 });
    if (c.verdict === 'no_difference') {
      expect(c.pValue).toBeCloseTo(0.05839568912113907, 12);
      expect(c.differencePoints).toBeCloseTo(22.5, 12);
    }
  });

  it('compares with the general population by the exact binomial test, citing the source', () => {
    const c = indicator('8-11', 'good_friend', 'positive').comparisons.generalPopulation;
    expect(c).toMatchObject({ verdict: 'worse', test: 'binomial_exact', comparedWith: 0.91, comparedBase: null, reference: { id: 'test-made-up-good-friend', year: 2020 } });
    // scipy 1.17.1: scipy.stats.binomtest(12, 20, 0.91).pvalue
    if (c.verdict === 'worse') expect(c.pValue).toBeCloseTo(0.0002006765742766528, 14);
    expect(indicator('8-11', 'good_friend', 'worrying').comparisons.generalPopulation).toEqual({ comparable: false, verdict: 'not_comparable', reason: 'no_reference_value' });
  });

  it('compares with last year only for the same question with the same answers', () => {
    expect(indicator('8-11', 'feel_safe', 'positive').comparisons.previousWave).toEqual({ comparable: false, verdict: 'not_comparable', reason: 'different_answer_scale' });
    expect(indicator('8-11', 'good_friend', 'positive').comparisons.previousWave).toEqual({ comparable: false, verdict: 'not_comparable', reason: 'not_asked_last_year' });
    // have_a_say: 5 of 10 now, 5 of 10 then; scipy 1.17.1: fisher_exact([[5,5],[5,5]]).pvalue = 1.0
    expect(indicator('8-11', 'have_a_say', 'positive').comparisons.previousWave).toEqual({
      comparable: true,
      verdict: 'no_difference',
      test: 'fisher_exact',
      comparedWith: 0.5,
      comparedBase: 10,
      differencePoints: 0,
      pValue: 1,
      significant: false,
    });
    const noPrevious = buildReport(input({ responses: responseTallies, answers: answerTallies }, { previousWave: null }));
    const ind = noPrevious.bands[1]!.domains[1]!.items[0]!.indicators[0]!;
    expect(ind.comparisons.previousWave).toEqual({ comparable: false, verdict: 'not_comparable', reason: 'no_previous_wave' });
  });

  it('hides a small share and every comparison made with it', () => {
    const wor = indicator('8-11', 'have_a_say', 'worrying');
    expect(wor.count).toEqual(small);
    expect(wor.share).toEqual(small);
    expect(wor.interval).toEqual(small);
    expect(wor.comparisons.previousWave).toEqual({ comparable: true, verdict: 'suppressed', reason: 'count_below_5' });
    expect(wor.comparisons.otherCouncils).toEqual({ comparable: false, verdict: 'not_comparable', reason: 'no_other_councils' });
    // positive 5 of 10 is shown: the worrying 1 cannot be worked out because the middle answer ("sometimes") is hidden too
    expect(indicator('8-11', 'have_a_say', 'positive').share).toEqual(shown(0.5));
  });

  it('withholds shares whose base is below 10', () => {
    const it = itemOf('16-25', 'ons_life_satisfaction');
    expect(it.base).toEqual(small);
    for (const ind of it.indicators) expect(ind.share).toEqual({ suppressed: true, reason: 'base_below_10' });
    // the low life satisfaction figure applies, but a share on a base of 3 is never compared
    expect(indicator('16-25', 'ons_life_satisfaction', 'worrying').comparisons.generalPopulation).toEqual({ comparable: true, verdict: 'suppressed', reason: 'base_below_10' });
    expect(indicator('16-25', 'ons_life_satisfaction', 'worrying').comparisons.previousWave).toEqual({ comparable: true, verdict: 'suppressed', reason: 'base_below_10' });
    expect(it.indicators.map((i) => i.codes)).toEqual([
      ['7', '8', '9', '10'],
      ['0', '1', '2', '3', '4'],
    ]);
    expect(it.answers.every((a) => a.count.suppressed)).toBe(true);
  });

  it('lists bright spots and areas for improvement, each pointing at its indicator', () => {
    expect(report.brightSpots).toEqual([
      {
        band: '8-11',
        itemId: 'feel_safe',
        summary: itemOf('8-11', 'feel_safe').summary,
        domain: 'recovery',
        evidence: [
          {
            indicatorId: '8-11/feel_safe/positive',
            measure: 'positive',
            basis: 'other_councils',
            share: 25 / 30,
            comparedWith: 2000 / 3500,
            differencePoints: (indicator('8-11', 'feel_safe', 'positive').comparisons.otherCouncils as { differencePoints: number }).differencePoints,
            pValue: (indicator('8-11', 'feel_safe', 'positive').comparisons.otherCouncils as { pValue: number }).pValue,
          },
        ],
      },
    ]);
    expect(report.areasForImprovement).toEqual([
      {
        band: '8-11',
        itemId: 'good_friend',
        summary: itemOf('8-11', 'good_friend').summary,
        domain: 'relationships',
        evidence: [
          expect.objectContaining({ indicatorId: '8-11/good_friend/positive', basis: 'general_population', share: 0.6, comparedWith: 0.91 }),
          // 40% worrying on a base of 20: at or above 25% with at least 10 answers
          { indicatorId: '8-11/good_friend/worrying', measure: 'worrying', basis: 'absolute_worrying', share: 0.4, comparedWith: null, differencePoints: null, pValue: null },
        ],
      },
    ]);
    const ids = new Set(report.bands.flatMap((b) => b.domains.flatMap((d) => d.items.flatMap((i) => i.indicators.map((x) => x.id)))));
    for (const f of [...report.brightSpots, ...report.areasForImprovement]) for (const e of f.evidence) expect(ids.has(e.indicatorId)).toBe(true);
  });

  it('moves findings when the thresholds are configured', () => {
    const t = { responses: responseTallies, answers: answerTallies };
    // 26 points is not 30
    expect(buildReport(input(t, { options: { minDifferencePoints: 30 } })).brightSpots).toEqual([]);
    // p = 0.0045 is not below 0.001
    expect(buildReport(input(t, { options: { alpha: 0.001 } })).brightSpots).toEqual([]);
    // at alpha 0.1, good_friend's 22.5 points (p = 0.058) above other councils becomes a bright spot
    expect(buildReport(input(t, { options: { alpha: 0.1 } })).brightSpots.map((f) => f.itemId)).toEqual(['good_friend', 'feel_safe']);
    // the absolute rule: off, or at 50%
    const off = buildReport(input(t, { options: { absoluteWorrying: null } })).areasForImprovement;
    expect(off[0]!.evidence.map((e) => e.basis)).toEqual(['general_population']);
    const high = buildReport(input(t, { options: { absoluteWorrying: { minShare: 0.5, minBase: 10 } } })).areasForImprovement;
    expect(high[0]!.evidence.map((e) => e.basis)).toEqual(['general_population']);
  });

  it('suppresses the pooled comparison when fewer than the minimum of other councils took part', () => {
    const r = buildReport(input({ responses: responseTallies, answers: answerTallies }, { otherCouncilWaveIds: ['b-2025', 'c-2025'] }));
    const c = r.bands[1]!.domains[2]!.items[0]!.indicators[0]!.comparisons.otherCouncils;
    expect(c).toEqual({ comparable: true, verdict: 'suppressed', reason: 'too_few_councils' });
  });

  it('cites the general-population figures it compares with', () => {
    expect(report.referenceValues.map((r) => [r.id, r.verified])).toEqual([
      ['gp-16-24-low-life-satisfaction', false],
      ['test-made-up-good-friend', true],
    ]);
  });

  it('writes the methods text from the options in force', () => {
    const text = report.methods.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('No count below 5 is shown');
    expect(text).toContain('fewer than 10 children answered');
    expect(text).toContain('at least 10 percentage points');
    expect(text).toContain("Fisher's exact test (two-sided)");
    expect(text).toContain('exact binomial test (two-sided)');
    expect(text).toContain('at least 30%');
    expect(text).toContain('25% or more');
    expect(text).toContain('0-4 as low');
    expect(text).toContain('6-10 as high');
    expect(text).toContain('1 of the 2 general population figures');
    const other = buildReport(input({ responses: responseTallies, answers: answerTallies }, { options: { minCount: 10, minBase: 20, minDifferencePoints: 15 } }));
    const otherText = other.methods.flatMap((s) => s.paragraphs).join('\n');
    expect(otherText).toContain('No count below 10 is shown');
    expect(otherText).toContain('fewer than 20 children answered');
    expect(otherText).toContain('at least 15 percentage points');
  });
});

/** Responses that tally to exactly `tallies`, with blanks, free text and unknown keys mixed in. */
function responsesFor(tallies: Tallies): ResponseForTally[] {
  const out: ResponseForTally[] = [];
  const blanks: unknown[] = [null, '', '   ', [], undefined];
  for (const r of tallies.responses) {
    const group = Array.from({ length: r.responses }, (_, i): ResponseForTally => ({
      councilId: r.councilId,
      waveId: r.waveId,
      band: r.band,
      answers: i % 3 === 0 ? { ft_make_life_better: 'a comment naming someone', not_an_item: 'x' } : {},
    }));
    const byItem = new Map<string, AnswerTally[]>();
    for (const a of tallies.answers) {
      if (a.councilId !== r.councilId || a.waveId !== r.waveId || a.band !== r.band) continue;
      byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
    }
    for (const [itemId, rows] of byItem) {
      let next = 0;
      for (const row of rows) for (let c = 0; c < row.count; c++) group[next++]!.answers[itemId] = row.code;
      for (let i = next; i < group.length; i++) group[i]!.answers[itemId] = blanks[i % blanks.length];
    }
    out.push(...group);
  }
  // stored order carries no meaning
  return out.reverse();
}

describe('the same report from responses held in memory', () => {
  it('gives the tallies the SQL path gives, and a deep-equal report', () => {
    const tallies = { responses: responseTallies, answers: answerTallies };
    const fromMemory = talliesFromResponses(responsesFor(tallies));
    const byKey = (a: AnswerTally) => JSON.stringify([a.councilId, a.waveId, a.band, a.itemId, a.code]);
    expect(new Map(fromMemory.answers.map((a) => [byKey(a), a.count]))).toEqual(new Map(answerTallies.map((a) => [byKey(a), a.count])));
    expect(fromMemory.responses).toHaveLength(responseTallies.length);
    // tally rows in another order, as SQL might return them
    const shuffled = { responses: [...responseTallies].reverse(), answers: [...answerTallies].sort((a, b) => (byKey(a) < byKey(b) ? 1 : -1)) };
    expect(buildReport(input(fromMemory))).toEqual(buildReport(input(shuffled)));
    expect(buildReport(input(fromMemory))).toEqual(report);
  });
});
