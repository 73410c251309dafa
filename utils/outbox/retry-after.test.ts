import { describe, expect, it } from 'vitest';
import { RETRY_AFTER_MAX_MS, parseRetryAfter } from './retry-after';

const now = Date.parse('2026-03-01T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:05:00 GMT', now)).toBe(5 * 60_000);
  });

  it('treats a date in the past as "now"', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('caps absurd waits at one day', () => {
    expect(parseRetryAfter('99999999', now)).toBe(RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).toBe(RETRY_AFTER_MAX_MS);
  });

  it('returns undefined for missing or unreadable values, so the caller uses its backoff', () => {
    for (const value of [undefined, null, '', '-5', '1.5', 'soon', 'over een uur']) {
      expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
    }
  });
});
