import { findingAt, type Finding } from './finding';
import { isValidBsn } from './is-valid-bsn';

// Nine digits, plain or grouped 3-3-3 / 4-2-3 with one repeated separator. The lookarounds keep
// digits that belong to a longer number (amounts like 1.234.567.890, case numbers) out.
const NINE_DIGITS = /(?<![\p{L}\p{N}_]|\p{N}[.,-])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![\p{L}\p{N}_]|[.,-]\p{N})/gu;
const EIGHT_DIGITS = /(?<![\p{L}\p{N}_]|\p{N}[.,-])\d{8}(?![\p{L}\p{N}_]|[.,-]\p{N})/gu;

// Eight digits pass the elfproef one time in eleven, and texts are full of 8-digit numbers (KvK
// numbers, dates typed without separators, case numbers). Only when the writer names the number
// a BSN do we accept the dropped leading zero.
const BSN_WORD_BEFORE = /\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr)\b[^.\n]{0,25}$/i;
const AMOUNT_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const AMOUNT_AFTER = /^\s*(?:euro|eur\b|,-)/i;

export function findBsns(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    const grouped = match[1] ?? match[2];
    // A number written as `12 123 456 782` or followed by ` 34` is part of a longer spaced run.
    if (grouped === ' ' && (/\d $/.test(text.slice(0, start)) || /^ \d/.test(text.slice(end)))) continue;
    if (isAmount(text, start, end)) continue;
    if (isValidBsn(match[0].replace(/\D/g, ''))) found.push(findingAt('bsn', text, start, end));
  }
  for (const match of text.matchAll(EIGHT_DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!BSN_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (isValidBsn(match[0])) found.push(findingAt('bsn', text, start, end));
  }
  return found.sort((a, b) => a.start - b.start);
}

function isAmount(text: string, start: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || AMOUNT_AFTER.test(text.slice(end, end + 6));
}
