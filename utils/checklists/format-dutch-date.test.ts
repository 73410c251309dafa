import { afterEach, describe, expect, it } from 'vitest';
import { formatDeadline, formatDutchDate } from './format-dutch-date';

describe('formatDutchDate', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it('writes weekday, day, month and year in Dutch', () => {
    expect(formatDutchDate('2026-12-04')).toBe('vrijdag 4 december 2026');
    expect(formatDutchDate('2027-01-01')).toBe('vrijdag 1 januari 2027');
    expect(formatDutchDate('2028-02-29')).toBe('dinsdag 29 februari 2028');
  });

  it.each(['Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Europe/Amsterdam'])(
    'gives the same weekday in time zone %s',
    (timeZone) => {
      process.env.TZ = timeZone;
      expect(formatDutchDate('2026-12-04')).toBe('vrijdag 4 december 2026');
      expect(formatDutchDate('2026-03-29')).toBe('zondag 29 maart 2026');
    },
  );

  it.each(['2026-02-30', '2026-13-01', '04-12-2026', '2026-12-4', ''])('rejects %j', (input) => {
    expect(() => formatDutchDate(input)).toThrow(RangeError);
  });
});

describe('formatDeadline', () => {
  it('puts vóór in front of the date', () => {
    expect(formatDeadline('2026-12-04')).toBe('vóór vrijdag 4 december 2026');
  });
});
