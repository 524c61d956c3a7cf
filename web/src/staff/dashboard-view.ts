import type { AgeBand } from '@you-said/surveys';
import { dateInWords } from '../wave-dates.ts';
import type { DashboardBand, WaveState } from './staff-types.ts';

/** A rate as a whole percentage: 0.3 → "30%", 1/3 → "33%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/**
 * One band's progress in words: "12 of 40 (30%) — target 30%". Built only from what the server
 * shows: a suppressed count is its `display` ("fewer than 5"), and then no rate, ever.
 */
export function bandProgress(band: DashboardBand): string {
  const count = band.responses.display;
  const target = `target ${percent(band.targetRate)}`;
  if (band.eligible === null) {
    const noun = band.responses.value === null ? '' : band.responses.value === 1 ? ' response' : ' responses';
    return `${count}${noun} — eligible number not entered yet — ${target}`;
  }
  // 'not shown' (hidden so a small count elsewhere cannot be worked out) does not read as "of 40".
  if (band.responses.value === null && count !== FEWER_THAN_5) return `${count} (${band.eligible} eligible) — ${target}`;
  const rate = band.responses.value !== null && band.rateShown && band.rate !== null ? ` (${percent(band.rate)})` : '';
  return `${count} of ${band.eligible}${rate} — ${target}`;
}

/** The number of responses a band needs to reach its target. */
export function targetResponses(eligible: number | null, targetRate: number): number | null {
  if (eligible === null || eligible <= 0) return null;
  // Floating point: 0.3 * 40 is 12.000000000000002, which must not need 13.
  return Math.ceil(Math.round(eligible * targetRate * 1e6) / 1e6);
}

export function bandStatus(band: DashboardBand): 'on_target' | 'below_target' | 'unknown' {
  if (band.responses.value === null || band.eligible === null || !band.rateShown) return 'unknown';
  return band.onTarget ? 'on_target' : 'below_target';
}

/** How long fieldwork has left, in words. */
export function timeLeft(state: WaveState, daysLeft: number | null, opensOn: string, closesOn: string): string {
  if (state === 'not_yet_open') return `Opens on ${dateInWords(opensOn)}`;
  if (state === 'closed') return `Closed on ${dateInWords(closesOn)}`;
  if (daysLeft === null) return `Closes on ${dateInWords(closesOn)}`;
  if (daysLeft <= 0) return 'Last day today';
  return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left (closes ${dateInWords(closesOn)})`;
}

export const MODE_LABEL: Record<string, string> = {
  own_device: 'On their own device',
  with_adult: 'With an adult helping',
  group_session: 'In a group session',
};

export const BAND_LABEL: Record<AgeBand, string> = {
  '4-7': 'Ages 4 to 7',
  '8-11': 'Ages 8 to 11',
  '11-17': 'Ages 11 to 17',
  '16-25': 'Care leavers (16 to 25)',
};

/** The server's words for a count of 1 to 4. */
export const FEWER_THAN_5 = 'fewer than 5';

export interface ChartModel {
  labels: string[];
  /** Responses per band; null where the count is suppressed (it is never drawn). */
  values: (number | null)[];
  /** The server's words for a suppressed count ('fewer than 5', 'not shown'); null when shown. */
  hidden: (string | null)[];
  /** Whether a suppressed count is known to be below 5: only then is a box drawn up to 5. */
  belowFive: boolean[];
  /** Responses needed for the target, where the eligible number is known. */
  targets: (number | null)[];
}

/**
 * What the bar chart draws. A suppressed count gets no bar: "fewer than 5" gets a hatched box
 * up to 5 (all the server says about it), any other hidden count only its words.
 */
export function chartModel(bands: DashboardBand[]): ChartModel {
  return {
    labels: bands.map((b) => BAND_LABEL[b.band]),
    values: bands.map((b) => b.responses.value),
    hidden: bands.map((b) => (b.responses.value === null ? b.responses.display : null)),
    belowFive: bands.map((b) => b.responses.value === null && b.responses.display === FEWER_THAN_5),
    targets: bands.map((b) => targetResponses(b.eligible, b.targetRate)),
  };
}

/** The smallest count the server shows; a suppressed box is drawn up to here, and no higher. */
export const SHOWN_FROM = 5;
