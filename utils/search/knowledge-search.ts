import MiniSearch, {
  type AsPlainObject,
  type Options,
  type Query,
  type SearchResult as MiniSearchResult,
} from 'minisearch';
import type { Article } from '../schemas/article';
import type { SynonymGroup } from '../schemas/synonyms';
import { BUILT_IN_SYNONYMS } from './built-in-synonyms';
import { createCompoundSplitter } from './dutch-compounds';
import { dutchWords } from './dutch-words';
import { type TextAnalyser, createTextAnalyser } from './index-terms';
import { findLawReferences } from './dutch-law-references';
import { type ExactAlternative, type LooseTerm, type QueryUnit, parseQuery } from './parse-query';
import { createSynonymMatcher, isSynonymToken, synonymGroupOf } from './synonym-matcher';
import { searchableBody } from './searchable-body';
import { type Ranked, topRanked } from './top-ranked';

export interface SearchResult {
  id: string;
  title: string;
  summary: string;
  /**
   * Relevance. The whole part is the number of query units that matched exactly (by word form,
   * synonym or law reference), the fraction the relative strength of the match; so results
   * sorted by score put every exact match above every typo or prefix match.
   */
  score: number;
  /** The user's words (or the synonym found in the article) that explain this result. */
  matchedTerms: string[];
}

export interface KnowledgeSearch {
  search(query: string, options?: { limit?: number }): SearchResult[];
  /** A plain object to store and later pass to `loadKnowledgeSearch`, skipping the build. */
  toJSON(): SerializedKnowledgeSearch;
}

export interface SerializedKnowledgeSearch {
  format: 'komma-search-index';
  version: typeof INDEX_VERSION;
  synonyms: SynonymGroup[];
  lexicon: string[];
  /** Body terms too common to look up unless needed (see COMMON_BODY_DOCUMENTS). */
  commonBodyTerms: string[];
  /** Per article id, the synonym groups found in it (see SynonymHits); articles without any left out. */
  synonymHits: Record<string, SynonymHits>;
  head: AsPlainObject;
  body: AsPlainObject;
}

/** Raise when the analysis or the stored shape changes: an index built by older code would give wrong answers. */
export const INDEX_VERSION = 3;

/**
 * The short fields an article is recognised by go into the "head" index, the body into its own.
 * Typo search walks an index's whole vocabulary and scores every document of every term it
 * reaches; over ten thousand bodies that made one query take hundreds of milliseconds. So typos
 * and the starts of finished words are looked for in the head only, which is where a consultant's
 * word for the topic of an article stands; the body is searched for word forms, synonyms, law
 * references and the start of the word being typed.
 */
const HEAD_FIELDS = ['title', 'keywords', 'laws', 'summary'] as const;
type HeadField = (typeof HEAD_FIELDS)[number];
const HEAD_BOOST: Record<HeadField, number> = { title: 8, keywords: 5, laws: 4, summary: 2.5 };
/**
 * The word being typed is looked for in bodies from this many letters on. Shorter starts ("ver",
 * "bij") expand to hundreds of body words that together occur in nearly every article; the head
 * answers them well enough until one more letter narrows the choice.
 */
const BODY_MIN_PREFIX = 5;
/**
 * A body term found in more articles than this is "common". Scoring a term costs MiniSearch a few
 * microseconds per article it is in, so a common term costs milliseconds, and tells articles
 * apart only a little (BM25 gives it a low weight). Common terms, and the start of the word being
 * typed, are looked up in the bodies only when the head found too few articles to fill the page.
 */
const COMMON_BODY_DOCUMENTS = 1_000;
const DEFAULT_LIMIT = 20;

/**
 * The synonym groups found in an article, each with the term of the group the article uses, as
 * pairs of numbers: group, index of the term in that group. An article of a large pack holds
 * dozens of groups; as text they made up a sixth of the serialised index.
 */
type SynonymHits = number[];

