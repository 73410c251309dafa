import { dutchFuzzyDistance } from './dutch-fuzzy';
import { findLawReferences } from './dutch-law-references';
import { type DutchWord, dutchWords } from './dutch-words';
import { type SynonymMatcher, synonymToken } from './synonym-matcher';

/** One way a query unit can match exactly; all `terms` must be present. */
export interface ExactAlternative {
  terms: string[];
  /** How strongly this way counts, 1 for the words themselves. */
  weight: number;
  /** The synonym group this alternative stands for, if any. */
  group?: number;
}

/** A term searched approximately: with typos (`fuzzy` edits) or as the start of a word. */
export interface LooseTerm {
  term: string;
  fuzzy: number;
  prefix: boolean;
}

/** One thing the user asked for: a word, a synonym phrase or a law reference. */
export interface QueryUnit {
  /** As the user typed it. */
  label: string;
  exact: ExactAlternative[];
  loose: LooseTerm[];
}

const SYNONYM_WEIGHT = 0.9;
const COMPOUND_WEIGHT = 0.7;
const LAW_WITHOUT_NAME_WEIGHT = 0.8;
/** Shorter starts expand to too many words to be useful. */
const MIN_PREFIX = 3;
/** Words this long are also looked for as the first part of a compound (kostendelers|norm). */
const MIN_COMPOUND_PREFIX = 5;

export interface QueryContext {
  matcher: SynonymMatcher;
  splitCompound: (word: string) => string[] | null;
}

function wordUnit(word: DutchWord, groups: number[], context: QueryContext, typingThisWord: boolean): QueryUnit {
  const exact: ExactAlternative[] = word.forms.map((form) => ({ terms: [form], weight: 1 }));
  for (const group of groups) exact.push({ terms: [synonymToken(group)], weight: SYNONYM_WEIGHT, group });
  const parts = context.splitCompound(word.folded);
  if (parts) exact.push({ terms: parts, weight: COMPOUND_WEIGHT });

  const [stem = word.folded] = word.forms;
  const loose: LooseTerm[] = [];
  if (!/^\d+$/.test(word.folded)) {
    const prefix = (typingThisWord && stem.length >= MIN_PREFIX) || stem.length >= MIN_COMPOUND_PREFIX;
    // The stem is what gets compared: "boetes" stems to "boet", which is too short for a typo
    // (it would match "voet").
    const fuzzy = Math.min(dutchFuzzyDistance(word.folded), dutchFuzzyDistance(stem));
    loose.push({ term: stem, fuzzy, prefix });
    // Half-typed words stem badly ("uitkeringe"); the letters as typed are a safer start.
    if (typingThisWord && word.folded !== stem) loose.push({ term: word.folded, fuzzy: 0, prefix: true });
  }
  return { label: word.raw, exact, loose };
}

/**
 * Splits a search query into units, each with the exact and approximate index terms that
 * answer it. Law references and multi-word synonyms become one unit each; stop words are
 * dropped unless they are part of a synonym ("wet werk en bijstand").
 */
export function parseQuery(query: string, context: QueryContext): QueryUnit[] {
  const units: QueryUnit[] = [];
  const laws = findLawReferences(query);
  for (const law of laws) {
    units.push({
      label: query.slice(law.start, law.end).trim(),
      exact: law.queryTokens.map((token, index) => ({
        terms: [token],
        weight: index === 0 || law.queryTokens.length === 1 ? 1 : LAW_WITHOUT_NAME_WEIGHT,
      })),
      loose: [],
    });
  }

  const words = dutchWords(query).filter((word) => !laws.some((law) => word.start >= law.start && word.end <= law.end));
  const matches = context.matcher.findAll(words);

  for (let index = 0; index < words.length;) {
    const word = words[index]!;
    // findAll orders matches by start, longest first: take the longest phrase here.
    const longest = matches.find((match) => match.start === index);
    if (longest && longest.end - longest.start > 1) {
      const phraseWords = words.slice(longest.start, longest.end);
      const content = phraseWords.filter((phraseWord) => !phraseWord.stop);
      const exact: ExactAlternative[] = longest.groups.map(({ group }) => ({
        terms: [synonymToken(group)],
        weight: 1,
        group,
      }));
      if (content.length > 0) {
        exact.push({ terms: content.map((phraseWord) => phraseWord.forms[0]!), weight: SYNONYM_WEIGHT });
      }
      units.push({ label: query.slice(word.start, phraseWords.at(-1)!.end), exact, loose: [] });
      index = longest.end;
      continue;
    }
    const groups = longest ? longest.groups.map(({ group }) => group) : [];
    // A word that ends the query is still being typed; a space after it means it is done.
    const typing = word.end === query.length;
    if (!word.stop || groups.length > 0) {
      units.push(wordUnit(word, groups, context, typing));
    } else if (typing && word.folded.length >= MIN_PREFIX) {
      // "bij" is a stop word but also the start of "bijstand": only as a start of a word.
      units.push({ label: word.raw, exact: [], loose: [{ term: word.folded, fuzzy: 0, prefix: true }] });
    }
    index += 1;
  }
  return units;
}
