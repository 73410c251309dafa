import { REQUIRED_SECTIONS, type Article } from '../utils/schemas/article';
import { ARTICLE_ROLES, type ArticleRole } from '../utils/schemas/roles';
import { type KnowledgePack, PACK_FORMAT, PACK_SCHEMA_VERSION } from '../utils/schemas/pack';
import type { SynonymGroup } from '../utils/schemas/synonyms';
import { BUILT_IN_SYNONYMS } from '../utils/search/built-in-synonyms';
import type { RealKnowledge } from './real-knowledge';
import { seededRandom } from './seeded-random';

/**
 * Generates knowledge packs of any size that read like Komma's own: sentences, list items,
 * titles, keywords and law references of the real articles recombined, with new compounds and
 * place names so the vocabulary keeps growing with the pack the way a real one does (a
 * benchmark over 10,000 copies of 38 articles would flatter every index). Deterministic for a
 * seed and a source; nothing is downloaded.
 */
export interface GeneratePackOptions {
  articles: number;
  seed?: number;
}

type Random = () => number;

interface Vocabulary {
  /** Per required section: sentences and list items found under that heading. */
  sentences: Map<string, string[]>;
  listItems: Map<string, string[]>;
  summaries: string[];
  /** Single words usable as the parts of a compound (kosten, delers, toeslag). */
  compoundParts: string[];
  compoundPartSet: ReadonlySet<string>;
  /** Phrases an article can be about: keywords, synonym terms, real titles' subjects. */
  topics: string[];
  /** Keywords per topic that came from a real article, to keep keyword lists coherent. */
  keywordsByTopic: Map<string, string[]>;
  keywords: string[];
  titleTails: string[];
  themes: string[];
  owners: string[];
  laws: LawCitation[];
}

interface LawCitation {
  law: 'Participatiewet' | 'Awb' | 'BW';
  article: string;
  lid?: number;
}

// Places where articles are written; local policy articles carry their municipality's name.
// prettier-ignore
const MUNICIPALITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Apeldoorn', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaanstad', 'Leeuwarden', 'Zwolle', 'Leiden',
  'Maastricht', 'Dordrecht', 'Ede', 'Alkmaar', 'Emmen', 'Delft', 'Venlo', 'Deventer', 'Sittard-Geleen', 'Helmond',
  'Oss', 'Hilversum', 'Heerlen', 'Súdwest-Fryslân', 'Hengelo', 'Purmerend', 'Schiedam', 'Lelystad', 'Roosendaal',
  'Leidschendam-Voorburg', 'Gouda', 'Vlaardingen', 'Hoorn', 'Bergen op Zoom', 'Capelle aan den IJssel', 'Assen',
  'Veenendaal', 'Katwijk', 'Zeist', 'Nieuwegein', 'Roermond', 'Den Helder', 'Doetinchem', 'Hoogeveen', 'Terneuzen',
  'Kampen', 'Woerden', 'Heerhugowaard', 'Houten', 'Weert', 'Middelburg', 'Harderwijk', 'Zutphen', 'Goes', 'Bodegraven',
];
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste'];
const LAW_ABBREVIATIONS: Record<LawCitation['law'], string[]> = {
  Participatiewet: ['Participatiewet', 'Pw', 'de Participatiewet'],
  Awb: ['Awb', 'Algemene wet bestuursrecht', 'de Awb'],
  BW: ['BW', 'Burgerlijk Wetboek', 'het BW'],
};
/** Frames that put a law reference or a topic into running text. */
const LAW_SENTENCES = [
  'Dit staat in {law}.',
  'Zie ook {law}.',
  'De regel komt uit {law}.',
  'Lees {law} er goed op na.',
];
const TOPIC_SENTENCES = [
  'Dat heet {topic}.',
  'Let bij {topic} op de situatie van de inwoner.',
  'Vraag bij twijfel over {topic} een collega om mee te kijken.',
  'Leg vast hoe u {topic} heeft gewogen.',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 10; tries += 1) {
    chosen.add(pick(random, items));
  }
  return [...chosen];
}
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** Markdown links are kept as their text: a recombined sentence cannot link to a real article. */
const unlink = (text: string): string => text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');

