import { buildReport, instrumentItemsFor, talliesFromResponses, type ReportModel } from '@you-said/analysis';
import { AGE_BANDS, DONT_KNOW, RATHER_NOT_SAY, REFERENCE_VALUES, compileChecker, findInstrumentVersion, type AnswerChecker } from '@you-said/surveys';
import { describe, expect, it } from 'vitest';
import { COMMENTS_POOL } from './comments-pool.ts';
import { ANSWER_SHAPES, ANSWER_TARGETS, DEMO_SEED, DEMO_WAVE_SLUG, askedQuestions, generateDemoPlatform, respondentModel, simulateAnswers, type DemoPlatform } from './synthetic.ts';

const TODAY = '2026-11-23';
const platform = generateDemoPlatform(DEMO_SEED, TODAY);
const allResponses = (p: DemoPlatform) => p.councils.flatMap((c) => c.waves.flatMap((w) => w.bands.flatMap((b) => b.responses)));
const FREE_TEXT = ['ft_make_life_better', 'ft_good_things', 'ft_anything_else'];

/** The main council's report over the generated responses, built as the server builds it (ids: slugs). */
function mainCouncilReport(p: DemoPlatform): ReportModel {
  const rows = p.councils.flatMap((c) => c.waves.flatMap((w) => w.bands.flatMap((b) => b.responses.map((r) => ({ councilId: c.slug, waveId: w.slug, band: r.band, answers: r.answers })))));
  const main = p.councils.find((c) => c.main)!;
  const [previous, current] = [main.waves.find((w) => w.which === 'previous')!, main.waves.find((w) => w.which === 'current')!];
  return buildReport({
    council: { id: main.slug, name: main.name },
    wave: { id: current.slug, label: current.label },
    bands: current.bands.map((b) => ({ band: b.band, eligible: b.eligible, items: instrumentItemsFor(b.instrumentId, b.instrumentVersion) })),
    previousWave: { id: previous.slug, label: previous.label, bands: previous.bands.map((b) => ({ band: b.band, items: instrumentItemsFor(b.instrumentId, b.instrumentVersion) })) },
    otherCouncilWaveIds: p.councils.filter((c) => !c.main).map((c) => c.waves.find((w) => w.which === 'current')!.slug),
    tallies: talliesFromResponses(rows),
    referenceValues: REFERENCE_VALUES,
  });
}

