/**
 * Character-class bodies (for use inside `[...]`) for letters of the Latin script, which covers
 * Dutch, Frisian, Turkish, Polish, Romanian and Somali names. V8 runs `\p{L}`-style classes several
 * times slower than a few plain ranges, and the detector runs on every keystroke.
 *
 * Latin Extended-A/B (U+0100–U+024F) alternates upper and lower case letter by letter; listing them
 * one by one made the classes slow again, so that block counts as both. The cost: a word starting
 * with a lower-case "ş" or "ł" is treated as capitalised, which Dutch text practically never has.
 */
const EXTENDED = '\\u0100-\\u024f';

export const UPPER = `A-Z\\u00c0-\\u00d6\\u00d8-\\u00de${EXTENDED}`;
export const LOWER = `a-z\\u00df-\\u00f6\\u00f8-\\u00ff${EXTENDED}`;
export const LETTER = `A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff${EXTENDED}`;
/** Letters and digits: what may not touch a number or word on either side. */
export const ALNUM = `${LETTER}0-9`;
