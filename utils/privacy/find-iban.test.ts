import { describe, expect, it } from 'vitest';
import { findIbans } from './find-iban';

const texts = (text: string) => findIbans(text).map((f) => f.text);

describe('findIbans', () => {
  it.each([
    ['naar NL20INGB0001234567 overmaken', 'NL20INGB0001234567'],
    ['Rekening NL44 RABO 0123 4567 89 staat op haar naam', 'NL44 RABO 0123 4567 89'],
    ['via nl51abna0987654321, de beheerrekening', 'nl51abna0987654321'],
    ['IBAN NL 91 ABNA 0417 1643 00 graag controleren', 'NL 91 ABNA 0417 1643 00'],
    ['Belgische rekening BE68 5390 0754 7034 wordt niet geaccepteerd', 'BE68 5390 0754 7034'],
    ['Duitse werkgever: DE89 3704 0044 0532 0130 00.', 'DE89 3704 0044 0532 0130 00'],
  ])('finds the IBAN in "%s"', (text, iban) => {
    expect(texts(text)).toEqual([iban]);
  });

  it('rejects an IBAN with a wrong check number', () => {
    expect(texts('Het opgegeven nummer NL21INGB0001234567 klopt niet.')).toEqual([]);
    expect(texts('NL92ABNA0417164300')).toEqual([]);
  });

  it('does not read on into following digits or letters', () => {
    expect(texts('NL91ABNA041716430012 is te lang')).toEqual([]);
    expect(texts('NL91ABNA0417164300X')).toEqual([]);
  });

  it('finds two IBANs in one text at their own positions', () => {
    const text = 'Van NL91ABNA0417164300 naar NL20 INGB 0001 2345 67.';
    expect(findIbans(text).map((f) => [f.start, f.end])).toEqual([
      [4, 22],
      [28, 50],
    ]);
  });

  it('does not mistake Dutch words and numbers for an IBAN', () => {
    expect(texts('de 12 kinderen en 34 ouders van de school')).toEqual([]);
  });
});
