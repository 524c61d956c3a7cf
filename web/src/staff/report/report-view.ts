import type { AgeBand, Domain } from '@you-said/surveys';
import { BAND_LABEL } from '../dashboard-view.ts';
import type {
  BandComments,
  BandResults,
  Comparison,
  Evidence,
  Figure,
  Finding,
  Indicator,
  ItemResult,
  Measure,
  NotComparableReason,
  ReportModel,
  ResponseRate,
  SuppressionReason,
} from './report-types.ts';

/*
 * The report's figures in words. Everything the page, its charts and its printout say about a
 * number comes from here, so a suppressed figure reads the same everywhere and is never drawn,
 * rounded or worked out into something it is not.
 */

export type Thresholds = Pick<ReportModel['options'], 'minCount' | 'minBase' | 'minOtherCouncils'>;

export const DOMAIN_LABEL: Record<Domain, string> = {
  relationships: 'Relationships',
  rights: 'Rights',
  resilience: 'Resilience',
  recovery: 'Recovery',
  wellbeing: 'Wellbeing',
  background: 'About them',
  free_text: 'In their own words',
};

export function bandLabel(band: AgeBand): string {
  return BAND_LABEL[band] ?? band;
}

/** A figure the server shows. Anything else, a malformed one included, counts as hidden. */
export function isShown(figure: Figure | null | undefined): figure is { suppressed: false; value: number } {
  return !!figure && figure.suppressed === false && typeof figure.value === 'number' && Number.isFinite(figure.value);
}

/** A share (0 to 1) as a whole percentage: 0.634 → "63%". */
export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The short words a hidden figure shows in its place: "fewer than 5" or "not shown". */
export function hiddenWords(reason: SuppressionReason | undefined, t: Thresholds): string {
  return reason === 'count_below_5' ? `fewer than ${t.minCount}` : 'not shown';
}

/** Why a figure is hidden, for a footnote or a tooltip. */
export function hiddenWhy(reason: SuppressionReason | undefined, t: Thresholds): string {
  switch (reason) {
    case 'count_below_5':
      return `fewer than ${t.minCount} children, so that no child can be identified`;
    case 'base_below_10':
      return `fewer than ${t.minBase} children answered, too few for a percentage`;
    case 'secondary':
      return 'hidden so that a small number cannot be worked out from the others';
    case 'too_few_councils':
      return `fewer than ${t.minOtherCouncils} other councils answered`;
    default:
      return 'not shown';
  }
}

function reasonOf(figure: Figure | null | undefined): SuppressionReason | undefined {
  return figure && figure.suppressed === true ? figure.reason : undefined;
}

/** A count as shown: the number, or the words that stand in for it. */
export function countText(figure: Figure | null | undefined, t: Thresholds): string {
  return isShown(figure) ? String(figure.value) : hiddenWords(reasonOf(figure), t);
}

/** A share as shown: "63%", or the words that stand in for it. */
export function shareText(figure: Figure | null | undefined, t: Thresholds): string {
  return isShown(figure) ? pct(figure.value) : hiddenWords(reasonOf(figure), t);
}

export function intervalText(interval: Indicator['interval']): string {
  if (interval.suppressed !== false || !Number.isFinite(interval.lower) || !Number.isFinite(interval.upper)) return 'not shown';
  return `between ${pct(interval.lower)} and ${pct(interval.upper)}`;
}

