import type { SynonymGroup } from '../schemas/synonyms';
import { type DutchWord, dutchWords } from './dutch-words';

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
  findAll(words: readonly DutchWord[]): SynonymMatch[];
}

function sameWord(forms: readonly string[], word: DutchWord): boolean {
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

  function findAll(words: readonly DutchWord[]): SynonymMatch[] {
    const matches: SynonymMatch[] = [];
    words.forEach((word, start) => {
      if (!word.forms.some((form) => byFirstForm.has(form))) return;
      const candidates = new Set(word.forms.flatMap((form) => byFirstForm.get(form) ?? []));
      const byEnd = new Map<number, SynonymMatch>();
      for (const phrase of candidates) {
        const end = start + phrase.words.length;
        if (end > words.length) continue;
        const fits = phrase.words.every((forms, offset) => {
          const other = words[start + offset];
          return other !== undefined && sameWord(forms, other);
        });
        if (!fits) continue;
        const match = byEnd.get(end) ?? { start, end, groups: [] };
        if (!match.groups.some((entry) => entry.group === phrase.group)) {
          match.groups.push({ group: phrase.group, term: phrase.term });
        }
        byEnd.set(end, match);
      }
      matches.push(...[...byEnd.values()].sort((a, b) => b.end - a.end));
    });
    return matches;
  }

  return { groups, findAll };
}
