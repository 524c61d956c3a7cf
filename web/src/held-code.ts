import type { AgeBand } from '@you-said/surveys';

/**
 * The access code a child has just had accepted, kept in this page's memory only: never in the
 * URL (a shared tablet's history would show it), never in browser storage. It goes with the
 * answers for that wave and band, and is forgotten once they are stored (it is spent then).
 */
let held: { wave: string; band: AgeBand; code: string } | null = null;

export function holdCode(wave: string, band: AgeBand, code: string): void {
  held = { wave, band, code };
}

/** The code held for this wave and band, or null (a code for another band must not be sent). */
export function heldCodeFor(wave: string, band: AgeBand): string | null {
  return held && held.wave === wave && held.band === band ? held.code : null;
}

export function forgetCode(): void {
  held = null;
}
