import { findingAt, type Finding } from './finding';
import { ALNUM } from './letter-classes';
import { words } from './word-list';

const BEFORE = String.raw`(?<![${ALNUM}_]|\d[.,/:-])`;
const AFTER = String.raw`(?![${ALNUM}_]|[.,/:-]\d)`;
// Day and month are checked by range only: "31 september 2025" is a typo for a real date of a real
// person, and a warning about it is right.
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR = String.raw`(?:18|19|20)\d{2}`;

// 12-03-1984, 12/3/1984, 30.09.2024, 12-03-84, 12-3-'84. No two-digit year after dots: "1.2.10" is a version number.
const DAY_MONTH_YEAR = new RegExp(
  String.raw`${BEFORE}${DAY}([-/])${MONTH}\1(?:${YEAR}|['’]?\d{2})${AFTER}|${BEFORE}${DAY}\.${MONTH}\.${YEAR}${AFTER}`,
  'g',
);
// 1984-03-12, 1984/03/12.
const YEAR_MONTH_DAY = new RegExp(String.raw`${BEFORE}${YEAR}([-/.])${MONTH}\1${DAY}${AFTER}`, 'g');
const MONTH_NAMES = words(
  `januari jan februari febr feb maart mrt mar april apr mei juni jun juli jul augustus aug september sept sep oktober okt oct november nov december dec`,
);
const monthNames = [...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|');
// 12 maart 1984, 3 jan. 2020, 1e januari 2026, 5 mei '84.
const WRITTEN = new RegExp(
  String.raw`(?<![${ALNUM}_])${DAY}(?:e|ste|de)?[ \u00a0]+(?:${monthNames})\.?[ \u00a0]+(?:${YEAR}|['’]\d{2})(?![${ALNUM}])`,
  'gi',
);

/**
 * Full dates (day, month and year). A month with a year, or a day with a month, does not point to a
 * person's birth or event date precisely enough to warn about, and neither does a bare year.
 */
export function findDates(text: string): Finding[] {
  return [DAY_MONTH_YEAR, YEAR_MONTH_DAY, WRITTEN]
    .flatMap((pattern) => [...text.matchAll(pattern)])
    .map((m) => findingAt('date', text, m.index, m.index + m[0].length))
    .sort((a, b) => a.start - b.start);
}
