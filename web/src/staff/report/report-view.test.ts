import { describe, expect, it } from 'vitest';
import { fixtureModel, lonelyIndicator, lonelyItem, OPTIONS, safeIndicator, safeItem } from './report-fixture.ts';
import {
  anyShown,
  changesSinceLastYear,
  comparisonViews,
  countText,
  evidenceText,
  findingAnchor,
  findIndicator,
  indicatorAnchor,
  indicatorHeadline,
  intervalRows,
  intervalText,
  isShown,
  notComparableCount,
  pText,
  pointsText,
  rateChartModel,
  rateText,
  setAsideText,
  shareText,
  sortedThemes,
  wrapLabel,
} from './report-view.ts';

describe('figures in words', () => {
  it('shows a count below 5 as "fewer than 5" and any other hidden figure as "not shown"', () => {
    expect(countText({ suppressed: false, value: 12 }, OPTIONS)).toBe('12');
    expect(countText({ suppressed: false, value: 0 }, OPTIONS)).toBe('0');
    expect(countText({ suppressed: true, reason: 'count_below_5' }, OPTIONS)).toBe('fewer than 5');
    expect(countText({ suppressed: true, reason: 'secondary' }, OPTIONS)).toBe('not shown');
    expect(shareText({ suppressed: true, reason: 'base_below_10' }, OPTIONS)).toBe('not shown');
    expect(shareText({ suppressed: false, value: 0.634 }, OPTIONS)).toBe('63%');
  });

  it('treats a malformed figure as hidden rather than as a number', () => {
    expect(isShown({ suppressed: false, value: Number.NaN })).toBe(false);
    expect(isShown({ suppressed: false } as never)).toBe(false);
    expect(isShown(null)).toBe(false);
    expect(countText({ value: 3 } as never, OPTIONS)).toBe('not shown');
  });

  it('uses the thresholds in force for the words', () => {
    expect(countText({ suppressed: true, reason: 'count_below_5' }, { ...OPTIONS, minCount: 10 })).toBe('fewer than 10');
  });

  it('words an indicator with its answers and, when both are shown, its count and base', () => {
    expect(indicatorHeadline(safeItem, safeIndicator, OPTIONS)).toBe('63% said Always or Most of the time (19 of 30 who answered)');
    expect(indicatorHeadline(lonelyItem, lonelyIndicator, OPTIONS)).toBe('said Always or Often: fewer than 5');
  });

  it('gives the Wilson interval in words, and nothing for a hidden one', () => {
    expect(intervalText(safeIndicator.interval)).toBe('between 46% and 78%');
    expect(intervalText(lonelyIndicator.interval)).toBe('not shown');
  });

  it('lists "don\'t know" and "rather not say" apart from the share', () => {
    expect(setAsideText(safeItem, OPTIONS)).toEqual(["Don't know: fewer than 5"]);
    expect(setAsideText(lonelyItem, OPTIONS)).toEqual(['Rather not say: 6']);
  });

  it('writes p-values and differences as a reader expects them', () => {
    expect(pText(0.0123)).toBe('p = 0.012');
    expect(pText(0.0004)).toBe('p < 0.001');
    expect(pText(0.43)).toBe('p = 0.43');
    expect(pointsText(18.333)).toBe('18 points higher');
    expect(pointsText(-1)).toBe('1 point lower');
    expect(pointsText(0.2)).toBe('about the same');
  });
});

describe('comparisons', () => {
  it('gives each of the three comparisons a verdict in words, with the source of a published figure', () => {
    const [others, lastYear, general] = comparisonViews(safeIndicator, 'Your life 2025', OPTIONS);
    expect(others).toMatchObject({ label: 'Other councils', verdict: 'better than other councils', tone: 'better', detail: 'other councils 45%: this council 18 points higher (p = 0.012)' });
    expect(lastYear).toMatchObject({ label: 'Last year (Your life 2025)', tone: 'none' });
    expect(lastYear!.verdict).toMatch(/^not comparable with last year/);
    expect(general).toMatchObject({ verdict: 'no clear difference', tone: 'same', source: 'ONS Children’s Wellbeing, 2023' });
  });

  it('says a suppressed comparison is hidden without giving its figure', () => {
    const [others, lastYear, general] = comparisonViews(lonelyIndicator, null, OPTIONS);
    expect(others).toMatchObject({ verdict: 'fewer than 5', tone: 'none' });
    expect(lastYear).toMatchObject({ label: 'Last year', verdict: 'worse than last year', tone: 'worse' });
    expect(general!.verdict).toBe('no published figure for this age group');
  });
});

