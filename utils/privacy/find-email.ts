import { findingAt, type Finding } from './finding';
import { ALNUM, LETTER } from './letter-classes';

// Deliberately looser than RFC 5322 in the local part (people type what their provider accepts)
// and strict at the end: a top-level domain of letters, so a closing full stop stays outside.
const EMAIL = new RegExp(
  String.raw`(?<![${ALNUM}._%+-])[${ALNUM}._%+-]+@[${ALNUM}-]+(?:\.[${ALNUM}-]+)*\.[${LETTER}]{2,}(?![${ALNUM}-])`,
  'g',
);

export function findEmails(text: string): Finding[] {
  return [...text.matchAll(EMAIL)].map((m) => findingAt('email', text, m.index, m.index + m[0].length));
}
