import type { SynonymGroup } from '../schemas/synonyms';
import { type AnalysedWord, dutchWords } from './dutch-words';

const TOKEN_MARK = '≡';

// Indexing asks for a token per synonym found, millions of times for a large pack.
const tokens: string[] = [];

/** Index token standing for "any term of synonym group n"; no word can look like it. */
export function synonymToken(group: number): string {
  return (tokens[group] ??= `${TOKEN_MARK}${group}`);
}

export function isSynonymToken(term: string): boolean {
  return term.startsWith(TOKEN_MARK);
}

/** The group a synonym token stands for; undefined for any other term. */
export function synonymGroupOf(term: string): number | undefined {
  return isSynonymToken(term) ? Number(term.slice(TOKEN_MARK.length)) : undefined;
}

export interface SynonymMatch {
  /** Word indexes [start, end) of the matched phrase. */
  start: number;
  end: number;
  /** Groups this phrase belongs to, with the term of each group that matched. */
  groups: { group: number; term: string }[];
}

interface Phrase {
  words: (readonly string[])[];
  group: number;
  term: string;
}

export interface SynonymMatcher {
  readonly groups: readonly SynonymGroup[];
  /** Every synonym term in `words`, overlapping matches included, ordered by start. */
  findAll(words: readonly MatchableWord[]): SynonymMatch[];
}

type MatchableWord = Pick<AnalysedWord, 'forms' | 'stop'>;

function sameWord(forms: readonly string[], word: MatchableWord): boolean {
  return forms.some((form) => word.forms.includes(form));
}

/**
 * Finds the terms of synonym groups in analysed text. Terms are compared by stem, word by word,
 * so "boete" matches "boetes" and "bijz. bijstand" matches "Bijz bijstand".
 */
export function createSynonymMatcher(groups: readonly SynonymGroup[]): SynonymMatcher {
  const byFirstForm = new Map<string, Phrase[]>();
  groups.forEach((group, index) => {
    for (const term of group.terms) {
      const words = dutchWords(term).map((word) => word.forms);
      const first = words[0];
      if (first === undefined) continue;
      const phrase: Phrase = { words, group: index, term };
      for (const form of first) {
        const list = byFirstForm.get(form) ?? [];
        list.push(phrase);
        byFirstForm.set(form, list);
      }
    }
  });

  // Text repeats words, and a word's forms array is shared by all its occurrences: the phrases
  // a word can start are looked up once per distinct word, not once per occurrence.
  const NONE: readonly Phrase[] = [];
  const startingWith = new WeakMap<readonly string[], readonly Phrase[]>();
  function phrasesStartingWith(forms: readonly string[]): readonly Phrase[] {
    let phrases = startingWith.get(forms);
    if (phrases === undefined) {
      const found = new Set(forms.flatMap((form) => byFirstForm.get(form) ?? []));
      phrases = found.size === 0 ? NONE : [...found];
      startingWith.set(forms, phrases);
    }
    return phrases;
  }

  function findAll(words: readonly MatchableWord[]): SynonymMatch[] {
    const matches: SynonymMatch[] = [];
    for (let start = 0; start < words.length; start += 1) {
      const word = words[start]!;
      const candidates = phrasesStartingWith(word.forms);
      if (candidates.length === 0) continue;
      const here: SynonymMatch[] = [];
      for (const phrase of candidates) {
        // A one-word term whose stem is a stop word ("innen" → "in") would otherwise tag every
        // text with "in" as being about collection.
        if (word.stop && phrase.words.length === 1) continue;
        const end = start + phrase.words.length;
        if (end > words.length) continue;
        // The first word fits: the phrase was found by it.
        let fits = true;
        for (let offset = 1; fits && offset < phrase.words.length; offset += 1) {
          fits = sameWord(phrase.words[offset]!, words[start + offset]!);
        }
        if (!fits) continue;
        let match = here.find((candidate) => candidate.end === end);
        if (match === undefined) {
          match = { start, end, groups: [] };
          here.push(match);
        }
        if (!match.groups.some((entry) => entry.group === phrase.group)) {
          match.groups.push({ group: phrase.group, term: phrase.term });
        }
      }
      here.sort((a, b) => b.end - a.end);
      for (const match of here) matches.push(match);
    }
    return matches;
  }

  return { groups, findAll };
}
