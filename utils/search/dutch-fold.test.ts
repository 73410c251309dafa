import { describe, expect, it } from 'vitest';
import { foldDutch } from './dutch-fold';

describe('foldDutch', () => {
  it('makes words with and without tremas and accents equal', () => {
    expect(foldDutch('Beëindiging')).toBe(foldDutch('beeindiging'));
    expect(foldDutch('financiële')).toBe('financiele');
    expect(foldDutch('reïntegratie café')).toBe('reintegratie cafe');
  });

  it('writes out the ij ligature', () => {
    expect(foldDutch('ĳsselmeer')).toBe('ijsselmeer');
  });

  it('joins dotted abbreviations', () => {
    expect(foldDutch('de A.O.W. en b.v. de bijstand')).toBe('de aow en bv de bijstand');
  });
});
