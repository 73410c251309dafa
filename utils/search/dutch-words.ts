import { foldDutch } from './dutch-fold';
import { dutchWordForms } from './dutch-stem';
import { isDutchStopWord } from './dutch-stopwords';

export interface DutchWord {
  /** The word as written, for showing a user which of their words matched. */
  raw: string;
  folded: string;
  /** Stems this word may stand for, main one first (see dutchWordForms). */
  forms: string[];
  stop: boolean;
  start: number;
  end: number;
}

// A dotted abbreviation (a.o.w.) is one word; otherwise letters, combining marks and digits.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits text into Dutch words with their stems. Single letters are dropped (the "s" of
 * "auto's", list markers); numbers are kept as they are.
 */
export function dutchWords(text: string): DutchWord[] {
  const words: DutchWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const folded = foldDutch(raw).replaceAll('.', '');
    const numeric = /^\d+$/.test(folded);
    if (folded.length < 2 && !numeric) continue;
    words.push({
      raw,
      folded,
      forms: numeric ? [folded] : dutchWordForms(folded),
      stop: isDutchStopWord(folded),
      start: match.index,
      end: match.index + raw.length,
    });
  }
  return words;
}
