import type { AgeBand } from '@you-said/surveys';

/**
 * The age bands in the order children see them. Kept here rather than imported from
 * `@you-said/surveys` because that package's runtime entry also pulls in every instrument's
 * JSON, and the respondent bundle must get instruments from the server only.
 */
export const BANDS = ['4-7', '8-11', '11-17', '16-25'] as const satisfies readonly AgeBand[];

// Fails to compile if `@you-said/surveys` gains a band this list does not have.
const everyBandListed: Record<AgeBand, true> = { '4-7': true, '8-11': true, '11-17': true, '16-25': true };
void everyBandListed;

export function isAgeBand(value: string): value is AgeBand {
  return (BANDS as readonly string[]).includes(value);
}

/** Words on the band buttons, in the child's voice. */
export const BAND_CHOICE_LABEL: Record<AgeBand, string> = {
  '4-7': "I'm 4 to 7",
  '8-11': "I'm 8 to 11",
  '11-17': "I'm 11 to 17",
  '16-25': "I've left care (16 to 25)",
};

/** The youngest children always answer with a trusted adult reading aloud, so they are never asked. */
export function asksWhoIsWithYou(band: AgeBand): boolean {
  return band !== '4-7';
}
