import type { SynonymGroup } from '../schemas/synonyms';
import { type AnalysedWord, dutchWords } from './dutch-words';

/** Index token standing for "any term of synonym group n"; no word can look like it. */
export function synonymToken(group: number): string {
  return `≡${group}`;
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
  findAll(words: readonly Pick<AnalysedWord, 'id' | 'forms'>[]): SynonymMatch[];
}

function sameWord(forms: readonly string[], word: Pick<AnalysedWord, 'forms'>): boolean {
  return forms.some((form) => word.forms.includes(form));
}

/**
 * Finds the terms of synonym groups in analysed text. Terms are compared by stem, word by word,
 * so "boete" matches "boetes" and "bijz. bijstand" matches "Bijz bijstand".
 */
/** Words whose phrases are remembered; ids past this are looked up each time. */
const MAX_REMEMBERED_WORDS = 1_000_000;

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

  // The phrases a word can start, by word id: worked out once per word, as indexing asks for
  // every occurrence and most words start none.
  const NO_PHRASES: readonly Phrase[] = [];
  const starting = new Map<number, readonly Phrase[]>();
  // By word id: 1 when the word starts no phrase, the common answer, checked without a map.
  let startsNone = new Uint8Array(1024);
  const phrasesStartingWith = (word: Pick<AnalysedWord, 'id' | 'forms'>): readonly Phrase[] => {
    if (startsNone[word.id] === 1) return NO_PHRASES;
    let phrases = starting.get(word.id);
    if (phrases === undefined) {
      const found = new Set(word.forms.flatMap((form) => byFirstForm.get(form) ?? []));
      phrases = found.size === 0 ? NO_PHRASES : [...found];
      if (phrases === NO_PHRASES && word.id < MAX_REMEMBERED_WORDS) {
        if (word.id >= startsNone.length) {
          const grown = new Uint8Array(Math.min(MAX_REMEMBERED_WORDS, Math.max(word.id + 1, startsNone.length * 2)));
          grown.set(startsNone);
          startsNone = grown;
        }
        startsNone[word.id] = 1;
      } else {
        // Queries bring new words for as long as the panel is open.
        if (starting.size >= MAX_REMEMBERED_WORDS) starting.clear();
        starting.set(word.id, phrases);
      }
    }
    return phrases;
  };

  function findAll(words: readonly Pick<AnalysedWord, 'id' | 'forms'>[]): SynonymMatch[] {
    const matches: SynonymMatch[] = [];
    for (let start = 0; start < words.length; start += 1) {
      const candidates = phrasesStartingWith(words[start]!);
      if (candidates.length === 0) continue;
      const found: SynonymMatch[] = [];
      for (const phrase of candidates) {
        const end = start + phrase.words.length;
        if (end > words.length) continue;
        // The first word matched by being a candidate.
        let fits = true;
        for (let offset = 1; offset < phrase.words.length && fits; offset += 1) {
          fits = sameWord(phrase.words[offset]!, words[start + offset]!);
        }
        if (!fits) continue;
        let match = found.find((entry) => entry.end === end);
        if (match === undefined) {
          match = { start, end, groups: [] };
          found.push(match);
        }
        if (!match.groups.some((entry) => entry.group === phrase.group)) {
          match.groups.push({ group: phrase.group, term: phrase.term });
        }
      }
      if (found.length > 1) found.sort((a, b) => b.end - a.end);
      for (const match of found) matches.push(match);
    }
    return matches;
  }

  return { groups, findAll };
}
