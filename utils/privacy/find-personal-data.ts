import type { Finding } from './finding';
import { findAddresses } from './find-address';
import { findBsns } from './find-bsn';
import { findDates } from './find-date';
import { findEmails } from './find-email';
import { findIbans } from './find-iban';
import { findNames } from './find-name';
import { findPhones } from './find-phone';
import { findPostcodes } from './find-postcode';
import { resolveOverlaps } from './resolve-overlaps';

const FINDERS = [findIbans, findEmails, findBsns, findPhones, findDates, findPostcodes, findAddresses, findNames];

/**
 * Every piece of citizen data in a text, sorted by position and never overlapping. Pure and
 * browser-safe: the side panel runs it on each keystroke and the inbox server runs it again.
 */
export function findPersonalData(text: string): Finding[] {
  return resolveOverlaps(FINDERS.flatMap((find) => find(text)));
}