/**
 * The indexed fields hold analysed terms. What results show (title, summary) is read from the
 * articles themselves rather than stored in MiniSearch, which would copy it into every match of
 * every query and into the serialised index.
 */
interface HeadDocument extends Record<HeadField, string> {
  id: string;
}

interface BodyDocument {
  id: string;
  body: string;
}

// Documents reach MiniSearch already analysed (see prepare): terms joined by spaces.
const analysedText = {
  tokenize: (text: string) => text.split(' ').filter((term) => term !== ''),
  processTerm: (term: string) => term,
};

const HEAD_OPTIONS: Options<HeadDocument> = {
  ...analysedText,
  fields: [...HEAD_FIELDS],
  searchOptions: { boost: HEAD_BOOST },
};

const BODY_OPTIONS: Options<BodyDocument> = { ...analysedText, fields: ['body'] };

function headTexts(article: Article): Record<HeadField, string> {
  return {
    title: article.title,
    // Separators keep a law reference or phrase from running into the next list item.
    keywords: article.keywords.join(' ; '),
    laws: article.laws.join(' ; '),
    summary: article.summary,
  };
}

/**
 * The stems of the titles, keywords, laws and summaries and of the synonyms: compounds split
 * only into these. Body words are left out on purpose: in a large pack almost any word splits
 * into two rare body words, and such splits ("stress|schuldeiser") only add noise.
 */
function buildLexicon(articles: readonly Article[], groups: readonly SynonymGroup[]): Set<string> {
  const lexicon = new Set<string>();
  const add = (text: string) => {
    for (const word of dutchWords(text)) {
      if (word.stop || word.folded.length < 3) continue;
      for (const form of word.forms) lexicon.add(form);
    }
  };
  for (const article of articles) for (const text of Object.values(headTexts(article))) add(text);
  for (const group of groups) for (const term of group.terms) add(term);
  return lexicon;
}

interface PreparedArticle {
  head: HeadDocument;
  body: BodyDocument;
  synonymHits: SynonymHits;
  /** The distinct terms of the body, for counting how common each is. */
  bodyTerms: Set<string>;
}

/**
 * A citation is indexed by its law tokens only: the words around them ("Participatiewet", "art",
 * "lid") stand in the laws of nearly every article, so matching them there says nothing and
 * costs a scan of the whole pack. Text that cites no article (a policy rule's name) stays words.
 */
function lawTerms(law: string, analyser: TextAnalyser): string[] {
  const tokens = findLawReferences(law).flatMap((reference) => reference.indexTokens);
  return tokens.length > 0 ? tokens : analyser.analyse(law).terms;
}

function prepare(article: Article, analyser: TextAnalyser, groups: readonly SynonymGroup[]): PreparedArticle {
  const texts = headTexts(article);
  const hitTerms = new Map<number, string>();
  const analysed = {} as Record<HeadField, string>;
  const keepHits = (hits: Map<number, string>) => {
    for (const [group, term] of hits) if (!hitTerms.has(group)) hitTerms.set(group, term);
  };
  for (const field of HEAD_FIELDS) {
    if (field === 'laws') continue;
    const { terms, synonymHits: hits } = analyser.analyse(texts[field]);
    analysed[field] = terms.join(' ');
    keepHits(hits);
  }
  analysed.laws = article.laws.flatMap((law) => lawTerms(law, analyser)).join(' ');
  const body = analyser.analyse(searchableBody(article.body));
  keepHits(body.synonymHits);
  const synonymHits: SynonymHits = [];
  for (const [group, term] of hitTerms) synonymHits.push(group, groups[group]!.terms.indexOf(term));
  return {
    head: { id: article.id, ...analysed },
    body: { id: article.id, body: body.terms.join(' ') },
    synonymHits,
    bodyTerms: new Set(body.terms),
  };
}

