import { describe, expect, it } from 'vitest';
import { isDutchStopWord } from './dutch-stopwords';

describe('isDutchStopWord', () => {
  it('drops function words', () => {
    for (const word of ['de', 'het', 'een', 'van', 'wat', 'is', 'voor']) expect(isDutchStopWord(word)).toBe(true);
  });

  it('keeps words that change what a consultant looks for', () => {
    for (const word of ['geen', 'niet', 'wet', 'uit', 'boete', 'bijstand']) expect(isDutchStopWord(word)).toBe(false);
  });
});
