import { findingAt, type Finding } from './finding';
import { ALNUM, LOWER, UPPER } from './letter-classes';
import { isNonNameWord } from './non-name-words';
import { words } from './word-list';

const POSTCODE = new RegExp(
  String.raw`(?<![${ALNUM}_]|\d[.,])([1-9]\d{3})([ \u00a0]{0,2})([A-Za-z]{2})(?![${ALNUM}])`,
  'g',
);
// PostNL never issues these letter pairs.
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);
// Letter pairs that are also words, units or codes in ordinary text ("2026 EN", "1500 KM", "2024 NL-breed").
// With these, or after a number that reads as a year, a postcode needs support from its context.
const AMBIGUOUS_LETTERS = new Set(
  words(
    `EN OF IN OP DE TE AL NA OM JA NU ZE ER ZO ME WE JE IK EU NL AN AT BE BY DO GO HE IF IS IT MY NO ON OR SO TO UP US AM AS KM KG CM MM ML MG MB GB KB TB KW PK HA BV NV OK TV PC ID`,
  ),
);
const LOWER_CASE_UNITS = new Set(words(`km kg cm mm ml mg ms mb gb kb tb kw pk ha jr st nd rd th en`));
const POSTCODE_WORD_BEFORE = /(?:postcode|postadres|adres|woonachtig|wonend|\bpc)\b[^.\n]{0,20}$/i;
const PLACE_AFTER = new RegExp(String.raw`^,?[ \u00a0]+([${UPPER}][${LOWER}'’-]{2,}|['’]s-[${UPPER}][${LOWER}]+)`);

/**
 * Dutch postcodes, "1234 AB" or "1234AB". Lower case is accepted only without a space ("8913cj"),
 * since "1200 en" is far more often a number and a word than a postcode.
 */
export function findPostcodes(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const [whole, digits = '', space = '', letters = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    const upper = letters.toUpperCase();
    if (UNUSED_LETTERS.has(upper)) continue;
    if (letters !== upper && (letters !== letters.toLowerCase() || space || LOWER_CASE_UNITS.has(letters))) continue;
    const needsContext = AMBIGUOUS_LETTERS.has(upper) || isYear(digits);
    if (needsContext && !hasPostcodeContext(text, start, end)) continue;
    found.push(findingAt('postcode', text, start, end));
  }
  return found;
}

function isYear(digits: string): boolean {
  const value = Number(digits);
  return value >= 1900 && value <= 2099;
}

function hasPostcodeContext(text: string, start: number, end: number): boolean {
  if (POSTCODE_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const place = PLACE_AFTER.exec(text.slice(end, end + 40))?.[1];
  return place !== undefined && !isNonNameWord(place);
}