/** "Always or Most of the time": the answers an indicator counts, by their labels. */
export function answersText(item: ItemResult, codes: readonly string[]): string {
  const labels = codes.map((code) => item.answers.find((a) => a.code === code)?.label ?? code);
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

export const MEASURE_LABEL: Record<Measure, string> = {
  positive: 'positive answer',
  worrying: 'worrying answer',
};

/**
 * The indicator's headline: "63% said Always or Most of the time (19 of 30 who answered)", or
 * for a hidden share "said Always: not shown". The "of" part appears only when both the count
 * and the base are shown.
 */
export function indicatorHeadline(item: ItemResult, indicator: Indicator, t: Thresholds): string {
  const said = `said ${answersText(item, indicator.codes)}`;
  if (!isShown(indicator.share)) return `${said}: ${shareText(indicator.share, t)}`;
  const of = isShown(indicator.count) && isShown(item.base) ? ` (${indicator.count.value} of ${item.base.value} who answered)` : '';
  return `${pct(indicator.share.value)} ${said}${of}`;
}

export type ComparisonKind = 'otherCouncils' | 'previousWave' | 'generalPopulation';

export interface ComparisonView {
  kind: ComparisonKind;
  /** what it is compared with: "Other councils", "Last year (2025 survey)" */
  label: string;
  /** the comparison's figure and the difference, in words */
  detail: string;
  /** the verdict in words, never left to a colour */
  verdict: string;
  tone: 'better' | 'worse' | 'same' | 'none';
  /** for the general population: where the figure comes from */
  source: string | null;
}

const NOT_COMPARABLE: Record<NotComparableReason, string> = {
  no_previous_wave: 'not comparable with last year: no earlier survey',
  not_asked_last_year: 'not comparable with last year: not asked then',
  different_answer_scale: 'not comparable with last year: the answers changed',
  no_other_councils: 'not compared: too few other councils asked it',
  no_reference_value: 'no published figure for this age group',
};

/** A p-value as a reader expects it: "p = 0.012", "p < 0.001". */
export function pText(p: number): string {
  if (!Number.isFinite(p)) return '';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2))}`;
}

/** "18 points higher", "5 points lower", "the same". */
export function pointsText(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return 'about the same';
  const n = Math.abs(rounded);
  return `${n} ${n === 1 ? 'point' : 'points'} ${rounded > 0 ? 'higher' : 'lower'}`;
}

/** One of an indicator's three comparisons, in words. */
export function comparisonView(kind: ComparisonKind, comparison: Comparison, previousWaveLabel: string | null, t: Thresholds): ComparisonView {
  const label = kind === 'otherCouncils' ? 'Other councils' : kind === 'generalPopulation' ? 'General population' : previousWaveLabel ? `Last year (${previousWaveLabel})` : 'Last year';
  if (!comparison.comparable) {
    return { kind, label, detail: '', verdict: NOT_COMPARABLE[comparison.reason] ?? 'not comparable', tone: 'none', source: null };
  }
  if (comparison.verdict === 'suppressed') {
    return { kind, label, detail: hiddenWhy(comparison.reason, t), verdict: hiddenWords(comparison.reason, t), tone: 'none', source: null };
  }
  const against = kind === 'otherCouncils' ? 'other councils' : kind === 'generalPopulation' ? 'the general population' : 'last year';
  const verdict =
    comparison.verdict === 'better' ? `better than ${against}` : comparison.verdict === 'worse' ? `worse than ${against}` : 'no clear difference';
  const detail = `${against} ${pct(comparison.comparedWith)}: this council ${pointsText(comparison.differencePoints)} (${pText(comparison.pValue)})`;
  const ref = comparison.reference;
  const source = kind === 'generalPopulation' && ref ? `${ref.source}${ref.year ? `, ${ref.year}` : ''}${ref.verified ? '' : ' (not yet checked against the source)'}` : null;
  const tone = comparison.verdict === 'better' ? 'better' : comparison.verdict === 'worse' ? 'worse' : 'same';
  return { kind, label, detail, verdict, tone, source };
}

export function comparisonViews(indicator: Indicator, previousWaveLabel: string | null, t: Thresholds): ComparisonView[] {
  const c = indicator.comparisons;
  return [
    comparisonView('otherCouncils', c.otherCouncils, previousWaveLabel, t),
    comparisonView('previousWave', c.previousWave, previousWaveLabel, t),
    comparisonView('generalPopulation', c.generalPopulation, previousWaveLabel, t),
  ];
}

/** The id of the element that shows an indicator, for the findings to link to. */
export function indicatorAnchor(indicatorId: string): string {
  return `ind-${indicatorId.replace(/\//g, '--').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The anchor of a finding: its first piece of evidence's indicator. */
export function findingAnchor(finding: Finding): string {
  const first = finding.evidence[0];
  return indicatorAnchor(first ? first.indicatorId : `${finding.band}/${finding.itemId}/positive`);
}

const BASIS: Record<Evidence['basis'], string> = {
  other_councils: 'other councils',
  previous_wave: 'last year',
  general_population: 'the general population',
  absolute_worrying: '',
};

/** One piece of evidence for a finding: "63% against 45% for other councils (18 points higher, p = 0.012)". */
export function evidenceText(evidence: Evidence, options: ReportModel['options']): string {
  const share = pct(evidence.share);
  const answer = evidence.measure === 'worrying' ? 'gave a worrying answer' : 'gave a positive answer';
  if (evidence.basis === 'absolute_worrying') {
    const line = options.absoluteWorrying ? `, at or above the ${pct(options.absoluteWorrying.minShare)} the report flags whatever the comparisons` : '';
    return `${share} ${answer}${line}`;
  }
  const against = evidence.comparedWith === null ? '' : ` against ${pct(evidence.comparedWith)} for ${BASIS[evidence.basis]}`;
  const extra = [evidence.differencePoints === null ? null : pointsText(evidence.differencePoints), evidence.pValue === null ? null : pText(evidence.pValue)]
    .filter(Boolean)
    .join(', ');
  return `${share} ${answer}${against}${extra ? ` (${extra})` : ''}`;
}

/** The answers kept out of the base, shown on their own: "Don't know: 3 · Rather not say: fewer than 5". */
export function setAsideText(item: ItemResult, t: Thresholds): string[] {
  const parts: string[] = [];
  if (item.dontKnow) parts.push(`Don't know: ${countText(item.dontKnow, t)}`);
  if (item.ratherNotSay) parts.push(`Rather not say: ${countText(item.ratherNotSay, t)}`);
  if (item.notApplicable) parts.push(`Does not apply: ${countText(item.notApplicable, t)}`);
  return parts;
}

/** A response rate in words: "12 of 40 eligible (30%): meets the 30% target". */
export function rateText(rate: ResponseRate, targetRate: number, t: Thresholds): string {
  const target = pct(targetRate);
  const responses = countText(rate.responses, t);
  if (!rate.eligibleEntered || !rate.eligible) return `${responses} ${responsesNoun(rate.responses)}; eligible number not entered, so no rate`;
  const eligible = countText(rate.eligible, t);
  if (!isShown(rate.rate)) return `${responses} of ${eligible} eligible; rate ${hiddenWords(reasonOf(rate.rate), t)}`;
  const meets = rate.meetsTarget === true ? `meets the ${target} target` : rate.meetsTarget === false ? `below the ${target} target` : `target ${target}`;
  return `${responses} of ${eligible} eligible (${pct(rate.rate.value)}): ${meets}`;
}

function responsesNoun(figure: Figure): string {
  return isShown(figure) && figure.value === 1 ? 'response' : 'responses';
}

export interface RateChartModel {
  labels: string[];
  /** each band's rate in percent; null where it is hidden or not known (never drawn) */
  percents: (number | null)[];
  /** words drawn in place of a missing bar */
  notes: (string | null)[];
  targetPercent: number;
}

/** What the response-rate chart draws: a bar per band, or words where there is no rate to draw. */
export function rateChartModel(model: ReportModel): RateChartModel {
  const t = model.options;
  const rows = model.responseRates.bands;
  return {
    labels: rows.map((r) => bandLabel(r.band)),
    percents: rows.map((r) => (isShown(r.rate) ? r.rate.value * 100 : null)),
    notes: rows.map((r) => {
      if (isShown(r.rate)) return null;
      if (!r.eligibleEntered || !r.rate) return 'no eligible number';
      return `rate ${hiddenWords(reasonOf(r.rate), t)}`;
    }),
    targetPercent: model.responseRates.targetRate * 100,
  };
}

export interface IntervalRow {
  indicatorId: string;
  /** the label, in lines short enough for the chart's axis */
  label: string[];
  /** percentages; all null when the share is hidden */
  share: number | null;
  lower: number | null;
  upper: number | null;
  /** words drawn in place of a hidden share */
  note: string | null;
  otherCouncils: number | null;
  generalPopulation: number | null;
}

/** The rows of one domain's interval chart: each indicator's share and its 95% interval. */
export function intervalRows(items: readonly ItemResult[], t: Thresholds): IntervalRow[] {
  return items.flatMap((item) =>
    item.indicators.map((indicator) => {
      const shown = isShown(indicator.share) && indicator.interval.suppressed === false;
      const label = wrapLabel(`${item.summary}${indicator.measure === 'worrying' ? ' (worrying answer)' : ''}`, 38);
      const other = indicator.comparisons.otherCouncils;
      const general = indicator.comparisons.generalPopulation;
      return {
        indicatorId: indicator.id,
        label,
        share: shown && isShown(indicator.share) ? indicator.share.value * 100 : null,
        lower: shown && indicator.interval.suppressed === false ? indicator.interval.lower * 100 : null,
        upper: shown && indicator.interval.suppressed === false ? indicator.interval.upper * 100 : null,
        note: shown ? null : hiddenWords(reasonOf(indicator.share) ?? (indicator.interval.suppressed ? indicator.interval.reason : undefined), t),
        otherCouncils: shown && other.comparable && other.verdict !== 'suppressed' ? other.comparedWith * 100 : null,
        generalPopulation: shown && general.comparable && general.verdict !== 'suppressed' ? general.comparedWith * 100 : null,
      };
    }),
  );
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Change {
  indicatorId: string;
  band: AgeBand;
  summary: string;
  measure: Measure;
  thisYear: string;
  lastYear: string;
  change: string;
  verdict: 'better' | 'worse' | 'no_difference';
}

/**
 * Every indicator that can be set against last year, better and worse first. Only figures the
 * model shows: a hidden share or a suppressed comparison is left out, not estimated.
 */
export function changesSinceLastYear(model: ReportModel): Change[] {
  const changes: Change[] = [];
  for (const band of model.bands) {
    for (const domain of band.domains) {
      for (const item of domain.items) {
        for (const indicator of item.indicators) {
          const c = indicator.comparisons.previousWave;
          if (!c.comparable || c.verdict === 'suppressed' || !isShown(indicator.share)) continue;
          changes.push({
            indicatorId: indicator.id,
            band: band.band,
            summary: item.summary,
            measure: indicator.measure,
            thisYear: pct(indicator.share.value),
            lastYear: pct(c.comparedWith),
            change: pointsText(c.differencePoints),
            verdict: c.verdict,
          });
        }
      }
    }
  }
  const rank = { better: 0, worse: 1, no_difference: 2 } as const;
  return changes.sort((a, b) => rank[a.verdict] - rank[b.verdict]);
}

/** How many indicators could not be set against last year, and why (for a sentence under the table). */
export function notComparableCount(model: ReportModel): number {
  let n = 0;
  for (const band of model.bands)
    for (const domain of band.domains)
      for (const item of domain.items) for (const indicator of item.indicators) if (!indicator.comparisons.previousWave.comparable) n += 1;
  return n;
}

/** A band's themes, most mentioned first; themes whose count is hidden last, in label order. */
export function sortedThemes(themes: BandComments['themes']): BandComments['themes'] {
  return [...themes].sort((a, b) => {
    const av = isShown(a.comments) ? a.comments.value : -1;
    const bv = isShown(b.comments) ? b.comments.value : -1;
    return bv - av || a.label.localeCompare(b.label);
  });
}

/** The findings of one list, grouped by band in the report's band order. */
export function findingsByBand(findings: readonly Finding[], bands: readonly BandResults[]): { band: AgeBand; findings: Finding[] }[] {
  return bands
    .map((b) => ({ band: b.band, findings: findings.filter((f) => f.band === b.band) }))
    .filter((g) => g.findings.length > 0);
}

/** Whether a band shows any share at all (a band of three children shows none). */
export function anyShown(band: BandResults): boolean {
  return band.domains.some((d) => d.items.some((item) => item.indicators.some((i) => isShown(i.share))));
}

/** The indicator a finding's evidence points at, to read its item's summary and answers. */
export function findIndicator(model: ReportModel, indicatorId: string): { item: ItemResult; indicator: Indicator } | null {
  for (const band of model.bands)
    for (const domain of band.domains)
      for (const item of domain.items)
        for (const indicator of item.indicators) if (indicator.id === indicatorId) return { item, indicator };
  return null;
}
