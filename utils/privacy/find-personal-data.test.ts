import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data';

describe('findPersonalData', () => {
  it('finds every kind in one note, sorted by position', () => {
    const text =
      'Mevrouw Jansen (BSN 111222333), Kerkstraat 12, 8911 AB Leeuwarden, tel. 06-12345678, geboren 12-03-1984, j.jansen@gmail.com, NL20INGB0001234567.';
    expect(findPersonalData(text).map((f) => [f.kind, f.text])).toEqual([
      ['name', 'Jansen'],
      ['bsn', '111222333'],
      ['address', 'Kerkstraat 12'],
      ['postcode', '8911 AB'],
      ['phone', '06-12345678'],
      ['date', '12-03-1984'],
      ['email', 'j.jansen@gmail.com'],
      ['iban', 'NL20INGB0001234567'],
    ]);
  });

  it('reports a grouped IBAN as an IBAN, not the phone number its digits resemble', () => {
    expect(findPersonalData('Rekening NL44 RABO 0123 4567 89.').map((f) => f.kind)).toEqual(['iban']);
  });

  it('reports an address, not the first name at the start of its street name', () => {
    expect(findPersonalData('Het adres Willem Lodewijkstraat 33 klopt.').map((f) => [f.kind, f.text])).toEqual([
      ['address', 'Willem Lodewijkstraat 33'],
    ]);
  });

  it('never returns overlapping findings', () => {
    const text = 'mr. J.P. Jansen-Smit, Jan Pieterszoon Coenstraat 4, NL 91 ABNA 0417 1643 00, 06 - 11 22 33 44';
    const findings = findPersonalData(text);
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    expect(findings.map((f) => f.kind)).toEqual(['name', 'address', 'iban', 'phone']);
  });

  it('leaves a policy text with amounts, law references and counts alone', () => {
    const text =
      'Op grond van art. 18 lid 2 Pw en 4:84 Awb (ECLI:NL:CRVB:2014:3754) verlaagt de gemeente Leeuwarden de ' +
      'uitkering. In 2026 ging het om 1.234 huishoudens met 3 kinderen, € 1.234,56 per maand, 12% van de ' +
      'aanvragen, zaak Z-2026-0012345, sinds januari 2025. De Centrale Raad van Beroep en Team Inkomen zijn het eens.';
    expect(findPersonalData(text)).toEqual([]);
  });

  it('scans a few thousand characters in well under 5 ms', () => {
    const note =
      'Mevrouw Jansen (BSN 111222333) woont op Kerkstraat 12, 8911 AB Leeuwarden. Zij belde op 06-12345678 over ' +
      'de kostendelersnorm van art. 22a Pw; haar zoon is geboren op 12 maart 2004 en betaalt € 450,00 per maand. ';
    const text = note.repeat(Math.ceil(3000 / note.length));
    findPersonalData(text);
    const timings = Array.from({ length: 15 }, () => {
      const start = performance.now();
      findPersonalData(text);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(timings[7]).toBeLessThan(5);
  });

  it.each([
    ['repeated first names', 'Jan Jan Jan '.repeat(2000)],
    ['repeated titles', 'mevrouw '.repeat(2500)],
    ['a hyphen chain', 'Jansen-'.repeat(3000)],
    ['spaced digits', '06 '.repeat(7000)],
  ])('stays fast on pathological input: %s', (_label, text) => {
    const start = performance.now();
    findPersonalData(text);
    // Quadratic reading took seconds here; linear reading takes milliseconds.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