describe('generateDemoPlatform', () => {
  it('gives exactly the same platform, ids included, for the same seed and date', () => {
    expect(generateDemoPlatform(DEMO_SEED, TODAY)).toEqual(platform);
  });

  it('gives different answers for a different seed', () => {
    const other = generateDemoPlatform(DEMO_SEED + 1, TODAY);
    expect(allResponses(other).map((r) => r.id)).not.toEqual(allResponses(platform).map((r) => r.id));
    expect(allResponses(other).map((r) => r.answers)).not.toEqual(allResponses(platform).map((r) => r.answers));
  });

  it('makes six councils, the demo council first, each with a closed wave last year and a wave this year', () => {
    expect(platform.councils).toHaveLength(6);
    expect(platform.councils[0]).toMatchObject({ slug: 'demo-council', name: 'Demo Council', main: true });
    expect(platform.councils.filter((c) => c.main)).toHaveLength(1);
    expect(new Set(platform.councils.map((c) => c.name)).size).toBe(6);
    for (const c of platform.councils) {
      const [previous, current] = c.waves;
      expect(c.waves.map((w) => w.which)).toEqual(['previous', 'current']);
      expect(Number(previous!.opensOn.slice(0, 4))).toBe(Number(current!.opensOn.slice(0, 4)) - 1);
      expect(previous!.closesOn < TODAY).toBe(true);
      expect(current!.opensOn <= TODAY).toBe(true);
      // the report pools other councils' waves that open in the same calendar year
      expect(current!.opensOn.slice(0, 4)).toBe(platform.councils[0]!.waves[1]!.opensOn.slice(0, 4));
      expect(c.advocacyService).toContain(c.name);
      expect(c.safeguardingSteps.length).toBeGreaterThan(0);
    }
    const slugs = platform.councils.flatMap((c) => c.waves.map((w) => w.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("keeps the demo council's current wave open today, ending in the future, at the /w/demo link", () => {
    const current = platform.councils[0]!.waves[1]!;
    expect(current.slug).toBe(DEMO_WAVE_SLUG);
    expect(current.opensOn < TODAY && TODAY < current.closesOn).toBe(true);
  });

  it("keeps this year's waves in one calendar year and last year's closed, even early in January or on 29 February", () => {
    for (const today of ['2027-01-05', '2028-02-29', '2026-12-31']) {
      const p = generateDemoPlatform(DEMO_SEED, today);
      const current = p.councils.map((c) => c.waves[1]!);
      expect(new Set(current.map((w) => w.opensOn.slice(0, 4))).size).toBe(1);
      expect(current[0]!.opensOn < today && today < current[0]!.closesOn).toBe(true);
      for (const c of p.councils) {
        expect(c.waves[0]!.closesOn < today).toBe(true);
        expect(Number(c.waves[0]!.opensOn.slice(0, 4))).toBe(Number(c.waves[1]!.opensOn.slice(0, 4)) - 1);
        for (const w of c.waves) for (const b of w.bands) for (const r of b.responses) expect(r.submittedOn >= w.opensOn && r.submittedOn <= today).toBe(true);
      }
    }
  });

  it('pins every band of every wave to the newest instrument and dates every response inside its wave, never after today', () => {
    for (const c of platform.councils) {
      for (const w of c.waves) {
        expect(w.bands.map((b) => b.band)).toEqual([...AGE_BANDS]);
        for (const b of w.bands) {
          const latest = respondentModel(b.band).instrument;
          expect([b.instrumentId, b.instrumentVersion]).toEqual([latest.id, latest.version]);
          for (const r of b.responses) {
            expect([r.band, r.instrumentId, r.instrumentVersion]).toEqual([b.band, b.instrumentId, b.instrumentVersion]);
            expect(r.submittedOn >= w.opensOn && r.submittedOn <= w.closesOn && r.submittedOn <= TODAY).toBe(true);
          }
        }
      }
    }
  });

  it('has response rates between 25% and 55% and band sizes like a real council, about 2,000 responses in all', () => {
    const ranges = { '4-7': [10, 30], '8-11': [20, 50], '11-17': [40, 90], '16-25': [30, 80] } as const;
    for (const c of platform.councils) {
      for (const w of c.waves) {
        for (const b of w.bands) {
          const rate = b.responses.length / b.eligible;
          expect(rate).toBeGreaterThanOrEqual(0.25);
          expect(rate).toBeLessThanOrEqual(0.55);
          expect(b.responses.length).toBeGreaterThanOrEqual(ranges[b.band][0]);
          expect(b.responses.length).toBeLessThanOrEqual(ranges[b.band][1]);
        }
      }
    }
    const total = allResponses(platform).length;
    expect(total).toBeGreaterThan(1500);
    expect(total).toBeLessThanOrEqual(2500);
  });

  it("gives every response a distinct UUID and a mode the database accepts", () => {
    const responses = allResponses(platform);
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
    for (const r of responses) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(['own_device', 'with_adult', 'group_session']).toContain(r.mode);
    }
  });

  it("passes every generated answer set through its instrument's compiled checker", () => {
    const checkers = new Map<string, AnswerChecker>();
    const refused: unknown[] = [];
    for (const r of allResponses(platform)) {
      const key = `${r.instrumentId}@${r.instrumentVersion}`;
      let check = checkers.get(key);
      if (!check) {
        check = compileChecker(findInstrumentVersion(r.instrumentId, r.instrumentVersion)!.definition);
        checkers.set(key, check);
      }
      const result = check(r.answers);
      if (!result.ok) refused.push(result.problems);
    }
    expect(refused).toEqual([]);
    expect(checkers.size).toBe(4);
  });

  it('writes comments on about 40% of responses, drawn from the pool', () => {
    const responses = allResponses(platform);
    const withComments = responses.filter((r) => FREE_TEXT.some((q) => typeof r.answers[q] === 'string'));
    expect(withComments.length / responses.length).toBeGreaterThan(0.34);
    expect(withComments.length / responses.length).toBeLessThan(0.46);
    const pool = new Set(COMMENTS_POOL.map((c) => c.text));
    for (const r of withComments) for (const q of FREE_TEXT) if (q in r.answers) expect(pool.has(r.answers[q] as string)).toBe(true);
  });

  it('puts each safeguarding comment in only where it was placed, three of them in the demo wave', () => {
    const flagged = new Set(COMMENTS_POOL.filter((c) => c.safeguarding).map((c) => c.text));
    const found = platform.councils.flatMap((c) =>
      c.waves.flatMap((w) => w.bands.flatMap((b) => b.responses.flatMap((r) => FREE_TEXT.filter((q) => flagged.has(r.answers[q] as string)).map(() => `${c.slug}/${w.which}/${b.band}`)))),
    );
    expect(found.sort()).toEqual(['demo-council/current/11-17', 'demo-council/current/11-17', 'demo-council/current/8-11', 'demo-council/previous/16-25', 'kestrelford/current/16-25']);
  });

  it("uses answers people really give: some \"I don't know\", some \"I'd rather not say\", some questions skipped", () => {
    for (const band of AGE_BANDS) {
      const model = respondentModel(band);
      const choiceQuestions = model.questions.filter((q) => q.kind === 'choice' && q.showIf.length === 0);
      const answers = simulateAnswers(band, 2000, 11);
      let given = 0;
      let dontKnow = 0;
      let ratherNot = 0;
      let skipped = 0;
      for (const a of answers) {
        for (const q of choiceQuestions) {
          if (!(q.name in a)) skipped++;
          else {
            given++;
            if (a[q.name] === DONT_KNOW) dontKnow++;
            if (a[q.name] === RATHER_NOT_SAY) ratherNot++;
          }
        }
      }
      const asked = answers.length * choiceQuestions.length;
      expect(dontKnow / given).toBeGreaterThan(0.01);
      expect(dontKnow / given).toBeLessThan(0.07);
      expect(ratherNot / given).toBeGreaterThan(0.005);
      expect(ratherNot / given).toBeLessThan(0.05);
      expect(skipped / asked).toBeGreaterThan(0.02);
      expect(skipped / asked).toBeLessThan(0.1);
    }
  });

  it('lands each share near the figure it aims for, over many responses', () => {
    const misses: string[] = [];
    for (const band of AGE_BANDS) {
      const answers = simulateAnswers(band, 4000, 3);
      for (const target of ANSWER_TARGETS) {
        const aim = target.shares[band];
        if (aim === undefined) continue;
        const inBase = answers.map((a) => a[target.itemId]).filter((v) => v !== undefined && v !== DONT_KNOW && v !== RATHER_NOT_SAY && v !== 'not_applicable');
        expect(inBase.length, `${band} ${target.itemId} is asked`).toBeGreaterThan(500);
        const share = inBase.filter((v) => target.codes.includes(String(v))).length / inBase.length;
        // four standard errors: a miss means the generator is off, not that the draw was unlucky
        const tolerance = 4 * Math.sqrt((aim * (1 - aim)) / inBase.length);
        if (Math.abs(share - aim) > tolerance) misses.push(`${band} ${target.itemId}: ${share.toFixed(3)} for ${aim}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('matches the published figures of DOMAIN.md in its targets', () => {
    const share = (itemId: string, band: (typeof AGE_BANDS)[number]) => ANSWER_TARGETS.find((t) => t.itemId === itemId)?.shares[band];
    expect(share('ons_life_satisfaction', '16-25')).toBe(0.26);
    expect(share('ons_worthwhile', '16-25')).toBe(0.23);
    expect(share('loneliness', '16-25')).toBe(0.22);
    expect(share('money_coping', '16-25')).toBe(0.2);
    expect(share('internet_at_home', '16-25')).toBe(0.8);
    expect(share('bullied_afraid_school', '8-11')).toBe(0.29);
    expect(share('good_friend', '11-17')).toBe(0.07);
    expect(share('life_getting_better', '8-11')).toBe(0.83);
    expect(share('know_why_in_care', '4-7')).toBe(0.53);
    expect(share('sw_changes_12m', '11-17')).toBe(0.33);
  });

  it('has a weight for every answer with a view that every instrument offers', () => {
    const missing: string[] = [];
    for (const band of AGE_BANDS) {
      for (const q of askedQuestions(respondentModel(band).instrument.definition)) {
        if (q.kind !== 'choice') continue;
        for (const code of q.values.keys()) {
          if (code === DONT_KNOW || code === RATHER_NOT_SAY) continue;
          if (ANSWER_SHAPES[q.name]?.[code] === undefined) missing.push(`${band} ${q.name} ${code}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives the demo council's report bright spots, areas for improvement and changes since last year", () => {
    const report = mainCouncilReport(platform);
    const found = (list: ReportModel['brightSpots']) => list.map((f) => `${f.band} ${f.itemId}`);
    // set on purpose in the demo council's plan: fewer changes of social worker, and lonelier care leavers
    expect(found(report.brightSpots)).toContain('11-17 sw_changes_12m');
    expect(found(report.areasForImprovement)).toContain('16-25 loneliness');
    const bases = [...report.brightSpots, ...report.areasForImprovement].flatMap((f) => f.evidence.map((e) => e.basis));
    expect(bases).toContain('other_councils');
    expect(bases).toContain('previous_wave');
    expect(bases).toContain('general_population');
  });

  it('leaves some small counts in the demo report suppressed, as a real council report has', () => {
    const report = mainCouncilReport(platform);
    const counts = report.bands.flatMap((b) => b.domains.flatMap((d) => d.items.flatMap((i) => i.answers.map((a) => a.count))));
    expect(counts.some((c) => c.suppressed)).toBe(true);
    expect(counts.some((c) => !c.suppressed)).toBe(true);
  });
});

describe('the comments pool', () => {
  it('holds about 80 comments for every age band, with 3 to 5 for the safeguarding queue', () => {
    expect(COMMENTS_POOL.length).toBeGreaterThanOrEqual(80);
    const safeguarding = COMMENTS_POOL.filter((c) => c.safeguarding);
    expect(safeguarding.length).toBeGreaterThanOrEqual(3);
    expect(safeguarding.length).toBeLessThanOrEqual(5);
    for (const band of AGE_BANDS) expect(COMMENTS_POOL.filter((c) => c.bands.includes(band) && !c.safeguarding).length).toBeGreaterThan(5);
    expect(new Set(COMMENTS_POOL.map((c) => c.text)).size).toBe(COMMENTS_POOL.length);
  });

  it('includes every kind of personal detail the redaction must mask', () => {
    const kinds = new Set(COMMENTS_POOL.flatMap((c) => c.contains ?? []));
    expect([...kinds].sort()).toEqual(['address', 'email', 'name', 'phone', 'postcode', 'school']);
  });

  it('uses only made-up contact details: drama-range phone numbers and example.com addresses', () => {
    for (const c of COMMENTS_POOL) {
      for (const phone of c.text.match(/\b0\d[\d ]{8,12}\d\b/g) ?? []) expect(phone.replace(/ /g, '')).toMatch(/^(07700900|01632960)\d{3}$/);
      for (const email of c.text.match(/\S+@\S+/g) ?? []) expect(email).toMatch(/@example\.com$/);
    }
  });
});
