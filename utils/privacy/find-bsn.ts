import { findingAt, type Finding } from './finding';
import { isValidBsn } from './is-valid-bsn';
import { ALNUM } from './letter-classes';

// Nine digits, plain or grouped 3-3-3 / 4-2-3 with one repeated separator. The lookarounds keep
// digits that belong to a longer number (amounts like 1.234.567.890, case numbers) out.
const BEFORE = String.raw`(?<![${ALNUM}_]|\d[.,-])`;
const AFTER = String.raw`(?![${ALNUM}_]|[.,-]\d)`;
const NINE_DIGITS = new RegExp(
  String.raw`${BEFORE}(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})${AFTER}`,
  'g',
);
const EIGHT_DIGITS = new RegExp(String.raw`${BEFORE}\d{8}${AFTER}`, 'g');

// "BSN123456782": digits glued to the word that names them (with a colon or space the patterns above apply).
const GLUED_TO_BSN_WORD = new RegExp(String.raw`(?<![${ALNUM}])(?:bsn|sofinr)(\d{8,9})${AFTER}`, 'gi');
// Eight digits pass the elfproef one time in eleven, and texts are full of 8-digit numbers (KvK
// numbers, dates typed without separators, case numbers). Only when the writer names the number
// a BSN do we accept the dropped leading zero.
const BSN_WORD_BEFORE = /\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr)\b[^.\n]{0,25}$/i;
const AMOUNT_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const AMOUNT_AFTER = /^\s*(?:euro|eur\b|,-)/i;
// "+31 612345678": nine digits after a country code are the rest of a phone number.
const COUNTRY_CODE_BEFORE = /(?:\+|\b00)\d{1,3}(?:[ \u00a0]?\(0\))?[ \u00a0-]?$/;

export function findBsns(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    const grouped = match[1] ?? match[2];
    // A number written as `12 123 456 782` or followed by ` 34` is part of a longer spaced run.
    if (
      grouped === ' ' &&
      (/\d $/.test(text.slice(Math.max(0, start - 2), start)) || /^ \d/.test(text.slice(end, end + 2)))
    ) {
      continue;
    }
    if (isAmount(text, start, end) || COUNTRY_CODE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    if (isValidBsn(match[0].replace(/\D/g, ''))) found.push(findingAt('bsn', text, start, end));
  }
  for (const match of text.matchAll(EIGHT_DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!BSN_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (isValidBsn(match[0])) found.push(findingAt('bsn', text, start, end));
  }
  for (const match of text.matchAll(GLUED_TO_BSN_WORD)) {
    const digits = match[1]!;
    const end = match.index + match[0].length;
    if (isValidBsn(digits)) found.push(findingAt('bsn', text, end - digits.length, end));
  }
  return found.sort((a, b) => a.start - b.start);
}

function isAmount(text: string, start: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || AMOUNT_AFTER.test(text.slice(end, end + 6));
}
