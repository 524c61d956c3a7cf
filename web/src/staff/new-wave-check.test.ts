import { describe, expect, it } from 'vitest';
import { sortFieldProblems } from './form-check.ts';
import { checkNewWave, emptyNewWaveForm, NEW_WAVE_FIELDS } from './new-wave-check.ts';

const filled = { ...emptyNewWaveForm(), label: ' Your life 2026 ', opensOn: '2026-03-02', closesOn: '2026-04-27' };

describe('checkNewWave', () => {
  it('builds the body with the defaults: 30% target, link access, all four bands', () => {
    expect(checkNewWave(filled, null)).toEqual({
      problems: {},
      body: {
        label: 'Your life 2026',
        opensOn: '2026-03-02',
        closesOn: '2026-04-27',
        targetRate: 0.3,
        accessMode: 'link',
        bands: ['4-7', '8-11', '11-17', '16-25'],
      },
    });
  });

  it('refuses a closing date before the opening date, as the server does', () => {
    expect(checkNewWave({ ...filled, closesOn: '2026-03-01' }, null).problems).toEqual({ closesOn: 'The survey must close on or after the day it opens.' });
    expect(checkNewWave({ ...filled, closesOn: '2026-01-01' }, null).body).toBeNull();
  });

  it('allows a one-day wave', () => {
    expect(checkNewWave({ ...filled, closesOn: '2026-03-02' }, null).body?.closesOn).toBe('2026-03-02');
  });

  it('wants a target of at least 1%, like the server', () => {
    expect(checkNewWave({ ...filled, targetPercent: '0.5' }, null).problems.targetRate).toBeDefined();
    expect(checkNewWave({ ...filled, targetPercent: '100' }, null).body?.targetRate).toBe(1);
  });

  it('asks for real dates, a name, a sensible target and at least one band', () => {
    const { problems } = checkNewWave({ ...emptyNewWaveForm(), opensOn: '2026-02-30', targetPercent: '0', bands: [] }, null);
    expect(Object.keys(problems).sort()).toEqual(['bands', 'closesOn', 'label', 'opensOn', 'targetRate']);
  });

  it('turns the percentage into a rate without float noise', () => {
    expect(checkNewWave({ ...filled, targetPercent: '33.3' }, null).body?.targetRate).toBe(0.333);
    expect(checkNewWave({ ...filled, targetPercent: '55%' }, null).body?.targetRate).toBe(0.55);
  });

  it('sends the bands in the usual order', () => {
    expect(checkNewWave({ ...filled, bands: ['16-25', '4-7'] }, null).body?.bands).toEqual(['4-7', '16-25']);
  });

  it("makes a platform admin choose a council, and sends that council's own id", () => {
    const ids = new Map<string, string | number>([['12', 12]]);
    expect(checkNewWave(filled, ids).problems.councilId).toMatch(/Choose/);
    expect(checkNewWave({ ...filled, councilId: '12' }, ids).body?.councilId).toBe(12);
  });
});

describe('sortFieldProblems', () => {
  it("puts the server's problems beside their fields and keeps the rest", () => {
    const sorted = sortFieldProblems(
      [
        { field: 'closesOn', message: 'After opening, please.' },
        { field: 'bands.1', message: 'Unknown band.' },
        { field: 'slug', message: 'Taken.' },
      ],
      NEW_WAVE_FIELDS,
    );
    expect(sorted).toEqual({ byField: { closesOn: 'After opening, please.', bands: 'Unknown band.' }, other: ['Taken.'] });
  });
});
