import { describe, expect, it } from 'vitest';
import { findLawReferences } from './dutch-law-references';

const query = (text: string): string[] => findLawReferences(text).flatMap((reference) => reference.queryTokens);
const index = (text: string): string[] => findLawReferences(text).flatMap((reference) => reference.indexTokens);

describe('findLawReferences', () => {
  it('reads every common spelling of a paragraph reference the same way', () => {
    for (const text of ['art 18 lid 2', 'artikel 18, tweede lid', 'Art. 18, lid 2', 'artikel 18 2e lid']) {
      expect(query(text)).toEqual(['§18.2']);
    }
    for (const text of [
      '18.2 Pw',
      'art. 18 lid 2 Participatiewet',
      'artikel 18, tweede lid, van de Participatiewet',
      'Pw art. 18 lid 2',
    ]) {
      expect(query(text)[0]).toBe('§pw.18.2');
    }
  });

  it('reads book:article references of the Awb and BW', () => {
    expect(query('4:84 awb')[0]).toBe('§awb.4:84');
    expect(query('artikel 3:4 Awb')[0]).toBe('§awb.3:4');
    expect(query('Algemene wet bestuursrecht artikel 4:84')[0]).toBe('§awb.4:84');
    expect(query('BW 1:447')[0]).toBe('§bw.1:447');
    expect(query('zie 4:84')).toEqual(['§4:84']);
  });

  it('indexes every generalisation, so a broad query finds a specific reference', () => {
    expect(index('Participatiewet art. 18 lid 2')).toEqual(['§18', '§18.2', '§pw.18', '§pw.18.2']);
    expect(index('art. 58 Pw')).toContain('§pw.58');
    expect(index('Participatiewet art. 22a')).toContain('§pw.22a');
  });

  it('reads past a clause letter', () => {
    expect(query('artikel 31, lid 2, onder m Pw')[0]).toBe('§pw.31.2');
  });

  it('ignores numbers that are not law references', () => {
    expect(findLawReferences('een bedrag van 1.200 euro in 2025 voor 18 personen')).toEqual([]);
  });

  it('gives the offsets of each reference', () => {
    const text = 'boete en art. 58 Pw';
    const [reference] = findLawReferences(text);
    expect(text.slice(reference!.start, reference!.end)).toBe('art. 58 Pw');
  });
});
