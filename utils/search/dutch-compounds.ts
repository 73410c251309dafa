import { dutchStem } from './dutch-stem';

const MIN_PART = 3;
const MIN_COMPOUND = 2 * MIN_PART + 1;
/** Linking sounds between the parts of a compound: bijstand|s|uitkering, kind|er|bijslag. */
const LINKS = ['', 's', 'e', 'en', 'er'];

/**
 * Splits Dutch compounds into known parts, so "uitkering" finds "bijstandsuitkering" and
 * "kostendelers" finds "kostendelersnorm". Dutch writes compounds as one word, and a consultant
 * rarely types the same compound as the author. A split counts only when every part is a word
 * the knowledge base itself uses (`knownStems`): guessing from letters alone would cut
 * "bijstand" into "bij" and "stand".
 *
 * Returns the stems of the parts, or null when the word is not a compound of known words.
 */
export function createCompoundSplitter(knownStems: ReadonlySet<string>): (word: string) => string[] | null {
  const cache = new Map<string, string[] | null>();
  const known = (part: string): boolean => part.length >= MIN_PART && knownStems.has(dutchStem(part));

  function split(word: string): string[] | null {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let result: string[] | null = null;
    // Longest first part first: "kostendelers|norm" beats "kosten|delersnorm".
    for (let end = word.length - MIN_PART; end >= MIN_PART && result === null; end -= 1) {
      const head = word.slice(0, end);
      if (!known(head)) continue;
      for (const link of LINKS) {
        const rest = word.slice(end);
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (tail.length < MIN_PART) continue;
        if (known(tail)) {
          result = [dutchStem(head), dutchStem(tail)];
          break;
        }
        const tailParts = tail.length >= MIN_COMPOUND ? split(tail) : null;
        if (tailParts) {
          result = [dutchStem(head), ...tailParts];
          break;
        }
      }
    }
    cache.set(word, result);
    return result;
  }

  return (word) => (word.length >= MIN_COMPOUND ? split(word) : null);
}
