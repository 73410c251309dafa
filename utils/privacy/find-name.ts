import { findingAt, type Finding } from './finding';
import { FIRST_NAMES } from './first-names';
import { ALNUM, LOWER, UPPER } from './letter-classes';
import { isNonNameWord } from './non-name-words';
import { resolveOverlaps } from './resolve-overlaps';

// Forms of address that announce a name. The title itself stays in the text when redacting
// ("mevrouw [naam]"): it says nothing about who the person is and keeps the signal readable.
// No lookbehind: V8 scans literal alternatives much faster without one, so findNames checks the
// character before a title itself.
const TITLE_SOURCE = String.raw`(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Mm]eneer|[Mm]r\.?|[Dd]hr\.?|[Dd]e [Hh]eer|[Hh]eer|[Jj]uffrouw|[Jj]uf|[Ff]amilie|[Ff]am\.|[Dd]rs?\.|[Ii]r\.|[Pp]rof\.)(?:[ \u00a0]+|(?<=\.)(?=[${UPPER}]))`;
const TITLE = new RegExp(TITLE_SOURCE, 'g');
const INITIALS_START = new RegExp(String.raw`(?<![${ALNUM}.'’-])[${UPPER}]\.(?:[ \u00a0]?[${UPPER}]\.)*`, 'g');
const CAPITALISED_WORD = new RegExp(
  String.raw`(?<![${ALNUM}'’.-])[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)*(?![${ALNUM}])`,
  'g',
);
const NOT_INITIALS = new Set(['N.B.', 'P.S.', 'A.U.B.', 'I.V.M.', 'T.A.V.']);
// Employers and shops named after a person: in an income text they are where someone works, not who.
const BUSINESS_NAMES = new Set(['Albert Heijn', 'Jan Linders', 'Bart Smit', 'Hans Anders', 'Dirk van den Broek']);

// Sticky readers used to walk a name token by token from a known position.
const SPACE = /[ \u00a0]{1,2}/y;
const TITLE_AT = new RegExp(TITLE_SOURCE, 'y');
const WORD_CHARACTER = new RegExp(`[${ALNUM}]`);
const INITIALS = new RegExp(String.raw`[${UPPER}]\.(?:[ \u00a0]?[${UPPER}]\.)*`, 'y');
const PARTICLE =
  /(?:[Vv]an (?:[Dd]e[rn]?|[Hh]et|['’]t)|VAN (?:DE[RN]?|HET|['’]T)|VAN|DE[RN]?|TE[RN]|EL|AL|[Ii]n ['’]t|[Oo]p (?:[Dd]en?|['’]t)|[Uu]it (?:[Dd]en?|[Hh]et)|[Vv]an|[Dd]e[rn]?|[Tt]e[rn]|[Vv]on|[Dd]u|[Dd]a|[Dd]os|[Dd]i|[Ll][ae]|[Ee]l|[Aa]l|[Bb]in|[Ii]bn|[Aa]bu|['’]t)(?=[ \u00a0])/y;
const WORD = new RegExp(
  String.raw`[${UPPER}](?:['’][${UPPER}])?[${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?![${ALNUM}])`,
  'y',
);
// Case systems and formal letters write surnames in capitals ("mevrouw VAN DER BERG"). Accepted only
// after a title, where an acronym (UWV, SVB) is the one thing to rule out.
const CAPITALS_WORD = new RegExp(String.raw`[${UPPER}]{3,}(?:['’][${UPPER}]+)?(?![${ALNUM}])`, 'y');
const HYPHEN = /[ \u00a0]?[-–][ \u00a0]?/y;
// No real name has more than a few titles, given names, particles or hyphenated parts in a row;
// the bound keeps text like "Jan Jan Jan …" linear instead of quadratic.
const MAX_REPEATS = 4;

/**
 * Names marked by a title ("mevrouw Jansen", "de heer van den Berg"), by initials ("J.P. Jansen-Smit")
 * or by a common first name before a surname ("Fatima El Amrani"). A capital alone proves nothing in
 * Dutch (sentence starts, institutions, laws), so unmarked capitalised words are never reported.
 */
export function findNames(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (start: number, end: number) => {
    if (end > start && !BUSINESS_NAMES.has(text.slice(start, end))) found.push(findingAt('name', text, start, end));
  };
  for (const match of text.matchAll(TITLE)) {
    if (WORD_CHARACTER.test(text[match.index - 1] ?? '')) continue;
    // "mr. drs. P. Hofstra": the name starts after the last title.
    let start = match.index + match[0].length;
    for (let more = 0; more < MAX_REPEATS; more++) {
      const next = read(TITLE_AT, text, start);
      if (next === -1) break;
      start = next;
    }
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
  const initials = read(INITIALS, text, pos);
  if (initials !== -1) return readSurnameAfterInitials(text, initials, true);
  const given = readCapitalised(text, pos, true);
  if (given !== -1) {
    const afterGiven = read(SPACE, text, given);
    const surname = afterGiven === -1 ? -1 : readParticlesAndSurname(text, afterGiven, true);
    if (surname !== -1) return surname;
  }
  return readParticlesAndSurname(text, pos, true);
}

function readSurnameAfterInitials(text: string, pos: number, allowCapitals = false): number {
  const afterSpace = read(SPACE, text, pos);
  return readParticlesAndSurname(text, afterSpace === -1 ? pos : afterSpace, allowCapitals);
}

/** After a first name: more first names (longest reading first), optional initials, then the surname. */
function readAfterFirstName(text: string, pos: number): number {
  const givenEnds = [pos];
  while (givenEnds.length < MAX_REPEATS) {
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

function readParticlesAndSurname(text: string, pos: number, allowCapitals = false): number {
  return readCapitalised(text, skipParticles(text, pos), allowCapitals);
}

/** Moves past "van der ", "El ", "in 't " and the like; returns pos itself when there are none. */
function skipParticles(text: string, pos: number): number {
  let p = pos;
  for (let count = 0; count < MAX_REPEATS; count++) {
    const particle = read(PARTICLE, text, p);
    const afterSpace = particle === -1 ? -1 : read(SPACE, text, particle);
    if (afterSpace === -1) break;
    p = afterSpace;
  }
  return p;
}

/** A capitalised word that can belong to a name, with hyphenated parts ("Jansen-Smit", "Bakker-de Wit"). */
function readCapitalised(text: string, pos: number, allowCapitals = false): number {
  let end = readNameWord(text, pos, allowCapitals);
  if (end === -1) return -1;
  for (let parts = 1; parts < MAX_REPEATS; parts++) {
    const hyphen = read(HYPHEN, text, end);
    if (hyphen === -1) break;
    const next = readNameWord(text, skipParticles(text, hyphen), allowCapitals);
    if (next === -1) break;
    end = next;
  }
  return end;
}

function readNameWord(text: string, pos: number, allowCapitals: boolean): number {
  let end = read(WORD, text, pos);
  if (end === -1 && allowCapitals) end = read(CAPITALS_WORD, text, pos);
  return end !== -1 && !isNonNameWord(text.slice(pos, end)) ? end : -1;
}

function read(pattern: RegExp, text: string, pos: number): number {
  pattern.lastIndex = pos;
  const match = pattern.exec(text);
  return match ? pos + match[0].length : -1;
}
