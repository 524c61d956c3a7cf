import { AGE_BANDS, DONT_KNOW, RATHER_NOT_SAY, findItem, findScale, type AgeBand, type Domain, type ItemDefinition } from '@you-said/surveys';
import { binomialTest } from './binomial-test.ts';
import { mayShowComments } from './comments.ts';
import { fisherExact } from './fisher-exact.ts';
import type { InstrumentItem } from './instrument-items.ts';
import { methodsText } from './methods-text.ts';
import { resolveOptions, type ReportOptions } from './options.ts';
import {
  MODEL_VERSION,
  type BandResults,
  type Comparison,
  type Evidence,
  type Finding,
  type Indicator,
  type ItemResult,
  type ReferenceCitation,
  type ReportModel,
  type ResponseRate,
  type ResponseRates,
} from './report-model.ts';
import { NO_CAP, suppressSums, type Figure, type SumNode } from './suppression.ts';
import type { Tallies } from './tallies.ts';
import { judgeDifference, type Measure } from './verdict.ts';
import { wilsonInterval } from './wilson.ts';

/** "Does not apply": reported, like don't know and rather not say, but outside the base. */
export const NOT_APPLICABLE = 'not_applicable';
/** Answer codes that are real answers but carry no view on the item: never in a base. */
export const SET_ASIDE_CODES: readonly string[] = [DONT_KNOW, RATHER_NOT_SAY, NOT_APPLICABLE];

/** The domains reported, in the report's order ("4 Rs", then wellbeing). */
const REPORTED_DOMAINS: readonly Domain[] = ['relationships', 'rights', 'resilience', 'recovery', 'wellbeing'];

/**
 * A general-population figure to compare with. `surveys` loads these from
 * `surveys/reference/general-population.json` (`REFERENCE_VALUES`); any object of this shape will do.
 */
export interface GeneralPopulationValue {
  id: string;
  itemId: string;
  measure: Measure;
  bands: readonly AgeBand[];
  /** a proportion, 0 to 1 */
  value: number;
  finding: string;
  ageRange: string;
  source: string;
  year: number | null;
  verified: boolean;
  note?: string;
}

/** One age band of the wave being reported. */
export interface BandSetup {
  band: AgeBand;
  /** the eligible count the council entered for the band, or null when it has not */
  eligible: number | null;
  /** the questions the band's pinned instrument asks (`instrumentItemsFor(id, version)`) */
  items: readonly InstrumentItem[];
}

/** Everything `buildReport` needs. Counts come only from `tallies`. */
export interface ReportInput {
  council: { id: string; name: string };
  /** the wave reported; `targetRate` defaults to `options.targetRate` (30%) */
  wave: { id: string; label: string; targetRate?: number | null };
  bands: readonly BandSetup[];
  /** the council's previous wave, with the questions each band's instrument asked then */
  previousWave?: { id: string; label: string; bands: readonly { band: AgeBand; items: readonly InstrumentItem[] }[] } | null;
  /**
   * Which other councils' waves are "the same wave" for the pooled comparison. Default: tallies
   * of any other council whose wave id equals `wave.id` (a provider-wide round id). They are
   * assumed to have used the same instrument versions.
   */
  otherCouncilWaveIds?: readonly string[];
  /** tallies for this council's wave, its previous wave and the other councils' waves (anything else is ignored) */
  tallies: Tallies;
  /** general-population figures (default: none, so every such comparison is "not comparable") */
  referenceValues?: readonly GeneralPopulationValue[];
  options?: Partial<ReportOptions>;
}

/**
 * Turns tallies into the report model: response rates, per band and domain each item's answer
 * counts and indicators with Wilson intervals, the three comparisons, bright spots and areas
 * for improvement, all suppressed. Pure and deterministic: the same tallies in any row order
 * (from SQL or from `talliesFromResponses`) give a deep-equal model. Only items of the band's
 * instrument in the four Rs and wellbeing with single-choice answers are reported; a tallied
 * code the question does not offer is ignored. Throws on a tally that is not a whole number.
 */
