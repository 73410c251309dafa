import { foldDutch } from './dutch-fold';
import { dutchWordForms } from './dutch-stem';
import { isDutchStopWord } from './dutch-stopwords';

export interface DutchWord {
  /** The word as written, for showing a user which of their words matched. */
  raw: string;
  folded: string;
  /** Stems this word may stand for, main one first (see dutchWordForms). Shared: do not change. */
  forms: readonly string[];
  stop: boolean;
  start: number;
  end: number;
}

// A dotted abbreviation (a.o.w.) is one word; otherwise letters, combining marks and digits.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;

/** What a written word means to search, wherever it stands. */
export interface AnalysedWord {
  folded: string;
  /** Stems this word may stand for, main one first (see dutchWordForms). Shared: do not change. */
  forms: readonly string[];
  stop: boolean;
}

// Word frequencies follow Zipf's law: caching per written form saves most folding and stemming.
// Capped so a long session of queries cannot grow it without bound.
const cache = new Map<string, AnalysedWord | null>();
const CACHE_LIMIT = 50_000;

/**
 * One written word (as the WORD pattern finds it) folded and stemmed; null for a single letter.
 * The result is shared between calls: do not change it.
 */
export function analyseDutchWord(raw: string): AnalysedWord | null {
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const folded = foldDutch(raw).replaceAll('.', '');
  const numeric = /^\d+$/.test(folded);
  const result =
    folded.length < 2 && !numeric
      ? null
      : { folded, forms: numeric ? [folded] : dutchWordForms(folded), stop: isDutchStopWord(folded) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, result);
  return result;
}

/**
 * Splits text into Dutch words with their stems. Single letters are dropped (the "s" of
 * "auto's", list markers); numbers are kept as they are.
 */
export function dutchWords(text: string): DutchWord[] {
  const words: DutchWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const analysed = analyseDutchWord(raw);
    if (analysed === null) continue;
    words.push({ raw, ...analysed, start: match.index, end: match.index + raw.length });
  }
  return words;
}

/** The written words of `text`, as WORD finds them, without positions: cheaper for long texts. */
export function writtenWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
