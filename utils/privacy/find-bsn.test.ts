import { describe, expect, it } from 'vitest';
import { findBsns } from './find-bsn';

const texts = (text: string) => findBsns(text).map((f) => f.text);

describe('findBsns', () => {
  it.each([
    ['BSN 111222333 is bekend.', '111222333'],
    ['bsn: 123.456.782, graag checken', '123.456.782'],
    ['nummer 203 040 508 van de aanvrager', '203 040 508'],
    ['bsn 1234-56-782', '1234-56-782'],
    ['Zie dossier van 314159265.', '314159265'],
  ])('finds the BSN in "%s"', (text, bsn) => {
    expect(texts(text)).toEqual([bsn]);
  });

  it('gives exact positions so the span can be redacted', () => {
    expect(findBsns('Vader (BSN 555666773) woont in.')).toEqual([
      { kind: 'bsn', start: 11, end: 20, text: '555666773' },
    ]);
  });

  it('ignores nine digits that fail the elfproef', () => {
    expect(texts('Klantnummer 111222330 staat dubbel.')).toEqual([]);
  });

  it('ignores nine valid digits inside a longer number, a case number or an IBAN', () => {
    expect(texts('referentie 1111222333 en 11112223330')).toEqual([]);
    expect(texts('zaak Z-2026-111222333-4')).toEqual([]);
    expect(texts('rekening NL91ABNA0417164300 en code X111222333')).toEqual([]);
    expect(texts('groepen 12 111 222 333')).toEqual([]);
  });

  it('leaves the digits of an international phone number to the phone finder', () => {
    expect(texts('Bel +31 607080905 of 0031 (0)607080905')).toEqual([]);
  });

  it('ignores amounts that happen to pass the elfproef', () => {
    expect(texts('Het budget is € 203.040.508 voor de regio.')).toEqual([]);
    expect(texts('Het gaat om 203.040.508 euro.')).toEqual([]);
    expect(texts('Het gaat om 203.040.508,00.')).toEqual([]);
  });

  it('accepts eight digits (dropped leading zero) only when the text calls the number a BSN', () => {
    expect(texts('bsn 12345672 (voorloopnul ontbreekt)')).toEqual(['12345672']);
    expect(texts('Burgerservicenummer: 12345672')).toEqual(['12345672']);
    expect(texts('KvK-nummer 12345672 van de werkgever')).toEqual([]);
    expect(texts('bsn 12345678 klopt niet')).toEqual([]);
  });

  it('finds digits glued to the word BSN', () => {
    expect(texts('BSN123456782 stond in de notitie, bsn12345672 en bsn:12345672 ook')).toEqual([
      '123456782',
      '12345672',
      '12345672',
    ]);
  });
});
