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
import { type QueryUnit, parseQuery } from './parse-query';
import { createSynonymMatcher } from './synonym-matcher';
import { searchableBody } from './searchable-body';

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
  index: AsPlainObject;
}

/** Raise when the analysis changes: an index built by older code would give wrong answers. */
const INDEX_VERSION = 1;
const FIELDS = ['title', 'keywords', 'laws', 'summary', 'body'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 8, keywords: 5, laws: 4, summary: 2.5, body: 1 };
const DEFAULT_LIMIT = 20;

interface IndexedDocument extends Record<Field, string>, StoredFields {
  id: string;
}

/** Shown in results; kept apart from the indexed fields, which hold analysed terms. */
interface StoredFields {
  shownTitle: string;
  shownSummary: string;
  /** Synonym group → term of that group found in the article, for matchedTerms. */
  synonymHits: Record<number, string>;
}

const MINISEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: [...FIELDS],
  storeFields: ['shownTitle', 'shownSummary', 'synonymHits'],
  // Documents reach MiniSearch already analysed (see prepare): terms joined by spaces.
  tokenize: (text) => text.split(' ').filter((term) => term !== ''),
  processTerm: (term) => term,
  searchOptions: { boost: BOOST },
};

function fieldTexts(article: Article): Record<Field, string> {
  return {
    title: article.title,
    // Separators keep a law reference or phrase from running into the next list item.
    keywords: article.keywords.join(' ; '),
    laws: article.laws.join(' ; '),
    summary: article.summary,
    body: searchableBody(article.body),
  };
}

/** Every stem the articles use, so compounds split only into real words of this knowledge base. */
function buildLexicon(texts: string[]): Set<string> {
  const lexicon = new Set<string>();
  for (const text of texts) {
    for (const word of dutchWords(text)) {
      if (word.stop || word.folded.length < 3) continue;
      for (const form of word.forms) lexicon.add(form);
    }
  }
  return lexicon;
}

function prepare(article: Article, analyser: TextAnalyser): IndexedDocument {
  const texts = fieldTexts(article);
  const synonymHits: Record<number, string> = {};
  const analysed = {} as Record<Field, string>;
  for (const field of FIELDS) {
    const { terms, synonymHits: hits } = analyser.analyse(texts[field]);
    analysed[field] = terms.join(' ');
    for (const [group, term] of hits) synonymHits[group] ??= term;
  }
  return { id: article.id, ...analysed, shownTitle: article.title, shownSummary: article.summary, synonymHits };
}

interface UnitHit {
  score: number;
  exact: boolean;
  label: string;
}

