import { findLawReferences } from './dutch-law-references';
import { type AnalysedWord, analyseDutchWord, writtenWords } from './dutch-words';
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

interface IndexWord extends AnalysedWord {
  /** The word's index terms: its stems and compound parts; none for a stop word. */
  terms: readonly string[];
}

/**
 * Turns article text into the terms the index stores. Synonyms are resolved here, on the
 * article side, to one token per group: a multi-word term ("individuele inkomenstoeslag") then
 * matches its abbreviation ("iit") without phrase search in the index.
 *
 * A pack of ten thousand articles has some four million words but only tens of thousands of
 * distinct ones, so each distinct written word is analysed once per analyser (folding, stems,
 * compound parts) and every later occurrence reuses that.
 */
export function createTextAnalyser(
  matcher: SynonymMatcher,
  splitCompound: (word: string) => string[] | null,
): TextAnalyser {
  const known = new Map<string, IndexWord | null>();

  function indexWord(raw: string): IndexWord | null {
    let word = known.get(raw);
    if (word === undefined) {
      const analysed = analyseDutchWord(raw);
      const parts = analysed && !analysed.stop ? splitCompound(analysed.folded) : null;
      word = analysed && {
        ...analysed,
        terms: analysed.stop ? [] : parts ? [...analysed.forms, ...parts] : analysed.forms,
      };
      known.set(raw, word);
    }
    return word;
  }

  return {
    analyse(text) {
      const terms: string[] = [];
      for (const reference of findLawReferences(text)) terms.push(...reference.indexTokens);
      const words: IndexWord[] = [];
      for (const raw of writtenWords(text)) {
        const word = indexWord(raw);
        if (word === null) continue;
        words.push(word);
        for (const term of word.terms) terms.push(term);
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
