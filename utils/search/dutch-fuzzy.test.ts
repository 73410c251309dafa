import { describe, expect, it } from 'vitest';
import { dutchFuzzyDistance } from './dutch-fuzzy';

describe('dutchFuzzyDistance', () => {
  it('allows no typo in short words, one in 5–8 letters, two in longer words', () => {
    expect(dutchFuzzyDistance('wet')).toBe(0);
    expect(dutchFuzzyDistance('huur')).toBe(0);
    expect(dutchFuzzyDistance('boete')).toBe(1);
    expect(dutchFuzzyDistance('bijstand')).toBe(1);
    expect(dutchFuzzyDistance('uitkering')).toBe(2);
    expect(dutchFuzzyDistance('kostendelersnorm')).toBe(2);
  });
});