/** A whole sentence; lines that only introduce a list ("Het loket:") or a bold label are left out. */
const isSentence = (text: string): boolean => text.length >= 20 && /[.?!]["')]?$/.test(text);

function parseLaw(text: string): LawCitation | undefined {
  const match = /^(Participatiewet|Awb|BW) art\. (\d+[a-z]?(?::\d+[a-z]?)?)(?: lid (\d+))?/.exec(text);
  if (!match) return undefined;
  return { law: match[1] as LawCitation['law'], article: match[2]!, lid: match[3] ? Number(match[3]) : undefined };
}

function collectVocabulary(source: RealKnowledge): Vocabulary {
  const sentences = new Map<string, string[]>(REQUIRED_SECTIONS.map((section) => [section, []]));
  const listItems = new Map<string, string[]>(REQUIRED_SECTIONS.map((section) => [section, []]));
  const keywordsByTopic = new Map<string, string[]>();
  const words = new Set<string>();
  const titleTails = new Set<string>();
  const themes = new Set<string>();
  const owners = new Set<string>();
  const laws: LawCitation[] = [];
  for (const article of source.articles) {
    let section: string | undefined;
    for (const line of article.body.split('\n')) {
      const heading = /^##\s+(.+?)\s*$/.exec(line);
      if (heading) {
        section = heading[1];
        continue;
      }
      const pool = section === undefined ? undefined : sentences.get(section);
      if (pool === undefined || line.trim() === '') continue;
      const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
      if (item && item[1]!.trim() !== '') listItems.get(section!)!.push(unlink(item[1]!));
      else
        pool.push(
          ...unlink(line)
            .split(/(?<=[.?!])\s+(?=[A-Z"(])/u)
            .filter(isSentence),
        );
    }
    for (const keyword of article.keywords) {
      keywordsByTopic.set(keyword, article.keywords);
      if (/^\p{Ll}{4,12}$/u.test(keyword)) words.add(keyword);
    }
    const tail = /\s((?:bij|in|voor|van|tijdens|na|zonder|met)\s.+)$/u.exec(article.title.replace(/[:(].*$/, ''));
    if (tail) titleTails.add(tail[1]!);
    article.themes.forEach((theme) => themes.add(theme));
    owners.add(article.owner);
    for (const law of article.laws) {
      const parsed = parseLaw(law);
      if (parsed) laws.push(parsed);
    }
  }
  const synonymTerms = [...BUILT_IN_SYNONYMS, ...source.synonyms].flatMap((group: SynonymGroup) => group.terms);
  for (const term of synonymTerms) if (/^\p{Ll}{4,12}$/u.test(term)) words.add(term);
  const keywords = [...new Set([...source.articles.flatMap((article) => article.keywords), ...synonymTerms])];
  return {
    sentences,
    listItems,
    summaries: source.articles.flatMap((article) => article.summary.split(/(?<=[.?!])\s+(?=[A-Z])/u)),
    compoundParts: [...words].sort(),
    compoundPartSet: words,
    topics: keywords.filter((keyword) => keyword.length >= 4),
    keywordsByTopic,
    keywords,
    titleTails: [...titleTails].sort(),
    themes: [...themes].sort(),
    owners: [...owners].sort(),
    laws,
  };
}

/** A citation in one of the spellings authors and consultants use. */
function spellLaw(random: Random, { law, article, lid }: LawCitation): string {
  const name = pick(random, LAW_ABBREVIATIONS[law]);
  const bare = name.replace(/^(de|het) /, '');
  const lidText =
    lid === undefined ? '' : pick(random, [` lid ${lid}`, `, ${ORDINALS[lid - 1] ?? `${lid}e`} lid,`, ` ${lid}e lid`]);
  const spellings = [
    `${bare} art. ${article}${lidText}`,
    `art. ${article}${lidText} ${bare}`,
    `artikel ${article}${lidText} van ${name}`,
    `${bare} artikel ${article}${lidText}`,
  ];
  if (lid !== undefined && !article.includes(':')) spellings.push(`${article}.${lid} ${bare}`);
  return pick(random, spellings).replace(/,$/, '').replace(/\s+/g, ' ');
}

function randomLaw(random: Random, vocabulary: Vocabulary): LawCitation {
  // Mostly the articles the real pack cites, sometimes any article of the Participatiewet.
  if (random() < 0.7) return pick(random, vocabulary.laws);
  const article = `${between(random, 1, 80)}${random() < 0.2 ? pick(random, ['a', 'b', 'c']) : ''}`;
  return { law: 'Participatiewet', article, lid: random() < 0.5 ? between(random, 1, 8) : undefined };
}

/** A new Dutch compound from two real words: the vocabulary of a big pack keeps growing. */
function compound(random: Random, vocabulary: Vocabulary): string {
  return joinCompound(random, pick(random, vocabulary.compoundParts), pick(random, vocabulary.compoundParts));
}

function joinCompound(random: Random, head: string, tail: string): string {
  const link = /[aeiou]$/.test(head) ? '' : pick(random, ['', '', 's', 'en']);
  return `${head}${link}${tail}`;
}

/**
 * Sometimes swaps a word of a borrowed sentence for a compound starting with it (bijstand →
 * bijstandsbudget), as the writers of a large pack coin their own.
 */
function vary(random: Random, vocabulary: Vocabulary, sentence: string): string {
  if (random() >= 0.3) return sentence;
  // Odd indexes hold the words.
  const parts = sentence.split(/(\p{L}+)/u);
  const candidates = parts.flatMap((part, index) =>
    index % 2 === 1 && vocabulary.compoundPartSet.has(part) ? [index] : [],
  );
  if (candidates.length === 0) return sentence;
  const index = pick(random, candidates);
  parts[index] = joinCompound(random, parts[index]!, pick(random, vocabulary.compoundParts));
  return parts.join('');
}

function topicOf(random: Random, vocabulary: Vocabulary): string {
  return random() < 0.6 ? pick(random, vocabulary.topics) : compound(random, vocabulary);
}

function section(random: Random, vocabulary: Vocabulary, name: string, topic: string, law: string): string {
  const paragraphs: string[] = [];
  for (let count = between(random, 2, 3); count > 0; count -= 1) {
    const sentences = pickSome(random, vocabulary.sentences.get(name)!, between(random, 2, 5)).map((sentence) =>
      vary(random, vocabulary, sentence),
    );
    if (random() < 0.4) sentences.push(pick(random, TOPIC_SENTENCES).replace('{topic}', `**${topic}**`));
    if (random() < 0.3) sentences.push(pick(random, LAW_SENTENCES).replace('{law}', law));
    paragraphs.push(sentences.join(' '));
  }
  if (random() < 0.6) {
    const items = pickSome(random, vocabulary.listItems.get(name)!, between(random, 2, 5)).map((item) =>
      vary(random, vocabulary, item),
    );
    paragraphs.push(items.map((item) => `- ${item}`).join('\n'));
  }
  return `## ${name}\n\n${paragraphs.join('\n\n')}\n`;
}

function article(random: Random, vocabulary: Vocabulary, earlierIds: readonly string[]): Omit<Article, 'id'> {
  const topic = topicOf(random, vocabulary);
  const place = random() < 0.3 ? pick(random, MUNICIPALITIES) : undefined;
  const tail = random() < 0.5 ? ` ${pick(random, vocabulary.titleTails)}` : '';
  const title = `${capitalise(topic)}${tail}${place ? ` in ${place}` : ''}`.slice(0, 120);
  const citations = new Map<string, LawCitation>();
  for (let count = between(random, 0, 3); count > 0; count -= 1) {
    const citation = randomLaw(random, vocabulary);
    citations.set(`${citation.law} ${citation.article} ${citation.lid}`, citation);
  }
  const laws = [...citations.values()].map((citation) => spellLaw(random, citation));
  const bodyLaw = laws[0] ?? spellLaw(random, randomLaw(random, vocabulary));
  const related = vocabulary.keywordsByTopic.get(topic) ?? [];
  const keywords = [
    ...new Set([
      topic,
      ...pickSome(random, related, between(random, 2, 8)),
      ...pickSome(random, vocabulary.keywords, between(random, 1, 4)),
      ...(random() < 0.3 ? [compound(random, vocabulary)] : []),
    ]),
  ];
  const summary = pickSome(random, vocabulary.summaries, between(random, 1, 2))
    .join(' ')
    .slice(0, 400);
  const sections = REQUIRED_SECTIONS.map((name) => section(random, vocabulary, name, topic, bodyLaw));
  // Earlier ids only, so every link leads to an article that exists.
  if (earlierIds.length > 0 && random() < 0.5) {
    const links = pickSome(random, earlierIds, between(random, 1, 3));
    sections.push(`## Zie ook\n\n${links.map((id) => `- [${id}](${id}.md)`).join('\n')}\n`);
  }
  const year = 2024 + Math.floor(random() * 2);
  const reviewed = `${year}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  return {
    title,
    summary: summary.length >= 10 ? summary : `${capitalise(topic)}: zo werkt het.`,
    themes: pickSome(random, vocabulary.themes, between(random, 1, 3)),
    laws,
    keywords,
    roles: pickSome<ArticleRole>(random, ARTICLE_ROLES, between(random, 1, 3)),
    owner: place ? `Team Werk en Inkomen ${place}` : pick(random, vocabulary.owners),
    reviewed,
    body: sections.join('\n'),
  };
}

/**
 * Generated articles, recombined from `source` (the real knowledge base). Ids are unique and
 * links point at earlier generated articles, so the result passes the pack checks.
 */
export function generateArticles(source: RealKnowledge, { articles: count, seed = 1 }: GeneratePackOptions): Article[] {
  const vocabulary = collectVocabulary(source);
  const random = seededRandom(seed);
  const ids: string[] = [];
  const result: Article[] = [];
  for (let index = 0; index < count; index += 1) {
    const generated = article(random, vocabulary, ids);
    const id = `${slug(generated.title) || 'artikel'}-${index + 1}`;
    ids.push(id);
    result.push({ ...generated, id });
  }
  return result;
}

/** A valid knowledge pack of generated articles, with the source's synonyms. */
export function generatePack(source: RealKnowledge, options: GeneratePackOptions): KnowledgePack {
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    name: `Gegenereerd pakket (${options.articles} artikelen, seed ${options.seed ?? 1})`,
    version: '1',
    builtAt: '2026-01-01T00:00:00.000Z',
    articles: generateArticles(source, options),
    synonyms: source.synonyms.map((group) => ({ terms: [...group.terms] })),
    checklists: [],
  };
}
