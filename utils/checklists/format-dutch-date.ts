// A calendar date has no time zone. Reading `2026-12-04` as UTC midnight and formatting in UTC
// keeps the weekday right wherever the browser is; local midnight would slip a day west of UTC.
const LONG_DATE = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(isoDate: string): Date {
  const match = ISO_DATE.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  }
  return date;
}

/** `2026-12-04` → `vrijdag 4 december 2026`. */
export function formatDutchDate(isoDate: string): string {
  return LONG_DATE.format(parseIsoDate(isoDate));
}

/** `2026-12-04` → `vóór vrijdag 4 december 2026`: a concrete deadline, not "binnen 30 dagen". */
export function formatDeadline(isoDate: string): string {
  return `vóór ${formatDutchDate(isoDate)}`;
}
