import { findLawReferences } from './dutch-law-references';
import { type AnalysedWord, analyseDutchWords } from './dutch-words';
import { type SynonymMatcher, synonymToken } from './synonym-matcher';

export interface AnalysedField {
  /**
   * Every word that is not a stop word, once per occurrence, as shared objects: the index turns
   * each distinct word into terms (stems, compound parts) once, not once per occurrence.
   */
  words: AnalysedWord[];
  /** Law-reference and synonym-group tokens, once per occurrence. */
  tokens: string[];
  /** For each synonym group found, the term of that group as it appears in the text. */
  synonymHits: Map<number, string>;
}

export interface TextAnalyser {
  analyse(text: string): AnalysedField;
}

/**
 * Reads article text for the index. Synonyms are resolved here, on the article side, to one
 * token per group: a multi-word term ("individuele inkomenstoeslag") then matches its
 * abbreviation ("iit") without phrase search in the index.
 */
export function createTextAnalyser(matcher: SynonymMatcher): TextAnalyser {
  return {
    analyse(text) {
      const tokens: string[] = [];
      for (const reference of findLawReferences(text)) tokens.push(...reference.indexTokens);
      const all = analyseDutchWords(text);
      const synonymHits = new Map<number, string>();
      for (const match of matcher.findAll(all)) {
        for (const { group, term } of match.groups) {
          tokens.push(synonymToken(group));
          if (!synonymHits.has(group)) synonymHits.set(group, term);
        }
      }
      return { words: all.filter((word) => !word.stop), tokens, synonymHits };
    },
  };
}
