import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, BACKOFF_FLOOR_MS, backoffDelay } from './backoff';

describe('backoffDelay (exponential, full jitter)', () => {
  it('doubles the window after each failure', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, top)).toBe(Math.floor(0.999999 * BACKOFF_BASE_MS));
    expect(backoffDelay(2, top)).toBe(Math.floor(0.999999 * 2 * BACKOFF_BASE_MS));
    expect(backoffDelay(4, top)).toBe(Math.floor(0.999999 * 8 * BACKOFF_BASE_MS));
  });

  it('never waits longer than the cap, however many failures', () => {
    for (const failures of [8, 20, 100, 5000]) {
      expect(backoffDelay(failures, () => 0.999999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    }
    expect(backoffDelay(100, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('spreads retries uniformly over the whole window (full jitter), with a floor against tight loops', () => {
    expect(backoffDelay(3, () => 0)).toBe(BACKOFF_FLOOR_MS);
    expect(backoffDelay(3, () => 0.25)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 0.75)).toBe(3 * BACKOFF_BASE_MS);
    const draws = Array.from({ length: 2000 }, () => backoffDelay(5, Math.random));
    const window = 16 * BACKOFF_BASE_MS;
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(BACKOFF_FLOOR_MS);
    expect(Math.max(...draws)).toBeLessThan(window);
    // Both halves of the window are used: jitter, not a fixed delay.
    expect(draws.filter((d) => d < window / 2).length).toBeGreaterThan(800);
    expect(draws.filter((d) => d >= window / 2).length).toBeGreaterThan(800);
  });
});
