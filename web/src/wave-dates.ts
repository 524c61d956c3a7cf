const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A `YYYY-MM-DD` date as words a child can read: "Monday 3 March 2025". Written out by hand
 * rather than with Intl so the wording never depends on the device's locale or time zone.
 * Returns the input unchanged if it is not a real date.
 */
export function dateInWords(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  return `${WEEKDAYS[date.getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** Today on the device's calendar, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type WaveTiming = { kind: 'open' } | { kind: 'not_yet'; opensOn: string } | { kind: 'closed'; closedOn: string };

/**
 * Whether a wave can be answered, and if not, why, in words. The server decides (`isOpen`, and
 * `state` for why not); the device's date is only a fallback when the server gave no state.
 */
export function waveTiming(
  wave: { isOpen: boolean; state?: 'not_yet_open' | 'open' | 'closed'; opensOn: string; closesOn: string },
  today: string,
): WaveTiming {
  if (wave.isOpen) return { kind: 'open' };
  const notYet = wave.state ? wave.state === 'not_yet_open' : today < wave.opensOn;
  if (notYet) return { kind: 'not_yet', opensOn: dateInWords(wave.opensOn) };
  return { kind: 'closed', closedOn: dateInWords(wave.closesOn) };
}
