import { describe, expect, it } from 'vitest';
import { findPhones } from './find-phone';

const texts = (text: string) => findPhones(text).map((f) => f.text);

describe('findPhones', () => {
  it.each([
    '06-12345678',
    '06 1234 5678',
    '06-4321 8765',
    '06 - 11 22 33 44',
    '06.87.65.43.21',
    '0612345678',
    '010-1234567',
    '0513-123456',
    '0201234567',
    '(050) 123 4567',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 87654321',
    '0031 6 11223344',
    '0031-6-12345678',
    '0800-1234',
    '0900-1234567',
    '+32 475 12 34 56',
  ])('finds %s in a sentence', (number) => {
    expect(texts(`Bel haar op ${number}, graag voor vrijdag.`)).toEqual([number]);
  });

  it('stops at the end of the number when other numbers follow', () => {
    expect(texts('Bereikbaar op 06 12345678 3 keer geprobeerd')).toEqual(['06 12345678']);
  });

  it.each([
    'Een terugvordering van € 1.234,56 is te hoog.',
    'Het gaat om 1200 euro per jaar.',
    'In 2026 verwachten we 40 aanvragen.',
    'Op grond van art. 18 lid 2 Pw en 4:84 Awb.',
    'Zaaknummer Z-2026-0012345 en 2026/0045678.',
    'Van 09.00-17.00 uur is het loket open, ook om 08:30.',
    'Ze werkt 0,5 fte.',
    'Intake op 05-01-2026 12 uur.',
    'Bel het algemene nummer 14 058.',
    'Kenmerk 2025-123456 vermelden.',
    'Het IBAN-deel ABNA0417164300 hoort bij een rekening.',
  ])('finds nothing in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('rejects numbers of the wrong length', () => {
    expect(texts('Bel 06-1234567 of 06-123456789')).toEqual([]);
  });
});