/**
 * How one query unit is asked: one MiniSearch query per index, every alternative and loose term
 * OR-ed; in the body, what is costly to look up apart (see COMMON_BODY_DOCUMENTS).
 */
interface UnitPlan {
  head?: Query;
  body?: Query;
  /** Exact alternatives with a common body term: only when the unit has too few exact hits. */
  commonBody?: Query;
  /** The start of the word being typed: only when the unit has too few hits at all. */
  bodyPrefix?: Query;
}

function alternativeQuery(alternative: ExactAlternative): Query {
  const weight = alternative.weight;
  return {
    queries: alternative.terms,
    combineWith: 'AND',
    ...(weight === 1 ? {} : { boostTerm: () => weight }),
  };
}

function looseQuery(term: LooseTerm, fuzzy: boolean): Query {
  return {
    queries: [term.term],
    combineWith: 'OR',
    prefix: term.prefix,
    fuzzy: fuzzy && term.fuzzy > 0 ? term.fuzzy : false,
  };
}

function anyOf(queries: Query[]): Query | undefined {
  return queries.length === 0 ? undefined : { queries, combineWith: 'OR' };
}

function planUnit(unit: QueryUnit, commonBodyTerms: ReadonlySet<string>): UnitPlan {
  // A prefix or typo query also scores its own term exactly (with weight 1), so an alternative
  // that is the same single term is left out of the head rather than counted twice.
  const headLoose = unit.loose.filter((term) => term.prefix || term.fuzzy > 0);
  const headLooseTerms = new Set(headLoose.map((term) => term.term));
  const head = [
    ...unit.exact
      .filter((alternative) => !(alternative.terms.length === 1 && headLooseTerms.has(alternative.terms[0]!)))
      .map(alternativeQuery),
    ...headLoose.map((term) => looseQuery(term, true)),
  ];
  const isCommon = (alternative: ExactAlternative) => alternative.terms.some((term) => commonBodyTerms.has(term));
  const bodyPrefix = unit.loose.filter((term) => term.prefix && term.completing && term.term.length >= BODY_MIN_PREFIX);
  return {
    head: anyOf(head),
    body: anyOf(unit.exact.filter((alternative) => !isCommon(alternative)).map(alternativeQuery)),
    commonBody: anyOf(unit.exact.filter(isCommon).map(alternativeQuery)),
    bodyPrefix: anyOf(bodyPrefix.map((term) => looseQuery(term, false))),
  };
}

/** Whether a result's matched index terms include every term of one exact alternative. */
function isExact(matched: readonly string[], alternatives: readonly ExactAlternative[]): boolean {
  return alternatives.some((alternative) => alternative.terms.every((term) => matched.includes(term)));
}

interface DocumentHits extends Ranked {
  id: string;
  exactUnits: number;
  raw: number;
  /** The unit the last hit was for, and whether that unit already counted as exact. */
  unit: number;
  unitExact: boolean;
}

/** One MiniSearch query's results; kept so the matched terms are read only for the results shown. */
interface Answer {
  unit: number;
  results: MiniSearchResult[];
}

interface SearchParts {
  head: MiniSearch<HeadDocument>;
  body: MiniSearch<BodyDocument>;
  synonyms: SynonymGroup[];
  lexicon: Set<string>;
  commonBodyTerms: Set<string>;
  synonymHits: Map<string, SynonymHits>;
  articles: ReadonlyMap<string, Article>;
}