function createSearch(
  miniSearch: MiniSearch<IndexedDocument>,
  synonyms: SynonymGroup[],
  lexicon: Set<string>,
): KnowledgeSearch {
  const context = { matcher: createSynonymMatcher(synonyms), splitCompound: createCompoundSplitter(lexicon) };

  // MiniSearch multiplies a score by the number of query terms matched; undo that so scores of
  // alternatives compare, and average over the terms of an all-terms-required alternative.
  const termScore = (result: MiniSearchResult, terms: number): number =>
    result.score / Math.max(1, result.queryTerms.length) / terms;

  function unitHits(unit: QueryUnit): Map<string, UnitHit> {
    const hits = new Map<string, UnitHit>();
    for (const alternative of unit.exact) {
      const query: Query =
        alternative.terms.length === 1 ? alternative.terms[0]! : { combineWith: 'AND', queries: alternative.terms };
      for (const result of miniSearch.search(query, { fuzzy: false, prefix: false })) {
        const score = termScore(result, alternative.terms.length) * alternative.weight;
        const previous = hits.get(result.id);
        const stored = result as unknown as StoredFields;
        // The user's own word explains a hit better than a synonym, even a stronger one.
        const label =
          alternative.group === undefined || previous?.label === unit.label
            ? unit.label
            : (previous?.label ?? stored.synonymHits[alternative.group] ?? unit.label);
        hits.set(result.id, { score: Math.max(score, previous?.score ?? 0), exact: true, label });
      }
    }
    for (const loose of unit.loose) {
      if (!loose.prefix && loose.fuzzy === 0) continue;
      const results = miniSearch.search(loose.term, {
        fuzzy: loose.fuzzy,
        prefix: loose.prefix,
        maxFuzzy: loose.fuzzy,
      });
      for (const result of results) {
        const previous = hits.get(result.id);
        // An exact hit for this unit is never replaced by an approximate one (MiniSearch #263).
        if (previous?.exact) continue;
        const score = termScore(result, 1);
        if (previous && previous.score >= score) continue;
        hits.set(result.id, { score, exact: false, label: unit.label });
      }
    }
    return hits;
  }

  function search(query: string, { limit = DEFAULT_LIMIT }: { limit?: number } = {}): SearchResult[] {
    const units = parseQuery(query, context);
    const perDocument = new Map<string, { exactUnits: number; raw: number; matched: string[] }>();
    for (const unit of units) {
      for (const [id, hit] of unitHits(unit)) {
        const entry = perDocument.get(id) ?? { exactUnits: 0, raw: 0, matched: [] };
        if (hit.exact) entry.exactUnits += 1;
        entry.raw += hit.score;
        if (!entry.matched.includes(hit.label)) entry.matched.push(hit.label);
        perDocument.set(id, entry);
      }
    }
    const maxRaw = Math.max(0, ...[...perDocument.values()].map((entry) => entry.raw));
    const results: SearchResult[] = [];
    for (const [id, entry] of perDocument) {
      const stored = miniSearch.getStoredFields(id) as unknown as StoredFields;
      results.push({
        id,
        title: stored.shownTitle,
        summary: stored.shownSummary,
        // Keep the fraction below 1 so it never lifts a result into the next tier.
        score: entry.exactUnits + (maxRaw > 0 ? (0.999 * entry.raw) / maxRaw : 0),
        matchedTerms: entry.matched,
      });
    }
    results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'nl'));
    return results.slice(0, Math.max(0, limit));
  }

  return {
    search,
    toJSON: () => ({
      format: 'komma-search-index',
      version: INDEX_VERSION,
      synonyms,
      lexicon: [...lexicon],
      index: miniSearch.toJSON(),
    }),
  };
}

/**
 * Builds Komma's search over knowledge articles. The built-in Dutch synonyms always apply; a
 * pack's own synonym groups are added to them.
 */
export function createKnowledgeSearch(
  articles: readonly Article[],
  { synonyms = [] }: { synonyms?: readonly SynonymGroup[] } = {},
): KnowledgeSearch {
  const groups = [...BUILT_IN_SYNONYMS, ...synonyms];
  const lexicon = buildLexicon([
    ...articles.flatMap((article) => Object.values(fieldTexts(article))),
    ...groups.flatMap((group) => group.terms),
  ]);
  const analyser = createTextAnalyser(createSynonymMatcher(groups), createCompoundSplitter(lexicon));
  const miniSearch = new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS);
  miniSearch.addAll(articles.map((article) => prepare(article, analyser)));
  return createSearch(miniSearch, groups, lexicon);
}

/** Restores a search saved with `toJSON`; throws when it was made by an incompatible version. */
export function loadKnowledgeSearch(data: SerializedKnowledgeSearch): KnowledgeSearch {
  if (data.format !== 'komma-search-index' || data.version !== INDEX_VERSION) {
    throw new Error('Deze zoekindex is gemaakt door een andere versie van Komma; bouw hem opnieuw.');
  }
  const miniSearch = MiniSearch.loadJS<IndexedDocument>(data.index, MINISEARCH_OPTIONS);
  return createSearch(miniSearch, data.synonyms, new Set(data.lexicon));
}