export function buildReport(input: ReportInput): ReportModel {
  const options = resolveOptions(input.options ?? {});
  const targetRate = input.wave.targetRate ?? options.targetRate;
  const index = indexTallies(input);
  const bands = [...input.bands].sort((a, b) => AGE_BANDS.indexOf(a.band) - AGE_BANDS.indexOf(b.band));
  bands.forEach((b, i) => {
    if (i > 0 && bands[i - 1]!.band === b.band) throw new Error(`band ${b.band} is set up twice`);
    if (b.eligible !== null && (!Number.isInteger(b.eligible) || b.eligible < 0)) throw new Error(`eligible count for ${b.band} is not a count`);
  });
  const references = input.referenceValues ?? [];

  const responseRates = buildResponseRates(bands, index, options, targetRate);
  const bandResults = bands.map((setup, i): BandResults => {
    const responses = index.responses(CURRENT, setup.band);
    return {
      band: setup.band,
      responses: responseRates.bands[i]!.responses,
      commentsMayBeShown: mayShowComments(responses, options.minCommentRespondents),
      domains: REPORTED_DOMAINS.map((domain) => ({
        domain,
        items: setup.items
          .map((instrumentItem) => ({ instrumentItem, item: findItem(instrumentItem.itemId) }))
          .filter((x): x is { instrumentItem: InstrumentItem; item: ItemDefinition } => x.item !== undefined && x.item.domain === domain && findScale(x.item.scale)?.kind === 'choice')
          .map(({ instrumentItem, item }) => buildItem(setup.band, item, instrumentItem.codes, index, input, references, options)),
      })).filter((d) => d.items.length > 0),
    };
  });

  const used = new Map<string, ReferenceCitation>();
  for (const b of bandResults)
    for (const d of b.domains)
      for (const it of d.items)
        for (const ind of it.indicators) {
          const c = ind.comparisons.generalPopulation;
          if (c.comparable && c.verdict !== 'suppressed' && c.reference) used.set(c.reference.id, c.reference);
        }
  // cite every figure that applies to a reported indicator, shown or not
  for (const b of bands)
    for (const it of b.items)
      for (const measure of ['positive', 'worrying'] as const) {
        const ref = findReference(references, b.band, it.itemId, measure);
        if (ref && !used.has(ref.id)) used.set(ref.id, citation(ref));
      }
  const referenceValues = [...used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const { brightSpots, areasForImprovement } = collectFindings(bandResults, options);
  return {
    modelVersion: MODEL_VERSION,
    council: { id: input.council.id, name: input.council.name },
    wave: { id: input.wave.id, label: input.wave.label },
    previousWave: input.previousWave ? { id: input.previousWave.id, label: input.previousWave.label } : null,
    options,
    methods: methodsText(options, {
      previousWaveLabel: input.previousWave?.label ?? null,
      referenceValuesUsed: referenceValues.length,
      unverifiedReferenceValues: referenceValues.filter((r) => !r.verified).length,
    }),
    responseRates,
    bands: bandResults,
    brightSpots,
    areasForImprovement,
    referenceValues,
  };
}

// ---------------------------------------------------------------------------------------------
// Tallies

const CURRENT = 'current';
const PREVIOUS = 'previous';
type Which = typeof CURRENT | typeof PREVIOUS;

interface TallyIndex {
  responses(which: Which, band: AgeBand): number;
  count(which: Which, band: AgeBand, itemId: string, code: string): number;
  /** other councils' counts for one band, item and code, by council */
  others(band: AgeBand, itemId: string, code: string): ReadonlyMap<string, number>;
}

function indexTallies(input: ReportInput): TallyIndex {
  const councilId = input.council.id;
  const previousId = input.previousWave?.id;
  const peerWaves = input.otherCouncilWaveIds ? new Set(input.otherCouncilWaveIds) : null;
  const isPeer = (c: string, w: string) => c !== councilId && (peerWaves ? peerWaves.has(w) : w === input.wave.id);
  const which = (c: string, w: string): Which | undefined =>
    c !== councilId ? undefined : w === input.wave.id ? CURRENT : previousId !== undefined && w === previousId ? PREVIOUS : undefined;
  const check = (n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`a tally is not a count: ${n}`);
    return n;
  };

  const responses = new Map<string, number>();
  for (const r of input.tallies.responses) {
    const w = which(r.councilId, r.waveId);
    if (!w) continue;
    const key = `${w}|${r.band}`;
    responses.set(key, (responses.get(key) ?? 0) + check(r.responses));
  }
  const own = new Map<string, number>();
  const others = new Map<string, Map<string, number>>();
  for (const a of input.tallies.answers) {
    const w = which(a.councilId, a.waveId);
    const key = JSON.stringify([a.band, a.itemId, a.code]);
    if (w) own.set(`${w}|${key}`, (own.get(`${w}|${key}`) ?? 0) + check(a.count));
    else if (isPeer(a.councilId, a.waveId)) {
      const byCouncil = others.get(key) ?? new Map<string, number>();
      byCouncil.set(a.councilId, (byCouncil.get(a.councilId) ?? 0) + check(a.count));
      others.set(key, byCouncil);
    }
  }
  const none = new Map<string, number>();
  return {
    responses: (w, band) => responses.get(`${w}|${band}`) ?? 0,
    count: (w, band, itemId, code) => own.get(`${w}|${JSON.stringify([band, itemId, code])}`) ?? 0,
    others: (band, itemId, code) => others.get(JSON.stringify([band, itemId, code])) ?? none,
  };
}

