import { describe, expect, it } from 'vitest';
import { addMonths, localIsoDate, reviewStatus } from './review-status';

describe('addMonths', () => {
  it('adds calendar months across years', () => {
    expect(addMonths('2025-11-30', 12)).toBe('2026-11-30');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
  });
});

describe('reviewStatus', () => {
  it('needs review from the due date on, not a day before', () => {
    expect(reviewStatus('2025-11-30', { intervalMonths: 12, today: '2026-11-29' })).toEqual({
      dueDate: '2026-11-30',
      needsReview: false,
      inFuture: false,
    });
    expect(reviewStatus('2025-11-30', { intervalMonths: 12, today: '2026-11-30' }).needsReview).toBe(true);
  });

  it('flags a review date in the future', () => {
    expect(reviewStatus('2027-01-01', { today: '2026-11-23' }).inFuture).toBe(true);
  });

  it('rejects a nonsensical interval or date', () => {
    expect(() => reviewStatus('2026-01-01', { intervalMonths: 0, today: '2026-11-23' })).toThrow(RangeError);
    expect(() => reviewStatus('2026-01-01', { today: '23-11-2026' })).toThrow(RangeError);
  });
});

describe('localIsoDate', () => {
  it('uses the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});
