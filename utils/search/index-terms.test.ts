import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from './dutch-compounds';
import { dutchStem } from './dutch-stem';
import { createTextAnalyser } from './index-terms';
import { createSynonymMatcher, synonymToken } from './synonym-matcher';

const analyser = createTextAnalyser(
  createSynonymMatcher([{ terms: ['iit', 'individuele inkomenstoeslag'] }]),
  createCompoundSplitter(new Set(['bijstand', 'uitkering'].map(dutchStem))),
);

describe('createTextAnalyser', () => {
  it('indexes stems, compound parts and law tokens, not stop words', () => {
    const { terms } = analyser.analyse('De bijstandsuitkering volgens art. 36 Pw');
    expect(terms).toContain(dutchStem('uitkering'));
    expect(terms).toContain('§pw.36');
    expect(terms).not.toContain('de');
  });

  it('adds a synonym-group token and remembers the term as written', () => {
    const { terms, synonymHits } = analyser.analyse('Over de Individuele inkomenstoeslag');
    expect(terms).toContain(synonymToken(0));
    expect(synonymHits.get(0)).toBe('individuele inkomenstoeslag');
  });
});