describe('findings', () => {
  it('link to the element showing the indicator behind them', () => {
    const model = fixtureModel();
    expect(indicatorAnchor('11-17/feel_safe/positive')).toBe('ind-11-17--feel_safe--positive');
    expect(findingAnchor(model.brightSpots[0]!)).toBe(indicatorAnchor(safeIndicator.id));
    expect(findIndicator(model, safeIndicator.id)?.item.itemId).toBe('feel_safe');
    expect(findIndicator(model, 'nope')).toBeNull();
  });

  it('state their evidence in words', () => {
    const model = fixtureModel();
    expect(evidenceText(model.brightSpots[0]!.evidence[0]!, OPTIONS)).toBe(
      '63% gave a positive answer against 45% for other councils (18 points higher, p = 0.012)',
    );
    expect(evidenceText(model.areasForImprovement[0]!.evidence[0]!, OPTIONS)).toBe(
      '30% gave a worrying answer, at or above the 25% the report flags whatever the comparisons',
    );
  });
});

describe('response rates', () => {
  it('word each band against its eligible number and the target', () => {
    const { bands, targetRate } = fixtureModel().responseRates;
    expect(rateText(bands[1]!, targetRate, OPTIONS)).toBe('30 of 80 eligible (38%): meets the 30% target');
    expect(rateText(bands[0]!, targetRate, OPTIONS)).toBe('fewer than 5 of 25 eligible; rate fewer than 5');
    expect(rateText(bands[2]!, targetRate, OPTIONS)).toBe('12 responses; eligible number not entered, so no rate');
  });

  it('chart no bar for a hidden or unknown rate, and label the gap instead', () => {
    const chart = rateChartModel(fixtureModel());
    expect(chart.percents).toEqual([null, 37.5, null]);
    expect(chart.notes).toEqual(['rate fewer than 5', null, 'no eligible number']);
    expect(chart.targetPercent).toBe(30);
  });
});

describe('interval chart rows', () => {
  it('carry the share and interval in percent, and nothing at all for a hidden share', () => {
    const rows = intervalRows([safeItem, lonelyItem], OPTIONS);
    expect(rows[0]).toMatchObject({ note: null, otherCouncils: 45, generalPopulation: 70 });
    expect(rows[0]!.share).toBeCloseTo(63.333, 2);
    expect(rows[0]!.lower).toBeCloseTo(45.5, 6);
    expect(rows[0]!.upper).toBeCloseTo(78.1, 6);
    expect(rows[1]).toMatchObject({ share: null, lower: null, upper: null, note: 'fewer than 5', otherCouncils: null, generalPopulation: null });
    expect(rows[1]!.label.join(' ')).toBe('Feels lonely (worrying answer)');
  });

  it('wrap long labels at spaces', () => {
    expect(wrapLabel('Has a trusted adult they can talk to about things', 20)).toEqual(['Has a trusted adult', 'they can talk to', 'about things']);
  });
});

describe('a band with nothing to show', () => {
  it('is told apart from one with some figures shown', () => {
    const model = fixtureModel();
    expect(anyShown(model.bands[0]!)).toBe(true);
    for (const d of model.bands[0]!.domains) for (const item of d.items) for (const i of item.indicators) i.share = { suppressed: true, reason: 'base_below_10' };
    expect(anyShown(model.bands[0]!)).toBe(false);
  });
});

describe('change since last year', () => {
  it('lists only indicators with a shown share and a comparable last year', () => {
    const model = fixtureModel();
    expect(changesSinceLastYear(model)).toEqual([]);
    expect(notComparableCount(model)).toBe(1);
    const item = model.bands[0]!.domains[0]!.items[0]!;
    item.indicators[0]!.comparisons.previousWave = {
      comparable: true,
      verdict: 'no_difference',
      test: 'fisher_exact',
      comparedWith: 0.6,
      comparedBase: 25,
      differencePoints: 3.3,
      pValue: 0.8,
      significant: false,
    };
    expect(changesSinceLastYear(model)).toEqual([
      { indicatorId: safeIndicator.id, band: '11-17', summary: 'Feels safe where they live', measure: 'positive', thisYear: '63%', lastYear: '60%', change: '3 points higher', verdict: 'no_difference' },
    ]);
  });
});

describe('themes', () => {
  it('are ordered by how many comments, hidden counts last', () => {
    const sorted = sortedThemes([
      { themeId: 'a', label: 'School', comments: { suppressed: true, reason: 'count_below_5' } },
      { themeId: 'b', label: 'Family', comments: { suppressed: false, value: 7 } },
      { themeId: 'c', label: 'Workers', comments: { suppressed: false, value: 11 } },
    ]);
    expect(sorted.map((t) => t.label)).toEqual(['Workers', 'Family', 'School']);
  });
});
