import { computed, createModel, signal } from '@preact/signals';
import type { RemotePackState } from '../utils/messages/protocol';
import type { Article } from '../utils/schemas/article';
import type { ChecklistDefinition } from '../utils/schemas/checklist';
import type { KnowledgePack } from '../utils/schemas/pack';
import type { KommaServices } from './services';

export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  score: number;
  matchedTerms: string[];
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchHit[];
}

/** Builds the search engine for a pack; injected so the model does not fix the search library. */
export type SearchEngineFactory = (pack: KnowledgePack) => SearchEngine;

const RESULT_LIMIT = 20;

/**
 * The knowledge base: which pack is in use (bundled, or the last good remote one), the search
 * query and its results, and the open article.
 */
export const KnowledgeModel = createModel(
  (services: KommaServices, bundled: KnowledgePack, createSearch: SearchEngineFactory) => {
    const remote = signal<RemotePackState | undefined>(undefined);
    const remoteLoadError = signal<string | undefined>(undefined);
    const refreshing = signal(false);
    const query = signal('');
    const openArticleId = signal<string | undefined>(undefined);

    const pack = computed(() => remote.value?.pack ?? bundled);
    const source = computed<'remote' | 'bundled'>(() => (remote.value?.pack ? 'remote' : 'bundled'));
    /** The Gesprek and Handhaving definitions: the pack's own, or Komma's when the pack brings none. */
    const checklists = computed<ChecklistDefinition[]>(() =>
      pack.value.checklists.length > 0 ? pack.value.checklists : bundled.checklists,
    );
    // Built on first search, not at start-up: opening the panel must stay instant.
    const engine = computed(() => createSearch(pack.value));
    const articlesById = computed(() => new Map(pack.value.articles.map((article) => [article.id, article])));
    const results = computed<SearchHit[]>(() => {
      const text = query.value.trim();
      return text ? engine.value.search(text, { limit: RESULT_LIMIT }) : [];
    });
    const openArticle = computed<Article | undefined>(() =>
      openArticleId.value ? articlesById.value.get(openArticleId.value) : undefined,
    );
    // Sorted once per pack, not on every render of the list: sorting 10,000 titles takes ~25 ms.
    const articlesByTitle = computed(() =>
      [...pack.value.articles].sort((a, b) => a.title.localeCompare(b.title, 'nl')),
    );
    /** Why the configured pack is not (fully) in use, in Dutch; undefined when all is well. */
    const packProblem = computed<string | undefined>(() => remoteLoadError.value ?? remote.value?.error);

    async function loadRemote() {
      try {
        remote.value = await services.knowledge.getRemote();
        remoteLoadError.value = undefined;
      } catch (error) {
        remoteLoadError.value = error instanceof Error ? error.message : String(error);
      }
      // For bench/panel.ts: from here on searches use the configured pack (or the bundled one).
      performance.mark('komma:pack-ready', { detail: { source: source.value, articles: pack.value.articles.length } });
    }

    async function refresh() {
      refreshing.value = true;
      try {
        remote.value = await services.knowledge.refresh();
        remoteLoadError.value = undefined;
      } catch (error) {
        remoteLoadError.value = error instanceof Error ? error.message : String(error);
      } finally {
        refreshing.value = false;
      }
    }

    function setQuery(text: string) {
      query.value = text;
    }

    function open(id: string) {
      openArticleId.value = id;
    }

    function close() {
      openArticleId.value = undefined;
    }

    /** The articles a role browses while the search box is empty, by title; the whole pack without a role. */
    function articlesForRole(role: string | undefined): Article[] {
      const all = articlesByTitle.value;
      return role ? all.filter((article) => (article.roles as string[]).includes(role)) : all;
    }

    return {
      remote,
      pack,
      source,
      checklists,
      query,
      results,
      openArticleId,
      openArticle,
      articlesById,
      packProblem,
      refreshing,
      loadRemote,
      refresh,
      setQuery,
      open,
      close,
      articlesForRole,
    };
  },
);

export type KnowledgeModel = InstanceType<typeof KnowledgeModel>;
