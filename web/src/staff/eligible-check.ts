import type { AgeBand } from '@you-said/surveys';
import { isIsoDate } from './form-check.ts';
import type { StaffWave } from './staff-types.ts';

export interface EligibleRow {
  band: AgeBand;
  /** As typed; empty means "not counted yet". */
  eligible: string;
  countedOn: string;
}

export interface EligibleCount {
  band: AgeBand;
  eligible: number;
  countedOn: string;
}

/** `4-7.eligible`, `4-7.countedOn`: one key per input, so each problem sits by its box. */
export type EligibleProblems = Record<string, string>;

/** The form's rows: one per band of the wave, filled from the counts already entered. */
export function eligibleRows(wave: Pick<StaffWave, 'instruments' | 'eligible'>, today: string): EligibleRow[] {
  return wave.instruments.map(({ band }) => {
    const known = wave.eligible.find((e) => e.band === band);
    return { band, eligible: known ? String(known.eligible) : '', countedOn: known?.countedOn || today };
  });
}

// The server's own limit.
const MAX_ELIGIBLE = 1_000_000;

/**
 * The number of children eligible in each band: an aggregate count, never a list of children.
 * A band left empty is not sent (not counted yet).
 */
export function checkEligible(rows: EligibleRow[]): { problems: EligibleProblems; counts: EligibleCount[] | null } {
  const problems: EligibleProblems = {};
  const counts: EligibleCount[] = [];
  for (const row of rows) {
    const text = row.eligible.trim();
    if (text === '') continue;
    const eligible = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(eligible)) problems[`${row.band}.eligible`] = 'Enter a whole number, such as 40.';
    else if (eligible > MAX_ELIGIBLE) problems[`${row.band}.eligible`] = 'That is more children than any council looks after. Check the number.';
    if (!isIsoDate(row.countedOn)) problems[`${row.band}.countedOn`] = 'Enter the date the children were counted.';
    counts.push({ band: row.band, eligible, countedOn: row.countedOn });
  }
  return Object.keys(problems).length > 0 ? { problems, counts: null } : { problems, counts };
}

/**
 * The server names problems by their place in what was sent (`counts.1.eligible`); this names
 * them by band, to sit beside the right box.
 */
export function eligibleFieldFor(serverField: string, sent: EligibleCount[]): string {
  const match = /^counts\.(\d+)\.(\w+)/.exec(serverField);
  const band = match ? sent[Number(match[1])]?.band : undefined;
  return match && band ? `${band}.${match[2]}` : serverField;
}
