/** The period filter of the Triage view: how far back a signal may have been made. */
export const TRIAGE_PERIODS = ['alles', '7', '30', '90', '365'] as const;
export type TriagePeriod = (typeof TRIAGE_PERIODS)[number];

export const TRIAGE_PERIOD_LABELS: Record<TriagePeriod, string> = {
  alles: 'Alle signalen',
  '7': 'Afgelopen 7 dagen',
  '30': 'Afgelopen 30 dagen',
  '90': 'Afgelopen 3 maanden',
  '365': 'Afgelopen jaar',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * First day of the period as the inbox's `from` (a whole UTC day, inclusive), counting today as
 * its last day; undefined for "alles".
 */
export function periodStart(period: TriagePeriod, now: Date): string | undefined {
  if (period === 'alles') return undefined;
  return new Date(now.getTime() - (Number(period) - 1) * DAY_MS).toISOString().slice(0, 10);
}
