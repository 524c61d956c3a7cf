import { describe, expect, it } from 'vitest';
import { childResultsUrl, readChildResults, thanksLine } from './results-page.tsx';

const BODY = {
  council: { name: 'Northshire' },
  wave: { label: 'Your life 2026' },
  band: '8-11',
  children: { suppressed: false, value: 14 },
  goingWell: [{ itemId: 'feel_safe', text: '8 out of 10 children feel safe where they live', picture: 'happy', outOfTen: 8 }],
  toImprove: [{ itemId: 'bullied', text: '3 out of 10 children are scared to go to school', picture: 'sad', outOfTen: 3.4 }],
  weWill: [{ youSaid: 'School is scary', weWill: 'Talk to every school' }],
};

describe('the child-friendly results page', () => {
  it('reads the published results', () => {
    const r = readChildResults(BODY)!;
    expect(r.children).toBe(14);
    expect(r.goingWell[0]).toEqual({ itemId: 'feel_safe', text: '8 out of 10 children feel safe where they live', picture: 'happy', outOfTen: 8 });
    expect(r.toImprove[0]!.outOfTen).toBe(3);
    expect(r.weWill).toEqual([{ youSaid: 'School is scary', weWill: 'Talk to every school' }]);
  });

  it('never turns a hidden number of children into a number', () => {
    const r = readChildResults({ ...BODY, children: { suppressed: true, reason: 'count_below_5' } })!;
    expect(r.children).toBeNull();
    expect(thanksLine(r)).toBe('Thank you to all the children who answered.');
    expect(thanksLine(readChildResults(BODY)!)).toBe('Thank you to the 14 children who answered.');
    expect(thanksLine({ ...readChildResults(BODY)!, band: '16-25' })).toBe('Thank you to the 14 young people who answered.');
  });

  it('refuses an answer that is not a results page', () => {
    expect(readChildResults({ ...BODY, band: 'all' })).toBeNull();
    expect(readChildResults('<html>')).toBeNull();
  });

  it('asks the API for the band named in the address', () => {
    expect(childResultsUrl('north shire', '4-7')).toBe('/api/waves/north%20shire/results/4-7');
  });
});