// ---------------------------------------------------------------------------------------------
// Response rates

function buildResponseRates(bands: readonly BandSetup[], index: TallyIndex, options: ReportOptions, targetRate: number): ResponseRates {
  const responses = bands.map((b) => index.responses(CURRENT, b.band));
  const shownResponses = suppressTotalAndParts(responses, options.minCount);
  const allEntered = bands.length > 0 && bands.every((b) => b.eligible !== null);
  const eligibleCounts = bands.map((b) => b.eligible ?? 0);
  // Eligible counts are suppressed as a table only when every band has one; a partial set has no published total.
  const shownEligible = allEntered
    ? suppressTotalAndParts(eligibleCounts, options.minCount)
    : { parts: bands.map((b) => (b.eligible === null ? null : primaryOnly(b.eligible, options.minCount))), total: null };

  const rate = (resp: Figure, elig: Figure | null, trueResp: number, trueElig: number): Pick<ResponseRate, 'rate' | 'meetsTarget'> => {
    if (elig === null) return { rate: null, meetsTarget: null };
    if (resp.suppressed) return { rate: { suppressed: true, reason: resp.reason }, meetsTarget: null };
    if (elig.suppressed) return { rate: { suppressed: true, reason: elig.reason }, meetsTarget: null };
    const value = trueResp / trueElig;
    return { rate: { suppressed: false, value }, meetsTarget: value >= targetRate };
  };

  return {
    targetRate,
    bands: bands.map((b, i) => {
      const resp = shownResponses.parts[i]!;
      const elig = shownEligible.parts[i] ?? null;
      return { band: b.band, responses: resp, eligibleEntered: b.eligible !== null, eligible: elig, ...rate(resp, elig, responses[i]!, eligibleCounts[i]!) };
    }),
    overall: {
      responses: shownResponses.total,
      eligibleEntered: allEntered,
      eligible: shownEligible.total,
      ...rate(shownResponses.total, shownEligible.total, sum(responses), sum(eligibleCounts)),
    },
  };
}

function primaryOnly(value: number, minCount: number): Figure {
  return value < minCount ? { suppressed: true, reason: 'count_below_5' } : { suppressed: false, value };
}

/**
 * Suppresses a total and the counts that add up to it (responses by band and overall; eligible
 * counts by band and overall), so no hidden count of 1 to 4 can be worked out by subtraction.
 */
export function suppressTotalAndParts(parts: readonly number[], minCount: number): { parts: Figure[]; total: Figure } {
  const nodes: SumNode[] = [
    // The overall total is worth less to the panel than the bands: it goes first when one must.
    { key: 'total', value: sum(parts), published: true, hideFirst: true, children: parts.map((_, i) => `part${i}`) },
    ...parts.map((value, i) => ({ key: `part${i}`, value, published: true })),
  ];
  const shown = suppressSums(nodes, { minCount, cap: NO_CAP });
  return { parts: parts.map((_, i) => shown.get(`part${i}`)!), total: shown.get('total')! };
}

// ---------------------------------------------------------------------------------------------
// Items

/** The counts of one item in one band, split the way its indicators need them. */
interface ItemCounts {
  codes: readonly string[];
  counts: ReadonlyMap<string, number>;
  inBase: string[];
  groups: Partial<Record<Measure, string[]>>;
  middle: string[];
}

