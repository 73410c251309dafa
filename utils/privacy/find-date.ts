import { findingAt, type Finding } from './finding';

const BEFORE = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/:-])`;
const AFTER = String.raw`(?![\p{L}\p{N}_]|[.,/:-]\p{N})`;
const DAY = String.raw`(0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(0?[1-9]|1[0-2])`;

// 12-03-1984, 12/3/1984, 30.09.2024, 12-03-84 (no two-digit year after dots: that reads as a version number).
const DAY_MONTH_YEAR = new RegExp(String.raw`${BEFORE}${DAY}([-/.])${MONTH}\2((?:18|19|20)\d{2}|\d{2})${AFTER}`, 'gu');
// 1984-03-12, 1984/03/12.
const YEAR_MONTH_DAY = new RegExp(String.raw`${BEFORE}((?:18|19|20)\d{2})([-/.])${MONTH}\2${DAY}${AFTER}`, 'gu');
const MONTH_NAMES: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, febr: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6,
  jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const monthNames = Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|');
// 12 maart 1984, 3 jan. 2020, 1e januari 2026, 5 mei '84.
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${DAY}(?:e|ste|de)?[ \u00a0]+(${monthNames})\.?[ \u00a0]+((?:18|19|20)\d{2}|['’]\d{2})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Full dates (day, month and year). A month with a year, or a day with a month, does not point to a
 * person's birth or event date precisely enough to warn about, and neither does a bare year.
 */
export function findDates(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const [whole, day, separator, month, year] = m as unknown as [string, string, string, string, string];
    if (separator === '.' && year.length === 2) continue;
    if (isRealDate(fullYear(year), Number(month), Number(day))) found.push(findingAt('date', text, m.index, m.index + whole.length));
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY)) {
    const [whole, year, , month, day] = m as unknown as [string, string, string, string, string];
    if (isRealDate(Number(year), Number(month), Number(day))) found.push(findingAt('date', text, m.index, m.index + whole.length));
  }
  for (const m of text.matchAll(WRITTEN)) {
    const [whole, day, monthName, year] = m as unknown as [string, string, string, string];
    const month = MONTH_NAMES[monthName.toLowerCase()]!;
    if (isRealDate(fullYear(year.replace(/['’]/, '')), month, Number(day))) {
      found.push(findingAt('date', text, m.index, m.index + whole.length));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Two-digit years only matter for validating 29 February; 00–49 are read as this century. */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