function createSearch({
  head,
  body,
  synonyms,
  lexicon,
  commonBodyTerms,
  synonymHits,
  articles,
}: SearchParts): KnowledgeSearch {
  const context = { matcher: createSynonymMatcher(synonyms), splitCompound: createCompoundSplitter(lexicon) };
  const article = (id: string) => articles.get(id)!;
  const collator = new Intl.Collator('nl');

  /** The user's own word explains a hit better than a synonym; a synonym is named as the article has it. */
  function label(unit: QueryUnit, matched: readonly string[], id: string): string {
    if (matched.some((term) => !isSynonymToken(term))) return unit.label;
    const group = synonymGroupOf(matched[0]!);
    const hits = synonymHits.get(id);
    if (group === undefined || hits === undefined) return unit.label;
    for (let hit = 0; hit < hits.length; hit += 2) {
      if (hits[hit] === group) return synonyms[group]!.terms[hits[hit + 1]!] ?? unit.label;
    }
    return unit.label;
  }

  /** Per result shown, its matched index terms by unit, in the order the units were asked. */
  function matchedTermsOf(
    best: readonly DocumentHits[],
    answers: readonly Answer[],
  ): Map<string, Map<number, string[]>> {
    const matched = new Map(best.map((entry) => [entry.id, new Map<number, string[]>()]));
    for (const { unit, results } of answers) {
      for (const result of results) {
        const byUnit = matched.get(result.id);
        if (byUnit === undefined) continue;
        const terms = byUnit.get(unit);
        if (terms === undefined) byUnit.set(unit, [...result.terms]);
        else terms.push(...result.terms);
      }
    }
    return matched;
  }

  function search(query: string, { limit = DEFAULT_LIMIT }: { limit?: number } = {}): SearchResult[] {
    const units = parseQuery(query, context);
    const perDocument = new Map<string, DocumentHits>();
    const answers: Answer[] = [];
    units.forEach((unit, unitIndex) => {
      // Articles found for this unit, and those found exactly.
      let found = 0;
      let foundExactly = 0;
      const ask = (miniSearch: MiniSearch<HeadDocument> | MiniSearch<BodyDocument>, query: Query | undefined) => {
        if (query === undefined) return;
        const results = miniSearch.search(query);
        answers.push({ unit: unitIndex, results });
        for (const result of results) {
          // MiniSearch multiplies a score by the number of query terms matched; undo that so a
          // word and its synonym count as one unit.
          const score = result.score / Math.max(1, result.queryTerms.length);
          let entry = perDocument.get(result.id);
          if (entry === undefined) {
            entry = { id: result.id, score: 0, exactUnits: 0, raw: 0, unit: -1, unitExact: false };
            perDocument.set(result.id, entry);
          }
          if (entry.unit !== unitIndex) {
            entry.unit = unitIndex;
            entry.unitExact = false;
            found += 1;
          }
          if (!entry.unitExact && isExact(result.terms, unit.exact)) {
            entry.unitExact = true;
            entry.exactUnits += 1;
            foundExactly += 1;
          }
          entry.raw += score;
        }
      };
      const plan = planUnit(unit, commonBodyTerms);
      ask(head, plan.head);
      ask(body, plan.body);
      if (foundExactly < limit) ask(body, plan.commonBody);
      if (found < limit) ask(body, plan.bodyPrefix);
    });

    let maxRaw = 0;
    for (const entry of perDocument.values()) maxRaw = Math.max(maxRaw, entry.raw);
    for (const entry of perDocument.values()) {
      // Keep the fraction below 1 so it never lifts a result into the next tier.
      entry.score = entry.exactUnits + (maxRaw > 0 ? (0.999 * entry.raw) / maxRaw : 0);
    }
    const best = topRanked(perDocument.values(), Math.max(0, limit), (a, b) =>
      collator.compare(article(a.id).title, article(b.id).title),
    );
    const matched = matchedTermsOf(best, answers);
    return best.map((entry) => {
      const { title, summary } = article(entry.id);
      // A unit's head and body hits together say which words of it the article has.
      const matchedTerms: string[] = [];
      for (const [unitIndex, terms] of matched.get(entry.id)!) {
        const text = label(units[unitIndex]!, terms, entry.id);
        if (!matchedTerms.includes(text)) matchedTerms.push(text);
      }
      return { id: entry.id, title, summary, score: entry.score, matchedTerms };
    });
  }

  return {
    search,
    toJSON: () => ({
      format: 'komma-search-index',
      version: INDEX_VERSION,
      synonyms,
      lexicon: [...lexicon],
      commonBodyTerms: [...commonBodyTerms],
      synonymHits: Object.fromEntries(synonymHits),
      head: head.toJSON(),
      body: body.toJSON(),
    }),
  };
}

