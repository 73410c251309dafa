import { stemmer } from '@orama/stemmers/dutch';

/**
 * Separable particles that stand before "ge" in a past participle: terug|ge|vorderd,
 * op|ge|legd, vast|ge|steld.
 */
// prettier-ignore
const PARTICLES = [
  'aan', 'achter', 'af', 'bij', 'binnen', 'door', 'in', 'kwijt', 'los', 'mee', 'na', 'neer', 'om', 'onder', 'op',
  'over', 'samen', 'stop', 'tegen', 'terecht', 'terug', 'toe', 'uit', 'vast', 'voor', 'vrij', 'weg',
];
/** Prefixes after which Dutch adds no "ge" to a participle: be|taald, ver|laagd, her|zien. */
const UNSTRESSED_PREFIXES = ['be', 'er', 'ge', 'her', 'ont', 'ver'];

const PARTICIPLE = new RegExp(`^(${PARTICLES.join('|')})?ge(\\p{L}{3,})[dt]$`, 'u');
const PREFIXED_PARTICIPLE = new RegExp(
  `^(?:${PARTICLES.join('|')})?(?:${UNSTRESSED_PREFIXES.join('|')})\\p{L}{3,}[dt]$`,
  'u',
);

/** Snowball keeps some doubled consonants (oplegg, vaststell, erfeniss); the singular has one. */
function undouble(stem: string): string {
  return /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

function stem(word: string): string {
  return undouble(stemmer(word));
}

/**
 * The stems one folded Dutch word may stand for; the first is the main one. Snowball alone
 * misses forms consultants use daily, so this adds:
 * - plurals in -es/-ies (boetes, gemeentes, premies), which Snowball leaves whole;
 * - past participles (teruggevorderd, opgelegd, betaald), which Snowball does not touch, so that
 *   they meet the verb and the noun (terugvorderen, terugvordering).
 * Extra forms are alternatives, not replacements: "proces" keeps its own stem as well.
 */
export function dutchWordForms(word: string): string[] {
  const forms: string[] = [];
  const add = (candidate: string): void => {
    if (!forms.includes(candidate) && (forms.length === 0 || candidate.length >= 3)) forms.push(candidate);
  };
  // The -s plural's stem comes first: it is the main form (boetes → boet, like boete).
  if (word.length >= 5 && word.endsWith('es')) add(stem(word.slice(0, -1)));
  add(stem(word));
  const participle = PARTICIPLE.exec(word);
  if (participle) add(stem(`${participle[1] ?? ''}${participle[2]}`));
  if (participle || PREFIXED_PARTICIPLE.test(word)) add(stem(word.slice(0, -1)));
  return forms;
}

/** The main stem of a folded Dutch word. */
export function dutchStem(word: string): string {
  return dutchWordForms(word)[0] ?? word;
}
