// Free text typed by a user goes into letters and decisions; these keep its layout consistent
// with the generated text around it without changing what the user wrote.

/** Collapses line breaks and runs of spaces, so a typed note fits on one list line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const line = oneLine(text);
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

/** Drops closing punctuation, so generated words can follow ("… vóór vrijdag 4 december 2026."). */
export function withoutClosingPunctuation(text: string): string {
  return oneLine(text).replace(/[\s.,;:!]+$/, '');
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
