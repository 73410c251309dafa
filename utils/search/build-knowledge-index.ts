import type { Article } from '../schemas/article';
import type { SynonymGroup } from '../schemas/synonyms';
import { createCompoundSplitter } from './dutch-compounds';
import { type AnalysedWord, dutchWords } from './dutch-words';
import { createTextAnalyser } from './index-terms';
import { type InvertedIndex, InvertedIndexBuilder } from './inverted-index';
import { createSynonymMatcher } from './synonym-matcher';
import { searchableBody } from './searchable-body';

export const FIELDS = ['title', 'keywords', 'laws', 'summary', 'body'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 8, keywords: 5, laws: 4, summary: 2.5, body: 1 };
export const BOOSTS: readonly number[] = FIELDS.map((field) => BOOST[field]);

/** What a result shows, per document number of the index. */
export interface IndexedDocuments {
  ids: string[];
  titles: string[];
  summaries: string[];
  /** Synonym group → term of that group found in the article, for matchedTerms. */
  synonymHits: Record<number, string>[];
}

function fieldTexts(article: Article): Record<Field, string> {
  return {
    title: article.title,
    // Separators keep a law reference or phrase from running into the next list item.
    keywords: article.keywords.join(' ; '),
    laws: article.laws.join(' ; '),
    summary: article.summary,
    body: searchableBody(article.body),
  };
}

/** Stems of the synonym terms: compounds may split into them even when no article uses them alone. */
export function synonymStems(groups: readonly SynonymGroup[]): string[] {
  return groups.flatMap((group) =>
    group.terms.flatMap((term) =>
      dutchWords(term).flatMap((word) => (word.stop || word.folded.length < 3 ? [] : word.forms)),
    ),
  );
}

/** Numbers the distinct words of a build 0, 1, 2, … through their ids, without a map lookup per word. */
class WordNumbers {
  readonly words: AnalysedWord[] = [];
  /** Word id → its number + 1 (0: not seen). */
  private numbers = new Int32Array(1024);

  numberOf(word: AnalysedWord): number {
    if (word.id >= this.numbers.length) {
      const grown = new Int32Array(Math.max(word.id + 1, this.numbers.length * 2));
      grown.set(this.numbers);
      this.numbers = grown;
    }
    let number = this.numbers[word.id]! - 1;
    if (number < 0) {
      number = this.words.length;
      this.words.push(word);
      this.numbers[word.id] = number + 1;
    }
    return number;
  }
}

/**
 * Reads the articles into an inverted index: per field the stems of every word, the parts of
 * compounds, law-reference tokens and synonym-group tokens. Work that depends only on the word
 * (stemming, compound splitting) is done once per distinct word, not once per occurrence.
 */
export function buildKnowledgeIndex(
  articles: readonly Article[],
  groups: readonly SynonymGroup[],
): { index: InvertedIndex; documents: IndexedDocuments } {
  const analyser = createTextAnalyser(createSynonymMatcher(groups));
  const documents: IndexedDocuments = { ids: [], titles: [], summaries: [], synonymHits: [] };
  const numbers = new WordNumbers();
  // First every field is read, so compounds split only into words the whole pack uses.
  const fields = articles.map((article) => {
    const texts = fieldTexts(article);
    const synonymHits: Record<number, string> = {};
    const read = FIELDS.map((field) => {
      const { words, tokens, synonymHits: hits } = analyser.analyse(texts[field]);
      for (const [group, term] of hits) synonymHits[group] ??= term;
      const numbered = new Int32Array(words.length);
      for (let position = 0; position < words.length; position += 1)
        numbered[position] = numbers.numberOf(words[position]!);
      return { words: numbered, tokens };
    });
    documents.ids.push(article.id);
    documents.titles.push(article.title);
    documents.summaries.push(article.summary);
    documents.synonymHits.push(synonymHits);
    return read;
  });

  const lexicon = new Set(synonymStems(groups));
  for (const word of numbers.words) for (const form of word.forms) lexicon.add(form);
  const splitCompound = createCompoundSplitter(lexicon);
  const builder = new InvertedIndexBuilder(BOOSTS);
  // Terms of word n: termsOfWord[termStarts[n] … termStarts[n + 1]).
  const termStarts = new Int32Array(numbers.words.length + 1);
  const termsOfWord: number[] = [];
  numbers.words.forEach((word, number) => {
    for (const form of word.forms) termsOfWord.push(builder.termId(form));
    for (const part of splitCompound(word.folded) ?? []) termsOfWord.push(builder.termId(part));
    termStarts[number + 1] = termsOfWord.length;
  });

  for (const read of fields) {
    read.forEach(({ words, tokens }, field) => {
      for (const number of words) {
        for (let term = termStarts[number]!; term < termStarts[number + 1]!; term += 1) {
          builder.count(termsOfWord[term]!);
        }
      }
      for (const token of tokens) builder.count(builder.termId(token));
      builder.endField(field);
    });
    builder.endDocument();
  }
  return { index: builder.build(), documents };
}
