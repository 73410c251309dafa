import { findLawReferences } from './dutch-law-references';
import { dutchWords } from './dutch-words';
import { type SynonymMatcher, synonymToken } from './synonym-matcher';

export interface AnalysedField {
  /** Index terms: stems, compound parts, law tokens and synonym-group tokens. */
  terms: string[];
  /** For each synonym group found, the term of that group as it appears in the text. */
  synonymHits: Map<number, string>;
}

export interface TextAnalyser {
  analyse(text: string): AnalysedField;
}

/**
 * Turns article text into the terms the index stores. Synonyms are resolved here, on the
 * article side, to one token per group: a multi-word term ("individuele inkomenstoeslag") then
 * matches its abbreviation ("iit") without phrase search in the index.
 */
export function createTextAnalyser(
  matcher: SynonymMatcher,
  splitCompound: (word: string) => string[] | null,
): TextAnalyser {
  return {
    analyse(text) {
      const terms: string[] = [];
      for (const reference of findLawReferences(text)) terms.push(...reference.indexTokens);
      const words = dutchWords(text);
      for (const word of words) {
        if (word.stop) continue;
        terms.push(...word.forms);
        terms.push(...(splitCompound(word.folded) ?? []));
      }
      const synonymHits = new Map<number, string>();
      for (const match of matcher.findAll(words)) {
        for (const { group, term } of match.groups) {
          terms.push(synonymToken(group));
          if (!synonymHits.has(group)) synonymHits.set(group, term);
        }
      }
      return { terms, synonymHits };
    },
  };
}
