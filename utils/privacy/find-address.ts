import { findingAt, type Finding } from './finding';
import { ALNUM, LETTER, LOWER, UPPER } from './letter-classes';
import { words } from './word-list';

// Endings of Dutch street names. Endings that are also everyday compounds are left out
// ("ring": vordering, uitvoering; "oord": akkoord; "dam": Rotterdam before a count).
const SUFFIXES = words(
  `straat laan weg plein gracht kade dijk singel hof pad steeg dreef park markt baan wal burgwal haven plantsoen kanaal vaart allee boulevard poort brink oever wetering hoven zijde`,
);
// Written in lower case ("kerkstraat 14") only the unmistakable endings count.
const LOWER_CASE_SUFFIXES = words(`straat laan weg plein gracht kade dijk singel steeg dreef`);
const suffixGroup = (list: string[]) => `(?:${list.join('|')})`;
const capitalisedSuffix = `(?:${SUFFIXES.map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}`).join('|')})`;

// Small words inside street names ("Burgemeester de Vlugtlaan"). Prepositions like "op" and "aan"
// are left out before the street ending, so that "Inschrijving op Zuidergrachtswal 4" starts at the
// street; after a leading street word they are allowed ("Laan van Meerdervoort", "Laan op Zuid").
const CONNECTORS = words(`van de der den het 't ’t ten ter la le`);
const CONNECTOR = `(?:${CONNECTORS.join('|')})`;
const LEADING_CONNECTOR = `(?:${[...CONNECTORS, ...words('op aan in te over')].join('|')})`;
const WORD = String.raw`[${UPPER}][${LETTER}'’.-]*`;
const STREET_WORD = String.raw`(?:[${UPPER}][${LETTER}'’-]*?${suffixGroup(SUFFIXES)}|${capitalisedSuffix}|[${LOWER}]{2,}${suffixGroup(LOWER_CASE_SUFFIXES)})`;
// Names that start with the street word: "Laan van Meerdervoort", "Hof van Wouw".
const LEADING_STREET_WORD = String.raw`(?:Laan|Plein|Weg|Hof|Kade|Dijk|Singel|Markt|Park)(?:\s+${LEADING_CONNECTOR})+\s+${WORD}`;
// 12, 12a, 5bis, 12-3, 12 - 3, 101 A (a lone capital letter), 12-hs.
const HOUSE_NUMBER = String.raw`[1-9]\d{0,4}(?:\s?-\s?\d{1,4}|-?[a-zA-Z]{1,3}(?![${ALNUM}])|\s[A-Z](?![${ALNUM}]))?(?![${ALNUM}]|[.,:]\d)`;

const ADDRESS = new RegExp(
  String.raw`(?<![${ALNUM}'’.-])(?:(?:(?:${WORD}|${CONNECTOR})\s+){0,3}${STREET_WORD}|${LEADING_STREET_WORD})[ \u00a0]+${HOUSE_NUMBER}`,
  'g',
);

// Words that end like a street but are not one.
const NOT_STREETS = new Set(
  words(`onderweg halfweg uitweg snelweg omweg zijweg rijweg gerechtshof arbeidsmarkt loopbaan woningmarkt`),
);
// Sentence words the pattern can sweep up in front of a street: lower-case connectors ("de
// Kerkstraat") and capitalised sentence openers ("Zie Kerkstraat 12"). A capitalised "Van" is kept:
// it usually belongs to the street ("Van Heemstralaan").
const OPENERS = new Set(words(`De Het Een In Op Aan Bij Naar Via Vanaf Tot Zie Ook Ze Zij Hij Wij We Ik U Adres`));
// A number followed by one of these is a count, not a house number ("Stationsweg 3 keer").
const COUNT_AFTER = new RegExp(
  String.raw`^[ \u00a0]*(?:keer|maal|uur|min|minuten|dagen|weken|maanden|jaar|jaren|km|kilometer|meter|euro|procent|%|kinderen|personen|mensen|woningen|huishoudens)(?![${LETTER}])`,
);

/** Street name plus house number: "Kerkstraat 12", "Burgemeester de Vlugtlaan 12-3", "Oude Gracht 5bis". */
export function findAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const end = match.index + match[0].length;
    if (COUNT_AFTER.test(text.slice(end, end + 20))) continue;
    const start = trimLeadingNoise(text, match.index, end);
    if (start === undefined) continue;
    found.push(findingAt('address', text, start, end));
  }
  return found;
}

/** Drops sentence words swept up in front of the street; undefined when what is left is not a street. */
function trimLeadingNoise(text: string, start: number, end: number): number | undefined {
  let pos = start;
  const words = text.slice(start, end).split(/(?<=\s)(?=\S)/);
  // "Verhuisd van Tuinstraat 8": a sentence opener followed by a connector is the sentence, not the
  // street. Mid-sentence the same shape is a street ("Burgemeester van Welderenstraat"), so only here.
  if (isSentenceStart(text, start) && words.length > 2 && CONNECTORS.includes(words[1]!.trim())) {
    pos += words[0]!.length;
    words.shift();
  }
  for (const word of words.slice(0, -1)) {
    const bare = word.trim();
    if (!CONNECTORS.includes(bare) && !OPENERS.has(bare)) break;
    pos += word.length;
  }
  const kept = text.slice(pos, end).split(/\s+/);
  return kept.some((word) => NOT_STREETS.has(word.toLowerCase())) ? undefined : pos;
}

function isSentenceStart(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 8), pos);
  return /[.!?]\s*$/.test(before) || (pos <= 8 && before.trim() === '');
}
