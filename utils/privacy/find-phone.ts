import { findingAt, type Finding } from './finding';
import { ALNUM } from './letter-classes';

// A number can start with +, 0 or an opening bracket before the area code. The lookbehind keeps
// out digits that continue something else: "Z-2026-0012345", "€ 1.0612", "NL91ABNA0417…".
const PHONE_START = new RegExp(String.raw`(?<![${ALNUM}_+/]|\d[.,:-])(?:\+(?=[ ]?\d)|\((?=0\d)|0(?=\d))`, 'g');
const DIGITS = /\d+/y;
// Between digit groups: a space, a dash/dot/slash with optional spaces, a closing bracket, or the
// Dutch trunk zero written as "(0)" after +31.
const SEPARATOR = /(?: ?\(0\) ?| ?[-./] ?|\) ?| )(?=\d)/y;
// "09-03-2026 12" is a date and a number, not a phone number; "06.12.34.56.78" is a phone number.
const DATE_LIKE = /^(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2}(?!\1))/;
const SERVICE_NUMBER = /^0(?:800|900|906|909)/;
const MAX_GROUPS = 8;

/**
 * Dutch phone numbers in the ways people write them: 06-12345678, 010-1234567, (050) 123 4567,
 * +31 (0)6 …, 0031 6 …, 0800/0900 numbers; plus other +country numbers. The digits are read group
 * by group and the longest prefix with a valid length wins, so "06 12345678 3 keer" stops in time.
 */
export function findPhones(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(PHONE_START)) {
    const start = match.index;
    if (found.length > 0 && start < found[found.length - 1]!.end) continue;
    const end = longestValidNumber(text, start);
    if (end !== undefined) found.push(findingAt('phone', text, start, end));
  }
  return found;
}

function longestValidNumber(text: string, start: number): number | undefined {
  let pos = start;
  let raw = '';
  const prefix = text[pos];
  if (prefix === '+' || prefix === '(') {
    raw = prefix;
    pos++;
    if (prefix === '+' && text[pos] === ' ') pos++;
  }
  let digits = '';
  let firstGroup: string | undefined;
  let best: number | undefined;
  for (let group = 0; group < MAX_GROUPS; group++) {
    DIGITS.lastIndex = pos;
    const run = DIGITS.exec(text);
    if (!run) break;
    firstGroup ??= run[0];
    digits += run[0];
    pos += run[0].length;
    if (isValidNumber(raw, digits, firstGroup) && !DATE_LIKE.test(text.slice(start, pos))) best = pos;
    SEPARATOR.lastIndex = pos;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    if (separator[0].includes(')') && !separator[0].includes('(') && raw !== '(') break;
    pos += separator[0].length;
  }
  return best;
}

function isValidNumber(prefix: string, digits: string, firstGroup: string): boolean {
  if (prefix === '+') {
    if (digits.startsWith('31')) return isValidDutchNumber(`0${digits.slice(2)}`, firstGroup.slice(2));
    return digits.length >= 11 && digits.length <= 15;
  }
  if (digits.startsWith('0031')) return isValidDutchNumber(`0${digits.slice(4)}`, firstGroup.slice(4));
  return isValidDutchNumber(digits, firstGroup);
}

function isValidDutchNumber(digits: string, firstGroup: string): boolean {
  if (SERVICE_NUMBER.test(digits)) {
    // "09.00-17.00" must not read as a 0900 number: the prefix has to be written as one group.
    return (digits.length === 8 || digits.length === 11) && firstGroup.length >= 4;
  }
  return /^0[1-9]\d{8}$/.test(digits);
}
