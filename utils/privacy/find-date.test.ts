import { describe, expect, it } from 'vitest';
import { findDates } from './find-date';

const texts = (text: string) => findDates(text).map((f) => f.text);

describe('findDates', () => {
  it.each([
    '12-03-1984',
    '12/3/1984',
    '1984-03-12',
    '30.09.2024',
    '12-03-84',
    "12-3-'84",
    '12 maart 1984',
    '12 Maart 1984',
    '3 jan. 2020',
    '1 jan 2026',
    '1e januari 2026',
    '31 september 2025',
  ])('finds the full date %s', (date) => {
    expect(texts(`Geboren op ${date} in Marokko.`)).toEqual([date]);
  });

  it.each([
    'In 2026 verwachten we meer aanvragen.',
    'Sinds januari 2025 is de regeling aangepast.',
    'Per 1 juli wordt de norm geïndexeerd.',
    'Artikel 3:4 Awb en 4:84 Awb.',
    'Een bedrag van 1.200,50 en € 1.234,56.',
    'Zie ECLI:NL:CRVB:2014:3754.',
    'Beleidsregel 2.3.1 en versie 1.2.10.',
    'Het schooljaar 2025-2026 en Kamerstukken II 2013/14.',
    'Zaaknummer Z-2026-0012345.',
    'Kamer 3.14 op 12.00 uur.',
    'Datum 32-13-2020 bestaat niet.',
  ])('finds no date in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('returns several dates in text order', () => {
    expect(texts('Intake 19-01-2026, aanvraag 1 maart 2025 en besluit 2025-07-01.')).toEqual([
      '19-01-2026',
      '1 maart 2025',
      '2025-07-01',
    ]);
  });
});
