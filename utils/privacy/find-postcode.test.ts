import { describe, expect, it } from 'vitest';
import { findPostcodes } from './find-postcode';

const texts = (text: string) => findPostcodes(text).map((f) => f.text);

describe('findPostcodes', () => {
  it('finds postcodes with and without a space', () => {
    expect(texts('Verhuisd naar 8911 AB Leeuwarden, eerder 9721BC.')).toEqual(['8911 AB', '9721BC']);
  });

  it('accepts lower case only when written without a space', () => {
    expect(texts('Ze gaf als postcode 8913cj op.')).toEqual(['8913cj']);
    expect(texts('Het gaat om 1200 en daarna 1300 ab')).toEqual([]);
  });

  it('never reports letter pairs PostNL does not issue, or a leading zero', () => {
    expect(texts('1234 SA, 1234 SD, 1234 SS en 0123 AB')).toEqual([]);
  });

  it('does not read a year and a capitalised word as a postcode', () => {
    expect(texts('WIJZIGING PER 2026 EN VERDER: de norm gaat omhoog.')).toEqual([]);
    expect(texts('Het aantal steeg in 2024 NL-breed.')).toEqual([]);
  });

  it('accepts an ambiguous pair when a place name or the word postcode supports it', () => {
    expect(texts('Kerkstraat 12, 8921 EN Leeuwarden')).toEqual(['8921 EN']);
    expect(texts('Het huis in 8441 ER Heerenveen')).toEqual(['8441 ER']);
    expect(texts('postcode 2011 AB, huisnummer onbekend')).toEqual(['2011 AB']);
  });

  it('ignores units and amounts', () => {
    expect(texts('Hij reed 1500km en woog 1200kg; € 1.234 AB-kosten')).toEqual([]);
  });
});
