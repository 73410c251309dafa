import { describe, expect, it } from 'vitest';
import { dutchWords } from './dutch-words';

describe('dutchWords', () => {
  it('splits text into folded words with stems and keeps the text as written', () => {
    const words = dutchWords('De Beëindiging van boetes');
    expect(words.map((word) => word.raw)).toEqual(['De', 'Beëindiging', 'van', 'boetes']);
    expect(words.map((word) => word.folded)).toEqual(['de', 'beeindiging', 'van', 'boetes']);
    expect(words.map((word) => word.stop)).toEqual([true, false, true, false]);
  });

  it('drops single letters but keeps numbers', () => {
    expect(dutchWords("auto's van 2 mensen").map((word) => word.folded)).toEqual(['auto', 'van', '2', 'mensen']);
  });

  it('reads a dotted abbreviation as one word', () => {
    expect(dutchWords('de a.o.w. leeftijd').map((word) => word.folded)).toEqual(['de', 'aow', 'leeftijd']);
  });
});
