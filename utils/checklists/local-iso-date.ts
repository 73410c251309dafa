/**
 * The calendar date the user sees on their own clock, as `YYYY-MM-DD` (the value of `<input type="date">`).
 * `toISOString()` would give the UTC date, which is yesterday in the Netherlands until 01:00 or 02:00.
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
