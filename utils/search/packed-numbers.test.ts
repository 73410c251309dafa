import { describe, expect, it } from 'vitest';
import { packNumbers, unpackNumbers } from './packed-numbers';

describe('packNumbers', () => {
  it('round-trips numbers of every size, small ones in one byte', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 21, 0xffffffff, 5];
    expect([...unpackNumbers(packNumbers(values), values.length)]).toEqual(values);
    expect(atob(packNumbers([1, 2, 3]))).toHaveLength(3);
  });

  it('handles lists longer than one chunk', () => {
    const values = Array.from({ length: 100_000 }, (_, index) => (index * 7919) % 1000);
    expect(unpackNumbers(packNumbers(values), values.length)).toEqual(Uint32Array.from(values));
  });

  it('refuses what it cannot store and text of the wrong length', () => {
    expect(() => packNumbers([-1])).toThrow(RangeError);
    expect(() => packNumbers([1.5])).toThrow(RangeError);
    expect(() => unpackNumbers(packNumbers([1, 2]), 3)).toThrow(/too soon/);
    expect(() => unpackNumbers(packNumbers([1, 2]), 1)).toThrow(/more numbers/);
  });
});
