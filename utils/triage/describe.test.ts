import { describe, expect, it } from 'vitest';
import { describeStatuses } from './describe-statuses';
import { describeTrend } from './describe-trend';
import { periodStart } from './triage-period';

describe('describeTrend', () => {
  it('says in words and with an arrow whether a group grows, shrinks or stays level', () => {
    expect(describeTrend({ last30Days: 3, previous30Days: 1 })).toEqual({
      direction: 'up',
      arrow: '↑',
      label: 'stijgend',
      text: '3 in de laatste 30 dagen, 1 in de 30 dagen daarvoor',
    });
    expect(describeTrend({ last30Days: 0, previous30Days: 2 })).toMatchObject({ arrow: '↓', label: 'dalend' });
    expect(describeTrend({ last30Days: 0, previous30Days: 0 })).toMatchObject({ arrow: '→', label: 'gelijk' });
  });
});

describe('describeStatuses', () => {
  it('lists the counts in the order a signal moves, whatever order they came in', () => {
    expect(describeStatuses({ 'geen-actie': 1, nieuw: 2, 'in-behandeling': 1 })).toBe(
      '2 nieuw, 1 in behandeling, 1 geen actie',
    );
    expect(describeStatuses({})).toBe('');
  });
});

describe('periodStart', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('counts today as the last day of the period', () => {
    expect(periodStart('7', now)).toBe('2026-11-17');
    expect(periodStart('30', now)).toBe('2026-10-25');
    expect(periodStart('365', now)).toBe('2025-11-24');
  });
  it('has no start for all signals', () => {
    expect(periodStart('alles', now)).toBeUndefined();
  });
});
