/** The calendar date ('YYYY-MM-DD') of `now` in `timeZone`: the finest time a response keeps. */
export function calendarDate(now: Date, timeZone: string): string {
  // Dates change only on the minute in every time zone, so the answer for this minute is reused:
  // formatting runs once a minute, not once a request.
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `${timeZone}@${minute}`;
  if (lastDate.key === key) return lastDate.value;
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const value = format.format(now);
  lastDate = { key, value };
  return value;
}

let lastDate = { key: '', value: '' };

// Building a formatter costs far more than using one; it holds no data, only the zone's rules.
const formats = new Map<string, Intl.DateTimeFormat>();

/** "23 November 2026", for messages people read. */
export function dateInWords(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