function splitCodes(item: ItemDefinition, codes: readonly string[], countOf: (code: string) => number): ItemCounts {
  const inBase = codes.filter((c) => !SET_ASIDE_CODES.includes(c));
  const positive = inBase.filter((c) => item.positive.includes(c));
  const worrying = inBase.filter((c) => item.worrying.includes(c));
  const groups: Partial<Record<Measure, string[]>> = {};
  if (positive.length > 0) groups.positive = positive;
  if (worrying.length > 0) groups.worrying = worrying;
  return {
    codes,
    counts: new Map(codes.map((c) => [c, countOf(c)])),
    inBase,
    groups,
    middle: inBase.filter((c) => !positive.includes(c) && !worrying.includes(c)),
  };
}

const cellKey = (code: string) => `answer:${code}`;

/**
 * The tree of sums an item publishes: answered (unpublished) = base + each set-aside answer;
 * base = positive + worrying + the middle answers (unpublished); each of those = its answer
 * counts. The shares are withheld below the minimum base and need the base to be shown.
 * Node keys: 'answered', 'base', 'positive', 'worrying', 'middle', 'answer:<code>'.
 */
export function itemSumNodes(item: ItemDefinition, codes: readonly string[], countOf: (code: string) => number, minBase: number): SumNode[] {
  return sumNodesOf(splitCodes(item, codes, countOf), minBase);
}

function sumNodesOf(split: ItemCounts, minBase: number): SumNode[] {
  const count = (c: string) => split.counts.get(c) ?? 0;
  const base = sum(split.inBase.map(count));
  const nodes: SumNode[] = [];
  const baseChildren: string[] = [];
  for (const measure of ['positive', 'worrying'] as const) {
    const codes = split.groups[measure];
    if (!codes) continue;
    nodes.push({
      key: measure,
      value: sum(codes.map(count)),
      published: true,
      children: codes.map(cellKey),
      needs: ['base'],
      ...(base < minBase ? { withheld: 'base_below_10' as const } : {}),
    });
    baseChildren.push(measure);
  }
  const groupsUsed = Object.keys(split.groups).length > 0;
  if (groupsUsed && split.middle.length > 0) {
    nodes.push({ key: 'middle', value: sum(split.middle.map(count)), published: false, children: split.middle.map(cellKey) });
    baseChildren.push('middle');
  }
  const setAside = split.codes.filter((c) => !split.inBase.includes(c));
  nodes.unshift(
    { key: 'answered', value: base + sum(setAside.map(count)), published: false, children: ['base', ...setAside.map(cellKey)] },
    { key: 'base', value: base, published: true, children: groupsUsed ? baseChildren : split.inBase.map(cellKey) },
  );
  for (const c of split.codes) nodes.push({ key: cellKey(c), value: count(c), published: true });
  return nodes;
}

function suppressItem(split: ItemCounts, responses: number, options: ReportOptions): Map<string, Figure> {
  const nodes = sumNodesOf(split, options.minBase);
  const answered = nodes[0]!.value;
  return suppressSums(nodes, { minCount: options.minCount, cap: Math.max(responses, answered) });
}

function buildItem(
  band: AgeBand,
  item: ItemDefinition,
  codes: readonly string[],
  index: TallyIndex,
  input: ReportInput,
  references: readonly GeneralPopulationValue[],
  options: ReportOptions,
): ItemResult {
  const split = splitCodes(item, codes, (code) => index.count(CURRENT, band, item.id, code));
  const shown = suppressItem(split, index.responses(CURRENT, band), options);
  const labels = new Map((findScale(item.scale)?.codes ?? []).map((c) => [c.code, c.label]));
  const setAsideFigure = (code: string) => (codes.includes(code) ? shown.get(cellKey(code))! : null);
  const base = sum(split.inBase.map((c) => split.counts.get(c)!));

  const previous = previousItem(band, item, codes, index, input, options);
  const indicators = (['positive', 'worrying'] as const)
    .filter((measure) => split.groups[measure] !== undefined)
    .map((measure): Indicator => {
      const k = sum(split.groups[measure]!.map((c) => split.counts.get(c)!));
      const figure = shown.get(measure)!;
      const share: Figure = figure.suppressed ? figure : { suppressed: false, value: k / base };
      const interval: Indicator['interval'] = figure.suppressed ? { suppressed: true, reason: figure.reason } : { suppressed: false, ...wilsonInterval(k, base) };
      const own = figure.suppressed ? { hidden: figure } : { k, n: base };
      return {
        id: `${band}/${item.id}/${measure}`,
        measure,
        codes: [...split.groups[measure]!],
        count: figure,
        share,
        interval,
        comparisons: {
          otherCouncils: compareWithOthers(own, band, item, split, measure, index, options),
          previousWave: compareWithPrevious(own, previous, measure, options),
          generalPopulation: compareWithReference(own, findReference(references, band, item.id, measure), measure, options),
        },
      };
    });

  return {
    itemId: item.id,
    summary: item.summary,
    domain: item.domain,
    scale: item.scale,
    wellbeing: item.wellbeing,
    answers: codes.map((code) => ({ code, label: labels.get(code) ?? code, count: shown.get(cellKey(code))!, inBase: split.inBase.includes(code) })),
    base: shown.get('base')!,
    dontKnow: setAsideFigure(DONT_KNOW),
    ratherNotSay: setAsideFigure(RATHER_NOT_SAY),
    notApplicable: setAsideFigure(NOT_APPLICABLE),
    indicators,
  };
}

