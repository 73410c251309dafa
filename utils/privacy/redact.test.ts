import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data';
import type { Finding } from './finding';
import { redact } from './redact';

describe('redact', () => {
  it('puts each placeholder exactly where its finding was', () => {
    const text = 'Mevrouw Jansen (BSN 111222333) woont op Kerkstraat 12, 8911 AB Leeuwarden, tel. 06-12345678.';
    expect(redact(text, findPersonalData(text))).toBe(
      'Mevrouw [naam] (BSN [BSN]) woont op [adres], [postcode] Leeuwarden, tel. [telefoonnummer].',
    );
  });

  it('uses the placeholder of every kind', () => {
    const text = 'j@x.nl NL20INGB0001234567 12-03-1984';
    expect(redact(text, findPersonalData(text))).toBe('[e-mail] [IBAN] [datum]');
  });

  it('redacts only the findings it is given, in any order', () => {
    const text = 'Bel Mohamed Bouzid op 06-12345678.';
    const [name, phone] = findPersonalData(text);
    expect(redact(text, [phone!])).toBe('Bel Mohamed Bouzid op [telefoonnummer].');
    expect(redact(text, [phone!, name!])).toBe('Bel [naam] op [telefoonnummer].');
  });

  it('skips a finding whose text no longer stands at its position', () => {
    const stale: Finding = { kind: 'name', start: 8, end: 14, text: 'Jansen' };
    expect(redact('Mevrouw Bakker belde.', [stale])).toBe('Mevrouw Bakker belde.');
  });

  it('applies only the first of two overlapping findings', () => {
    const text = 'NL44 RABO 0123 4567 89';
    const iban: Finding = { kind: 'iban', start: 0, end: 22, text };
    const phone: Finding = { kind: 'phone', start: 10, end: 22, text: '0123 4567 89' };
    expect(redact(text, [phone, iban])).toBe('[IBAN]');
  });

  it('returns the text unchanged without findings', () => {
    expect(redact('Niets bijzonders.', [])).toBe('Niets bijzonders.');
  });
});
