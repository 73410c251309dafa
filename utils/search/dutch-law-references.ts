/**
 * Recognises references to articles of law in any spelling consultants and authors use
 * ("art. 18 lid 2 Pw", "artikel 18, tweede lid, van de Participatiewet", "18.2 Pw", "4:84 Awb")
 * and turns each into canonical tokens, so every spelling of the same reference meets.
 */

/** Law names and their abbreviations, folded, mapped to one short code. */
const LAW_NAMES: Record<string, readonly string[]> = {
  pw: ['participatiewet', 'pw', 'pwet'],
  awb: ['algemene wet bestuursrecht', 'awb'],
  bw: ['burgerlijk wetboek', 'bw'],
  wgs: ['wet gemeentelijke schuldhulpverlening', 'wgs'],
  fw: ['faillissementswet', 'fw'],
  rv: ['wetboek van burgerlijke rechtsvordering', 'rv'],
  ioaw: ['ioaw'],
  ioaz: ['ioaz'],
  aow: ['algemene ouderdomswet', 'aow'],
  anw: ['algemene nabestaandenwet', 'anw'],
  wwb: ['wet werk en bijstand', 'wwb'],
  abw: ['algemene bijstandswet', 'abw'],
  wmo: ['wet maatschappelijke ondersteuning', 'wmo'],
  awir: ['algemene wet inkomensafhankelijke regelingen', 'awir'],
  suwi: ['wet structuur uitvoeringsorganisatie werk en inkomen', 'wet suwi', 'suwi'],
  tw: ['toeslagenwet', 'tw'],
  ww: ['werkloosheidswet', 'ww'],
  sr: ['wetboek van strafrecht', 'sr'],
  gw: ['grondwet', 'gw'],
};

const NAME_TO_CODE = new Map<string, string>();
for (const [code, names] of Object.entries(LAW_NAMES)) for (const name of names) NAME_TO_CODE.set(name, code);

// prettier-ignore
const ORDINALS = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde',
  'twaalfde',
];

const lawName = [...NAME_TO_CODE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replaceAll(' ', '\\s+'))
  .join('|');
const number = String.raw`\d{1,3}[a-z]?(?::\d{1,4}[a-z]?)?`;
const paragraph = String.raw`(?:\s*,?\s*(?:lid\s*(\d{1,2})\b|(${ORDINALS.join('|')})\s+lid\b|(\d{1,2})e\s+lid\b))`;

// Groups: 1 law before, 2 "art"/"artikel"/"§", 3 article number, 4 ".2" paragraph,
// 5–7 paragraph (number, ordinal, "2e"), 8 law after. A clause letter (onder m) is read past:
// consultants rarely type it and articles cite the paragraph.
const REFERENCE = new RegExp(
  String.raw`(?:\b(${lawName})\s*,?\s*)?(?:(\bart(?:ikel|ikelen)?\b\.?|§)\s*)?\b(${number})(?:\.(\d{1,2})(?![\d:]))?` +
    String.raw`${paragraph}?(?:\s*,?\s*(?:sub|onder|onderdeel)\s+[a-z]{1,2}\b)?` +
    String.raw`(?:\s*,?\s*(?:van\s+(?:de\s+)?)?\b(${lawName})\b)?`,
  'giu',
);

export interface LawReference {
  /** Offsets of the reference in the text it was found in. */
  start: number;
  end: number;
  /** Canonical tokens for the index: every generalisation (§18, §18.2, §pw.18, §pw.18.2). */
  indexTokens: string[];
  /** The most specific tokens for a query: with the law name when given, and without. */
  queryTokens: string[];
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Every law reference in `text`, in order. Case and spacing do not matter. */
export function findLawReferences(text: string): LawReference[] {
  const references: LawReference[] = [];
  // Every reference has a number; most text has none, and the pattern is costly to scan.
  if (!/\d/.test(text)) return references;
  for (const match of text.matchAll(REFERENCE)) {
    const [, lawBefore, articleWord, rawArticle, dotted, lidNumber, lidOrdinal, lidShort, lawAfter] = match;
    if (rawArticle === undefined) continue;
    const article = rawArticle.toLowerCase();
    const lawText = lawBefore ?? lawAfter;
    const law = lawText === undefined ? undefined : NAME_TO_CODE.get(fold(lawText));
    // A bare number is only a law reference with "artikel" or a law name beside it; the
    // book:article form (4:84) is one on its own.
    if (articleWord === undefined && law === undefined && !article.includes(':')) continue;
    const ordinal = lidOrdinal === undefined ? undefined : ORDINALS.indexOf(lidOrdinal.toLowerCase()) + 1;
    const lid = dotted ?? lidNumber ?? lidShort ?? (ordinal === undefined ? undefined : String(ordinal));
    const specific = lid === undefined ? article : `${article}.${Number(lid)}`;
    const indexTokens = [`§${article}`];
    if (lid !== undefined) indexTokens.push(`§${specific}`);
    const queryTokens = [`§${specific}`];
    if (law !== undefined) {
      indexTokens.push(`§${law}.${article}`);
      if (lid !== undefined) indexTokens.push(`§${law}.${specific}`);
      queryTokens.unshift(`§${law}.${specific}`);
    }
    const start = match.index;
    references.push({ start, end: start + match[0].length, indexTokens, queryTokens });
  }
  return references;
}