// ---------------------------------------------------------------------------------------------
// Comparisons

type Own = { k: number; n: number } | { hidden: Extract<Figure, { suppressed: true }> };

type Previous =
  | { comparable: false; reason: 'no_previous_wave' | 'not_asked_last_year' | 'different_answer_scale' }
  | { comparable: true; split: ItemCounts; shown: Map<string, Figure> };

function previousItem(band: AgeBand, item: ItemDefinition, codes: readonly string[], index: TallyIndex, input: ReportInput, options: ReportOptions): Previous {
  if (!input.previousWave) return { comparable: false, reason: 'no_previous_wave' };
  const asked = input.previousWave.bands.find((b) => b.band === band)?.items.find((i) => i.itemId === item.id);
  if (!asked) return { comparable: false, reason: 'not_asked_last_year' };
  if (asked.codes.length !== codes.length || asked.codes.some((c, i) => c !== codes[i])) return { comparable: false, reason: 'different_answer_scale' };
  const split = splitCodes(item, codes, (code) => index.count(PREVIOUS, band, item.id, code));
  // Last year's figures are shown only as last year's suppression would have shown them.
  return { comparable: true, split, shown: suppressItem(split, index.responses(PREVIOUS, band), options) };
}

function compared(
  own: { k: number; n: number },
  measure: Measure,
  comparedWith: number,
  comparedBase: number | null,
  pValue: number,
  test: 'fisher_exact' | 'binomial_exact',
  options: ReportOptions,
  reference?: ReferenceCitation,
): Comparison {
  const differencePoints = (own.k / own.n - comparedWith) * 100;
  const { significant, verdict } = judgeDifference(measure, differencePoints, pValue, options);
  return { comparable: true, verdict, test, comparedWith, comparedBase, differencePoints, pValue, significant, ...(reference ? { reference } : {}) };
}

function compareWithOthers(own: Own, band: AgeBand, item: ItemDefinition, split: ItemCounts, measure: Measure, index: TallyIndex, options: ReportOptions): Comparison {
  const byCouncil = new Map<string, { k: number; n: number }>();
  const group = split.groups[measure]!;
  for (const code of split.inBase) {
    for (const [council, count] of index.others(band, item.id, code)) {
      const acc = byCouncil.get(council) ?? { k: 0, n: 0 };
      acc.n += count;
      if (group.includes(code)) acc.k += count;
      byCouncil.set(council, acc);
    }
  }
  const councils = [...byCouncil.values()].filter((c) => c.n > 0);
  if (councils.length === 0) return { comparable: false, verdict: 'not_comparable', reason: 'no_other_councils' };
  if ('hidden' in own) return { comparable: true, verdict: 'suppressed', reason: own.hidden.reason };
  if (councils.length < options.minOtherCouncils) return { comparable: true, verdict: 'suppressed', reason: 'too_few_councils' };
  const k = sum(councils.map((c) => c.k));
  const n = sum(councils.map((c) => c.n));
  if (n < options.minBase) return { comparable: true, verdict: 'suppressed', reason: 'base_below_10' };
  // The pooled figure and its base are shown, so neither its count nor the rest may be 1 to 4.
  if (k < options.minCount || (n - k > 0 && n - k < options.minCount)) return { comparable: true, verdict: 'suppressed', reason: 'count_below_5' };
  const p = fisherExact([
    [own.k, own.n - own.k],
    [k, n - k],
  ]);
  return compared(own, measure, k / n, n, p, 'fisher_exact', options);
}

