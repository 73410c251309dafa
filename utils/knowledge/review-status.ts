/** How often an article is reviewed unless its team agreed otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Adds calendar months to an ISO date. A day that does not exist in the target month becomes
 * that month's last day: 2025-01-31 + 1 month = 2025-02-28, 2024-02-29 + 12 months = 2025-02-28.
 */
export function addMonths(isoDate: string, months: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Today's date where the user is, as YYYY-MM-DD (not UTC: just after midnight it differs). */
export function localIsoDate(date: Date = new Date()): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ReviewStatus {
  /** The date from which the article needs a new review. */
  dueDate: string;
  needsReview: boolean;
  /** Reviewed later than today: a typo in the date, most likely. */
  inFuture: boolean;
}

/** Whether an article reviewed on `reviewed` needs a review again by `today` (ISO dates). */
export function reviewStatus(
  reviewed: string,
  { intervalMonths = DEFAULT_REVIEW_INTERVAL_MONTHS, today }: { intervalMonths?: number; today: string },
): ReviewStatus {
  if (!Number.isInteger(intervalMonths) || intervalMonths < 1) {
    throw new RangeError('intervalMonths must be a whole number of months, at least 1');
  }
  parseIsoDate(today);
  const dueDate = addMonths(reviewed, intervalMonths);
  // ISO dates compare correctly as strings.
  return { dueDate, needsReview: today >= dueDate, inFuture: reviewed > today };
}
