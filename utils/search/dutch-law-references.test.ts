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

  it('offers the whole article when a paragraph is named', () => {
    expect(findLawReferences('art. 3:4 lid 2 Awb')[0]?.wholeArticleTokens).toEqual(['§awb.3:4', '§3:4']);
    expect(findLawReferences('artikel 18, tweede lid')[0]?.wholeArticleTokens).toEqual(['§18']);
    expect(findLawReferences('art. 58 Pw')[0]?.wholeArticleTokens).toEqual([]);
  });

  it('finds every reference in a long text, also one next to another number', () => {
    const filler = 'In 2025 kreeg de inwoner 1.200 euro. '.repeat(40);
    const text = `${filler}Zie art. 18 lid 2 Pw en 4:84 Awb. ${filler}Pw artikel 41 11e lid.`;
    expect(query(text)).toEqual(['§pw.18.2', '§18.2', '§awb.4:84', '§4:84', '§pw.41.11', '§41.11']);
  });

  it('reads past a clause letter', () => {
    expect(query('artikel 31, lid 2, onder m Pw')[0]).toBe('§pw.31.2');
  });

  it('reads a number with a paragraph written out as a reference, without "artikel" or a law', () => {
    expect(query('58 lid 8')).toEqual(['§58.8']);
    expect(query('58, achtste lid')).toEqual(['§58.8']);
  });

  it('ignores numbers that are not law references', () => {
    expect(findLawReferences('een bedrag van 1.200 euro in 2025 voor 18 personen')).toEqual([]);
    expect(findLawReferences('18.2 procent')).toEqual([]);
  });

  it('gives the offsets of each reference', () => {
    const text = 'boete en art. 58 Pw';
    const [reference] = findLawReferences(text);
    expect(text.slice(reference!.start, reference!.end)).toBe('art. 58 Pw');
  });
});
