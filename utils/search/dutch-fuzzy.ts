/**
 * How many typing errors a search word may contain and still match: none for short words
 * (too many Dutch words are one letter apart: wet/met, huur/duur), one for 5 to 8 letters,
 * two for longer words, where two slips are common and still unambiguous.
 */
export function dutchFuzzyDistance(word: string): number {
  const length = [...word].length;
  if (length <= 4) return 0;
  return length <= 8 ? 1 : 2;
}
