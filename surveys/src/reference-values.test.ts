import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from './types.ts';
import { findItem } from './item-bank.ts';
import { REFERENCE_VALUES, referenceValuesFor } from './reference-values.ts';

describe('general-population reference values', () => {
  it('loads the seven published figures from DOMAIN.md', () => {
    expect(REFERENCE_VALUES.map((r) => [r.itemId, r.measure, r.value])).toEqual([
      ['ons_life_satisfaction', 'worrying', 0.03],
      ['ons_worthwhile', 'worrying', 0.04],
      ['loneliness', 'worrying', 0.1],
      ['money_coping', 'worrying', 0.09],
      ['internet_at_home', 'positive', 0.91],
      ['bullied_afraid_school', 'worrying', 0.17],
      ['good_friend', 'worrying', 0.025],
    ]);
  });

  it('points every figure at an item that has codes at that end', () => {
    for (const r of REFERENCE_VALUES) {
      const item = findItem(r.itemId);
      expect(item, r.id).toBeDefined();
      expect(item![r.measure].length, r.id).toBeGreaterThan(0);
    }
  });

  it('gives every figure a proportion, bands, an age range and a source', () => {
    for (const r of REFERENCE_VALUES) {
      expect(r.value > 0 && r.value < 1, r.id).toBe(true);
      expect(r.bands.length, r.id).toBeGreaterThan(0);
      for (const b of r.bands) expect(AGE_BANDS, r.id).toContain(b);
      expect(r.ageRange, r.id).toMatch(/^\d+-\d+$/);
      expect(r.source.length, r.id).toBeGreaterThan(10);
      expect(r.year === null || Number.isInteger(r.year), r.id).toBe(true);
    }
  });

  it('marks every unverified figure with a note saying a person must confirm it', () => {
    for (const r of REFERENCE_VALUES.filter((x) => !x.verified)) expect(r.note, r.id).toMatch(/must confirm/);
    expect(REFERENCE_VALUES.every((r) => !r.verified)).toBe(true);
  });

  it('has unique ids and at most one figure per item, end and band', () => {
    expect(new Set(REFERENCE_VALUES.map((r) => r.id)).size).toBe(REFERENCE_VALUES.length);
    const keys = REFERENCE_VALUES.flatMap((r) => r.bands.map((b) => `${r.itemId}/${r.measure}/${b}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the figures for an item in a band and none outside their ages', () => {
    expect(referenceValuesFor('good_friend', '8-11').map((r) => r.id)).toEqual(['gp-8-18-no-good-friend']);
    expect(referenceValuesFor('good_friend', '4-7')).toEqual([]);
    expect(referenceValuesFor('ons_life_satisfaction', '11-17')).toEqual([]);
    expect(referenceValuesFor('feel_safe', '16-25')).toEqual([]);
  });
});
