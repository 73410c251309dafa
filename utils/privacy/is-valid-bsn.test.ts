import { describe, expect, it } from 'vitest';
import { isValidBsn } from './is-valid-bsn';

describe('isValidBsn', () => {
  it.each(['111222333', '123456782', '012345672', '987654329'])('accepts %s, which passes the elfproef', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each(['111222330', '123456789', '123456780'])('rejects %s, which fails the elfproef', (number) => {
    expect(isValidBsn(number)).toBe(false);
  });

  it('pads eight digits with the leading zero a register dropped', () => {
    expect(isValidBsn('12345672')).toBe(true);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('rejects zero, other lengths and non-digits', () => {
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('1112223330')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('111.222.333')).toBe(false);
  });
});
