import { findingAt, type Finding } from './finding';

// Deliberately looser than RFC 5322 in the local part (people type what their provider accepts)
// and strict at the end: a top-level domain of letters, so a closing full stop stays outside.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): Finding[] {
  return [...text.matchAll(EMAIL)].map((m) => findingAt('email', text, m.index, m.index + m[0].length));
}
