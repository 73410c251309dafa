import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from './dutch-compounds';
import { dutchStem } from './dutch-stem';
import { parseQuery } from './parse-query';
import { createSynonymMatcher, synonymToken } from './synonym-matcher';

const context = {
  matcher: createSynonymMatcher([
    { terms: ['pw', 'participatiewet'] },
    { terms: ['bijzondere bijstand', 'bijz. bijstand'] },
  ]),
  splitCompound: createCompoundSplitter(new Set(['bijstand', 'uitkering'].map(dutchStem))),
};

describe('parseQuery', () => {
  it('drops stop words and keeps the words as typed', () => {
    expect(parseQuery('wat is de Kostendelersnorm', context).map((unit) => unit.label)).toEqual(['Kostendelersnorm']);
  });

  it('makes one unit of a law reference, with and without the law name', () => {
    const [unit] = parseQuery('art. 18 lid 2 Pw', context);
    expect(unit?.label).toBe('art. 18 lid 2 Pw');
    expect(unit?.exact.map((alternative) => alternative.terms)).toEqual([['§pw.18.2'], ['§18.2']]);
    expect(unit?.loose).toEqual([]);
  });

  it('makes one unit of a multi-word synonym', () => {
    const units = parseQuery('bijz. bijstand aanvragen', context);
    expect(units.map((unit) => unit.label)).toEqual(['bijz. bijstand', 'aanvragen']);
    expect(units[0]?.exact[0]?.terms).toEqual([synonymToken(1)]);
  });

  it('adds synonym groups and compound parts as exact alternatives', () => {
    const [pw] = parseQuery('pw', context);
    expect(pw?.exact.some((alternative) => alternative.group === 0)).toBe(true);
    const [compound] = parseQuery('bijstandsuitkering', context);
    expect(compound?.exact.at(-1)?.terms).toEqual([dutchStem('bijstand'), dutchStem('uitkering')]);
  });

  it('searches the word being typed as a prefix, a finished short word not', () => {
    expect(parseQuery('boe', context)[0]?.loose[0]).toMatchObject({ prefix: true, fuzzy: 0 });
    expect(parseQuery('boe ', context)[0]?.loose[0]).toMatchObject({ prefix: false });
    expect(parseQuery('vakantiegeld', context)[0]?.loose[0]?.fuzzy).toBe(2);
  });

  it('reads a stop word being typed as the start of a word only', () => {
    expect(parseQuery('bij', context)).toEqual([
      { label: 'bij', exact: [], loose: [{ term: 'bij', fuzzy: 0, prefix: true }] },
    ]);
    expect(parseQuery('bij ', context)).toEqual([]);
  });

  it('allows typos by the length of the stem that is compared, so "boetes" does not find "voet"', () => {
    expect(parseQuery('boetes ', context)[0]?.loose[0]).toMatchObject({ term: 'boet', fuzzy: 0 });
    expect(parseQuery('bijstand ', context)[0]?.loose[0]?.fuzzy).toBe(1);
  });
});