function compareWithPrevious(own: Own, previous: Previous, measure: Measure, options: ReportOptions): Comparison {
  if (!previous.comparable) return { comparable: false, verdict: 'not_comparable', reason: previous.reason };
  if ('hidden' in own) return { comparable: true, verdict: 'suppressed', reason: own.hidden.reason };
  const figure = previous.shown.get(measure)!;
  if (figure.suppressed) return { comparable: true, verdict: 'suppressed', reason: figure.reason };
  const k = figure.value;
  const n = sum(previous.split.inBase.map((c) => previous.split.counts.get(c)!));
  const p = fisherExact([
    [own.k, own.n - own.k],
    [k, n - k],
  ]);
  return compared(own, measure, k / n, n, p, 'fisher_exact', options);
}

function compareWithReference(own: Own, ref: GeneralPopulationValue | undefined, measure: Measure, options: ReportOptions): Comparison {
  if (!ref) return { comparable: false, verdict: 'not_comparable', reason: 'no_reference_value' };
  if ('hidden' in own) return { comparable: true, verdict: 'suppressed', reason: own.hidden.reason };
  return compared(own, measure, ref.value, null, binomialTest(own.k, own.n, ref.value), 'binomial_exact', options, citation(ref));
}

function findReference(references: readonly GeneralPopulationValue[], band: AgeBand, itemId: string, measure: Measure): GeneralPopulationValue | undefined {
  return references.find((r) => r.itemId === itemId && r.measure === measure && r.bands.includes(band));
}

function citation(ref: GeneralPopulationValue): ReferenceCitation {
  return {
    id: ref.id,
    finding: ref.finding,
    value: ref.value,
    ageRange: ref.ageRange,
    source: ref.source,
    year: ref.year,
    verified: ref.verified,
    ...(ref.note !== undefined ? { note: ref.note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Findings

const BASES = [
  ['otherCouncils', 'other_councils'],
  ['previousWave', 'previous_wave'],
  ['generalPopulation', 'general_population'],
] as const;

/**
 * Bright spots and areas for improvement, one entry per item and band, each with the evidence
 * behind it. Where both ends of an item say the same thing against the same comparison (a
 * higher positive share and a lower worrying share), bright spots keep the positive end and
 * areas for improvement the worrying end, so one finding is not listed twice.
 */
function collectFindings(bands: readonly BandResults[], options: ReportOptions): { brightSpots: Finding[]; areasForImprovement: Finding[] } {
  const brightSpots: Finding[] = [];
  const areasForImprovement: Finding[] = [];
  for (const b of bands) {
    for (const d of b.domains) {
      for (const it of d.items) {
        const better: Evidence[] = [];
        const worse: Evidence[] = [];
        for (const ind of it.indicators) {
          if (ind.share.suppressed) continue;
          const share = ind.share.value;
          for (const [field, basis] of BASES) {
            const c = ind.comparisons[field];
            if (c.verdict !== 'better' && c.verdict !== 'worse') continue;
            const e: Evidence = { indicatorId: ind.id, measure: ind.measure, basis, share, comparedWith: c.comparedWith, differencePoints: c.differencePoints, pValue: c.pValue };
            (c.verdict === 'better' ? better : worse).push(e);
          }
          const rule = options.absoluteWorrying;
          if (rule && ind.measure === 'worrying' && !it.base.suppressed && it.base.value >= rule.minBase && share >= rule.minShare - 1e-12) {
            worse.push({ indicatorId: ind.id, measure: ind.measure, basis: 'absolute_worrying', share, comparedWith: null, differencePoints: null, pValue: null });
          }
        }
        const finding = (evidence: Evidence[], prefer: Measure): Finding => ({
          band: b.band,
          itemId: it.itemId,
          summary: it.summary,
          domain: it.domain,
          evidence: evidence.filter((e) => e.measure === prefer || !evidence.some((o) => o.basis === e.basis && o.measure === prefer)),
        });
        if (better.length > 0) brightSpots.push(finding(better, 'positive'));
        if (worse.length > 0) areasForImprovement.push(finding(worse, 'worrying'));
      }
    }
  }
  return { brightSpots, areasForImprovement };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
