import { describe, expect, it } from 'vitest';
import { fixtureModel, fixtureReport } from '../report/report-fixture.ts';
import { checkYouSaid, entriesForBand, groupYouSaid, reportBands } from './you-said-view.ts';

describe('groupYouSaid', () => {
  it('puts areas for improvement first, then bright spots, then general points, each with its entries', () => {
    const report = fixtureReport();
    const groups = groupYouSaid(report.model, report.youSaid);
    expect(groups.map((g) => [g.kind, g.itemId, g.entries.map((e) => e.id)])).toEqual([
      ['area_for_improvement', 'lonely', ['y1']],
      ['bright_spot', 'feel_safe', []],
      ['general', null, ['y2']],
    ]);
  });

  it('keeps an entry whose finding has left the report, in a group of its own', () => {
    const groups = groupYouSaid(fixtureModel(), [{ id: 'z', band: '8-11', itemId: 'bullied', youSaid: 'a', weWill: 'b' }]);
    const orphan = groups.find((g) => g.itemId === 'bullied');
    expect(orphan).toMatchObject({ finding: null, band: '8-11', entries: [{ id: 'z' }] });
  });
});

describe('checkYouSaid', () => {
  it('needs both halves, within their lengths', () => {
    expect(checkYouSaid({ band: null, itemId: null, youSaid: ' ', weWill: 'x' })).toEqual({ youSaid: 'Write what children and young people said.' });
    expect(checkYouSaid({ band: null, itemId: null, youSaid: 'x', weWill: 'y'.repeat(1001) }).weWill).toMatch(/1000 characters or fewer/);
    expect(checkYouSaid({ band: null, itemId: null, youSaid: 'x', weWill: 'y' })).toEqual({});
  });
});

describe('a band’s child-friendly page', () => {
  it('carries its own entries and those for every band', () => {
    const { youSaid } = fixtureReport();
    expect(entriesForBand(youSaid, '11-17').map((e) => e.id)).toEqual(['y1', 'y2']);
    expect(entriesForBand(youSaid, '8-11').map((e) => e.id)).toEqual(['y2']);
  });

  it('can be published for every band the report covers', () => {
    expect(reportBands(fixtureModel())).toEqual(['8-11', '11-17', '16-25']);
  });
});
