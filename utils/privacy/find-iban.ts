import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import { findingAt, type Finding } from './finding';
import { ALNUM } from './letter-classes';

const COUNTRY_SPECS = getCountrySpecifications();

// Where an IBAN may start: country code and check digits, any case, not glued to a word. A space
// after the country code ("NL 91 ABNA …") is accepted only in capitals: "de 12 …" is Dutch, not an IBAN.
const IBAN_START = new RegExp(
  String.raw`(?<![${ALNUM}_])(?:[A-Za-z]{2}|[A-Z]{2}[ \u00a0])\d{2}(?=[ \u00a0]?[A-Za-z0-9])`,
  'g',
);
const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * IBANs of any country, written as one run or in groups. The country's registered length tells
 * where the IBAN ends, so trailing words are never swallowed; ibantools checks mod 97 and the BBAN format.
 */
export function findIbans(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index;
    if (found.length > 0 && start < found[found.length - 1]!.end) continue;
    const length = COUNTRY_SPECS[match[0].slice(0, 2).toUpperCase()]?.chars;
    if (!length) continue;
    const end = endOfIban(text, start, length);
    if (end === undefined) continue;
    const electronic = text
      .slice(start, end)
      .replace(/[ \u00a0]/g, '')
      .toUpperCase();
    if (isValidIBAN(electronic)) found.push(findingAt('iban', text, start, end));
  }
  return found;
}

/** Reads `length` alphanumerics from `start`, allowing single spaces between them. */
function endOfIban(text: string, start: number, length: number): number | undefined {
  let count = 0;
  let i = start;
  while (count < length && i < text.length) {
    const char = text[i]!;
    if (ALPHANUMERIC.test(char)) {
      count++;
      i++;
    } else if ((char === ' ' || char === '\u00a0') && count > 0 && ALPHANUMERIC.test(text[i + 1] ?? '')) {
      i++;
    } else {
      return undefined;
    }
  }
  if (count < length || ALPHANUMERIC.test(text[i] ?? '')) return undefined;
  return i;
}
