import { describe, expect, it } from 'vitest';
import { asSentence, lowerFirst, oneLine, upperFirst, withoutClosingPunctuation } from './tidy-text';

describe('tidy-text', () => {
  it('puts typed text on one line', () => {
    expect(oneLine('  eerste regel\n\n  tweede   regel ')).toBe('eerste regel tweede regel');
  });

  it('ends a sentence once', () => {
    expect(asSentence('huisarts wordt gebeld')).toBe('huisarts wordt gebeld.');
    expect(asSentence('Klopt dat?')).toBe('Klopt dat?');
  });

  it('drops closing punctuation so generated words can follow', () => {
    expect(withoutClosingPunctuation('Stuur de loonstroken op. ')).toBe('Stuur de loonstroken op');
  });

  it('changes only the first letter', () => {
    expect(upperFirst('maak een afspraak bij UWV')).toBe('Maak een afspraak bij UWV');
    expect(lowerFirst('Schulden, bewind en Wsnp')).toBe('schulden, bewind en Wsnp');
  });
});
