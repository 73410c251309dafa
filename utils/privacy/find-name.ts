import { findingAt, type Finding } from './finding';
import { FIRST_NAMES } from './first-names';
import { isNonNameWord } from './non-name-words';
import { resolveOverlaps } from './resolve-overlaps';

// Forms of address that announce a name. The title itself stays in the text when redacting
// ("mevrouw [naam]"): it says nothing about who the person is and keeps the signal readable.
const TITLE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Mm]eneer|[Mm]r\.?|[Dd]hr\.?|[Dd]e [Hh]eer|[Hh]eer|[Jj]uffrouw|[Jj]uf|[Ff]amilie|[Ff]am\.|[Dd]rs?\.|[Ii]r\.|[Pp]rof\.)(?:[ \u00a0]+|(?<=\.)(?=\p{Lu}))`;
const TITLE = new RegExp(TITLE_SOURCE, 'gu');
const INITIALS_START = /(?<![\p{L}\p{N}.'’-])\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)*/gu;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])/gu;
const NOT_INITIALS = new Set(['N.B.', 'P.S.', 'A.U.B.', 'I.V.M.', 'T.A.V.']);

// Sticky readers used to walk a name token by token from a known position.
const SPACE = /[ \u00a0]{1,2}/y;
const TITLE_AT = new RegExp(TITLE_SOURCE, 'uy');
const INITIALS = /\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)*/uy;
const PARTICLE =
  /(?:[Vv]an (?:[Dd]e[rn]?|[Hh]et|['’]t)|[Ii]n ['’]t|[Oo]p (?:[Dd]en?|['’]t)|[Uu]it (?:[Dd]en?|[Hh]et)|[Vv]an|[Dd]e[rn]?|[Tt]e[rn]|[Vv]on|[Dd]u|[Dd]a|[Dd]os|[Dd]i|[Ll][ae]|[Ee]l|[Aa]l|[Bb]in|[Ii]bn|[Aa]bu|['’]t)(?=[ \u00a0])/uy;
const WORD = /\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/uy;
const HYPHEN = /[ \u00a0]?[-–][ \u00a0]?/y;

/**
 * Names marked by a title ("mevrouw Jansen", "de heer van den Berg"), by initials ("J.P. Jansen-Smit")
 * or by a common first name before a surname ("Fatima El Amrani"). A capital alone proves nothing in
 * Dutch (sentence starts, institutions, laws), so unmarked capitalised words are never reported.
 */
export function findNames(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (start: number, end: number) => {
    if (end > start) found.push(findingAt('name', text, start, end));
  };
  for (const match of text.matchAll(TITLE)) {
    const start = match.index + match[0].length;
    add(start, readAfterTitle(text, start));
  }
  for (const match of text.matchAll(INITIALS_START)) {
    if (NOT_INITIALS.has(match[0].replace(/\s/g, '').toUpperCase())) continue;
    add(match.index, readSurnameAfterInitials(text, match.index + match[0].length));
  }
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    if (!isFirstName(match[0])) continue;
    add(match.index, readAfterFirstName(text, match.index + match[0].length));
  }
  return resolveOverlaps(found);
}

function isFirstName(word: string): boolean {
  return word.split('-').every((part) => FIRST_NAMES.has(part));
}

/** After a title: initials, or a given name, then particles and a surname. Returns -1 if none. */
function readAfterTitle(text: string, pos: number): number {
  const afterAnotherTitle = read(TITLE_AT, text, pos);
  if (afterAnotherTitle !== -1) return readAfterTitle(text, afterAnotherTitle);
  const initials = read(INITIALS, text, pos);
  if (initials !== -1) return readSurnameAfterInitials(text, initials);
  const given = readCapitalised(text, pos);
  if (given !== -1) {
    const afterGiven = read(SPACE, text, given);
    const surname = afterGiven === -1 ? -1 : readParticlesAndSurname(text, afterGiven);
    if (surname !== -1) return surname;
  }
  return readParticlesAndSurname(text, pos);
}

function readSurnameAfterInitials(text: string, pos: number): number {
  const afterSpace = read(SPACE, text, pos);
  return readParticlesAndSurname(text, afterSpace === -1 ? pos : afterSpace);
}

/** After a first name: more first names (longest reading first), optional initials, then the surname. */
function readAfterFirstName(text: string, pos: number): number {
  const givenEnds = [pos];
  for (;;) {
    const last = givenEnds[givenEnds.length - 1]!;
    const afterSpace = read(SPACE, text, last);
    if (afterSpace === -1) break;
    const word = read(WORD, text, afterSpace);
    if (word === -1 || !isFirstName(text.slice(afterSpace, word))) break;
    givenEnds.push(word);
  }
  for (let i = givenEnds.length - 1; i >= 0; i--) {
    const afterSpace = read(SPACE, text, givenEnds[i]!);
    if (afterSpace === -1) continue;
    const initials = read(INITIALS, text, afterSpace);
    const surname =
      initials === -1 ? readParticlesAndSurname(text, afterSpace) : readSurnameAfterInitials(text, initials);
    if (surname !== -1) return surname;
  }
  return -1;
}

function readParticlesAndSurname(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    const particle = read(PARTICLE, text, p);
    if (particle === -1) break;
    const afterSpace = read(SPACE, text, particle);
    if (afterSpace === -1) break;
    p = afterSpace;
  }
  return readCapitalised(text, p);
}

/** A capitalised word that can belong to a name, with hyphenated parts ("Jansen-Smit", "Bakker-de Wit"). */
function readCapitalised(text: string, pos: number): number {
  let end = readNameWord(text, pos);
  if (end === -1) return -1;
  for (;;) {
    const hyphen = read(HYPHEN, text, end);
    if (hyphen === -1) return end;
    let p = hyphen;
    for (;;) {
      const particle = read(PARTICLE, text, p);
      const afterSpace = particle === -1 ? -1 : read(SPACE, text, particle);
      if (afterSpace === -1) break;
      p = afterSpace;
    }
    const next = readNameWord(text, p);
    if (next === -1) return end;
    end = next;
  }
}

function readNameWord(text: string, pos: number): number {
  const end = read(WORD, text, pos);
  return end !== -1 && !isNonNameWord(text.slice(pos, end)) ? end : -1;
}

function read(pattern: RegExp, text: string, pos: number): number {
  pattern.lastIndex = pos;
  const match = pattern.exec(text);
  return match ? pos + match[0].length : -1;
}
