import type { AgeBand } from './types.ts';
import referenceJson from '../reference/general-population.json';

/**
 * A general-population figure the report compares a council's indicator with: the share of
 * young people of `ageRange` in the general population giving the answer that item `itemId`
 * counts at its `measure` end, used for the age `bands` listed.
 */
export interface ReferenceValue {
  id: string;
  itemId: string;
  measure: 'positive' | 'worrying';
  bands: AgeBand[];
  /** a proportion, 0 to 1 */
  value: number;
  /** what the figure says, in words */
  finding: string;
  ageRange: string;
  /** where it comes from, cited as the report will cite it */
  source: string;
  /** the year the figure refers to; null until a person has confirmed it */
  year: number | null;
  /** false until a person has checked the figure against its original source */
  verified: boolean;
  note?: string;
}

/**
 * Every general-population figure, from `reference/general-population.json`. Figures live there
 * with their source, year and age range, never as bare numbers in code.
 */
export const REFERENCE_VALUES: readonly ReferenceValue[] = (referenceJson as { values: ReferenceValue[] }).values;

/** The general-population figures that apply to item `itemId` in age band `band`. */
export function referenceValuesFor(itemId: string, band: AgeBand): ReferenceValue[] {
  return REFERENCE_VALUES.filter((r) => r.itemId === itemId && r.bands.includes(band));
}
