import { describe, expect, it } from 'vitest';
import { dutchStem } from './dutch-stem';
import { createTextAnalyser } from './index-terms';
import { createSynonymMatcher, synonymToken } from './synonym-matcher';

const analyser = createTextAnalyser(createSynonymMatcher([{ terms: ['iit', 'individuele inkomenstoeslag'] }]));

describe('createTextAnalyser', () => {
  it('keeps words with their stems and law tokens, not stop words', () => {
    const { words, tokens } = analyser.analyse('De bijstandsuitkering volgens art. 36 Pw');
    expect(words.map((word) => word.folded)).toEqual(['bijstandsuitkering', 'volgens', 'art', '36', 'pw']);
    expect(words[0]!.forms).toContain(dutchStem('bijstandsuitkering'));
    expect(tokens).toContain('§pw.36');
  });

  it('counts every occurrence, with one shared object per written word', () => {
    const { words } = analyser.analyse('boete, boete en nog eens boete');
    expect(words).toHaveLength(3);
    expect(new Set(words).size).toBe(1);
  });

  it('adds a synonym-group token and remembers the term as written', () => {
    const { tokens, synonymHits } = analyser.analyse('Over de Individuele inkomenstoeslag');
    expect(tokens).toContain(synonymToken(0));
    expect(synonymHits.get(0)).toBe('individuele inkomenstoeslag');
  });
});
