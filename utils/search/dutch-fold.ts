/**
 * Folds Dutch text to the form search compares: lower case, no accents or tremas, and the
 * ligature ĳ written out. Authors and consultants type "beëindiging", "beeindiging",
 * "financiële" and "financiele" interchangeably; all must meet in the index.
 */
export function foldDutch(text: string): string {
  return (
    text
      // NFKD splits ĳ into "ij" and every accented letter into letter + combining mark.
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Dotted abbreviations (a.o.w., b.v.) read as one word, the way people also type them.
      .replace(/\b(?:\p{L}\.){2,}/gu, (abbreviation) => abbreviation.replaceAll('.', ''))
  );
}
