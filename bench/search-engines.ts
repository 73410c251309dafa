import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Article } from '../utils/schemas/article';
import type { SynonymGroup } from '../utils/schemas/synonyms';
import { createKnowledgeSearch } from '../utils/search/knowledge-search';
import { searchableBody } from '../utils/search/searchable-body';

/** A search built over a set of articles, as the benchmarks drive it. */
export interface BuiltSearch {
  /** Ids of the best matches, best first. */
  search(query: string): string[];
  /** The index as it would be stored or shipped; undefined when there is nothing to store. */
  serialise(): string | undefined;
}

export interface SearchEngine {
  name: string;
  build(articles: readonly Article[], synonyms: readonly SynonymGroup[]): BuiltSearch;
}

const LIMIT = 20;

// Every engine reads the same text, so differences come from the engine, not the input.
const fields = (article: Article) => ({
  id: article.id,
  title: article.title,
  keywords: article.keywords.join(' ; '),
  laws: article.laws.join(' ; '),
  summary: article.summary,
  body: searchableBody(article.body),
});
type Fields = ReturnType<typeof fields>;

/** Komma's own search: MiniSearch with the Dutch layer (stems, compounds, synonyms, law references). */
export const kommaEngine: SearchEngine = {
  name: 'Komma',
  build(articles, synonyms) {
    const search = createKnowledgeSearch(articles, { synonyms });
    return {
      search: (query) => search.search(query, { limit: LIMIT }).map((result) => result.id),
      serialise: () => JSON.stringify(search.toJSON()),
    };
  },
};

/** MiniSearch as it comes, with Komma's boosts, prefix search and fuzzy 0.2: what the Dutch layer adds. */
export const rawMiniSearchEngine: SearchEngine = {
  name: 'MiniSearch raw',
  build(articles) {
    const miniSearch = new MiniSearch<Fields>({
      fields: ['title', 'keywords', 'laws', 'summary', 'body'],
      searchOptions: {
        boost: { title: 8, keywords: 5, laws: 4, summary: 2.5, body: 1 },
        prefix: true,
        fuzzy: 0.2,
      },
    });
    miniSearch.addAll(articles.map(fields));
    return {
      search: (query) =>
        miniSearch
          .search(query)
          .slice(0, LIMIT)
          .map((result) => String(result.id)),
      serialise: () => JSON.stringify(miniSearch),
    };
  },
};

/** Fuse.js, the usual client-side fuzzy search, with weights like Komma's boosts. */
export const fuseEngine: SearchEngine = {
  name: 'Fuse.js',
  build(articles) {
    const keys = [
      { name: 'title', weight: 8 },
      { name: 'keywords', weight: 5 },
      { name: 'laws', weight: 4 },
      { name: 'summary', weight: 2.5 },
      { name: 'body', weight: 1 },
    ];
    const documents = articles.map(fields);
    const index = Fuse.createIndex(keys, documents);
    // ignoreLocation: a match deep in a body counts; Fuse's default only looks near the start.
    const fuse = new Fuse(documents, { keys, threshold: 0.35, ignoreLocation: true }, index);
    return {
      search: (query) => fuse.search(query, { limit: LIMIT }).map((result) => result.item.id),
      serialise: () => JSON.stringify(index.toJSON()),
    };
  },
};

/** The simplest thing that could work: every query word must occur in the lower-cased text. */
export const naiveEngine: SearchEngine = {
  name: 'Substring',
  build(articles) {
    const texts = articles.map((article) => ({
      id: article.id,
      text: `${article.title}\n${article.summary}\n${article.body}`.toLowerCase(),
    }));
    return {
      search(query) {
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        if (words.length === 0) return [];
        const ids: string[] = [];
        for (const { id, text } of texts) {
          if (words.every((word) => text.includes(word))) ids.push(id);
          if (ids.length === LIMIT) break;
        }
        return ids;
      },
      serialise: () => undefined,
    };
  },
};

export const SEARCH_ENGINES: readonly SearchEngine[] = [kommaEngine, fuseEngine, naiveEngine, rawMiniSearchEngine];
