/**
 * The BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11 and the number above zero.
 * Eight digits are padded with a leading zero, as registers that store the BSN as a number drop it.
 */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum % 11 === 0 && Number(padded) > 0;
}