const byId = (articles: readonly Article[]) => new Map(articles.map((article) => [article.id, article]));

/**
 * Builds Komma's search over knowledge articles. The built-in Dutch synonyms always apply; a
 * pack's own synonym groups are added to them.
 */
export function createKnowledgeSearch(
  articles: readonly Article[],
  { synonyms = [] }: { synonyms?: readonly SynonymGroup[] } = {},
): KnowledgeSearch {
  const groups = [...BUILT_IN_SYNONYMS, ...synonyms];
  const lexicon = buildLexicon(articles, groups);
  const analyser = createTextAnalyser(createSynonymMatcher(groups), createCompoundSplitter(lexicon));
  const head = new MiniSearch<HeadDocument>(HEAD_OPTIONS);
  const body = new MiniSearch<BodyDocument>(BODY_OPTIONS);
  const bodyDocuments = new Map<string, number>();
  const synonymHits = new Map<string, SynonymHits>();
  for (const article of articles) {
    const prepared = prepare(article, analyser, groups);
    head.add(prepared.head);
    body.add(prepared.body);
    if (prepared.synonymHits.length > 0) synonymHits.set(article.id, prepared.synonymHits);
    for (const term of prepared.bodyTerms) bodyDocuments.set(term, (bodyDocuments.get(term) ?? 0) + 1);
  }
  const commonBodyTerms = new Set<string>();
  for (const [term, documents] of bodyDocuments) if (documents > COMMON_BODY_DOCUMENTS) commonBodyTerms.add(term);
  return createSearch({
    head,
    body,
    synonyms: groups,
    lexicon,
    commonBodyTerms,
    synonymHits,
    articles: byId(articles),
  });
}

/** Whether `data` is an index this version of Komma can load (see loadKnowledgeSearch). */
export function isLoadableSearchIndex(data: unknown): data is SerializedKnowledgeSearch {
  const candidate = data as Partial<SerializedKnowledgeSearch> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.format === 'komma-search-index' &&
    candidate.version === INDEX_VERSION
  );
}

/** Whether the index was built over exactly these articles (by id; the caller keys it by pack version). */
function indexesArticles(data: SerializedKnowledgeSearch, articles: ReadonlyMap<string, Article>): boolean {
  const ids = Object.values(data.head.documentIds);
  return ids.length === articles.size && ids.every((id) => articles.has(String(id)));
}

/**
 * Restores a search saved with `toJSON` over the same articles; throws when it was made by an
 * incompatible version of Komma or over other articles, so the caller builds a new one instead.
 */
export function loadKnowledgeSearch(data: SerializedKnowledgeSearch, articles: readonly Article[]): KnowledgeSearch {
  if (!isLoadableSearchIndex(data)) {
    throw new Error('Deze zoekindex is gemaakt door een andere versie van Komma; bouw hem opnieuw.');
  }
  const articlesById = byId(articles);
  if (!indexesArticles(data, articlesById)) {
    throw new Error('Deze zoekindex hoort bij andere artikelen; bouw hem opnieuw.');
  }
  return createSearch({
    head: MiniSearch.loadJS<HeadDocument>(data.head, HEAD_OPTIONS),
    body: MiniSearch.loadJS<BodyDocument>(data.body, BODY_OPTIONS),
    synonyms: data.synonyms,
    lexicon: new Set(data.lexicon),
    commonBodyTerms: new Set(data.commonBodyTerms),
    synonymHits: new Map(Object.entries(data.synonymHits)),
    articles: articlesById,
  });
}
