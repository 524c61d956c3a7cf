import { AGE_BANDS, INSTRUMENT_VERSIONS, latestInstrumentForBand } from '@you-said/surveys';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { instrumentItems, instrumentItemsFor } from './instrument-items.ts';
import { talliesFromResponses, type ResponseForTally } from './tallies.ts';

describe('instrument items', () => {
  it('reads each bank question and its answer codes, in the order asked', () => {
    const items = instrumentItemsFor('children-4-7', 1);
    expect(items[0]).toEqual({ itemId: 'feel_safe', codes: ['always', 'most_of_the_time', 'sometimes', 'never', 'dont_know', 'rather_not_say'] });
    // the 4-7 survey offers no "does not apply" for knowing the social worker: not the same answers as 8-11
    expect(items.find((i) => i.itemId === 'know_social_worker')!.codes).toEqual(['yes', 'no', 'dont_know', 'rather_not_say']);
    expect(instrumentItemsFor('children-8-11', 1).find((i) => i.itemId === 'know_social_worker')!.codes).toContain('not_applicable');
    // free text and html notes carry no codes
    expect(items.some((i) => i.itemId.startsWith('ft_') || i.itemId === 'intro')).toBe(false);
  });

  it('reads rating questions and nested panels', () => {
    expect(
      instrumentItems({
        pages: [{ elements: [{ type: 'panel', name: 'p', elements: [{ type: 'rating', name: 'ons_worthwhile', rateMin: 0, rateMax: 10 }] }] }],
      }),
    ).toEqual([{ itemId: 'ons_worthwhile', codes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] }]);
  });

  it('refuses an instrument version that was never published', () => {
    expect(() => instrumentItemsFor('children-4-7', 99)).toThrow();
  });
});

describe('a report over every published instrument', () => {
  it('builds without error from random answers and shows no count below 5', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    const responses: ResponseForTally[] = [];
    for (const council of ['A', 'B', 'C', 'D']) {
      for (const band of AGE_BANDS) {
        const items = instrumentItemsFor(latestInstrumentForBand(band)!.id, 1);
        const count = 5 + Math.floor(next() * (council === 'A' ? 30 : 120));
        for (let i = 0; i < count; i++) {
          const answers: Record<string, unknown> = {};
          for (const it of items) if (next() < 0.9) answers[it.itemId] = it.codes[Math.floor(next() * it.codes.length)];
          responses.push({ councilId: council, waveId: 'round-1', band, answers });
        }
      }
    }
    const report = buildReport({
      council: { id: 'A', name: 'A' },
      wave: { id: 'round-1', label: 'Round 1' },
      bands: AGE_BANDS.map((band) => ({ band, eligible: 100, items: instrumentItemsFor(latestInstrumentForBand(band)!.id, 1) })),
      tallies: talliesFromResponses(responses),
    });
    expect(report.bands).toHaveLength(4);
    expect(INSTRUMENT_VERSIONS.length).toBeGreaterThanOrEqual(4);
    const figures = JSON.stringify(report);
    // every shown count is 5 or more (shares, intervals and rates are fractions and are not counts)
    for (const b of report.bands)
      for (const d of b.domains)
        for (const it of d.items) {
          for (const a of it.answers) if (!a.count.suppressed) expect(a.count.value).toBeGreaterThanOrEqual(5);
          if (!it.base.suppressed) expect(it.base.value).toBeGreaterThanOrEqual(5);
          for (const ind of it.indicators) if (!ind.count.suppressed) expect(ind.count.value).toBeGreaterThanOrEqual(5);
        }
    expect(figures).not.toContain('a comment');
  });
});
