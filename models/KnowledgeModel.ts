import { batch, computed, createModel, signal } from '@preact/signals';
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

/**
 * Starts what makes the engine for `pack` quick to create (reading the index an earlier panel
 * kept); undefined when there is nothing to wait for. A search typed meanwhile waits for it:
 * building the index over a large pack takes far longer than reading a kept one.
 */
export type SearchPreparer = (pack: KnowledgePack) => Promise<void> | undefined;

const RESULT_LIMIT = 20;

/**
 * The knowledge base: which pack is in use (bundled, or the last good remote one), the search
 * query and its results, and the open article.
 */
export const KnowledgeModel = createModel(
  (
    services: KommaServices,
    bundled: KnowledgePack,
    createSearch: SearchEngineFactory,
    prepareSearch?: SearchPreparer,
  ) => {
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
    /** The pack whose search is being prepared (see SearchPreparer). */
    const preparing = signal<KnowledgePack | undefined>(undefined);
    // Built on first search, not at start-up: opening the panel must stay instant.
    const engine = computed(() => createSearch(pack.value));
    const articlesById = computed(() => new Map(pack.value.articles.map((article) => [article.id, article])));
    /** A search has been typed but waits for its engine: the panel says so rather than "nothing found". */
    const searchPending = computed(() => query.value.trim() !== '' && preparing.value === pack.value);
    const results = computed<SearchHit[]>(() => {
      const text = query.value.trim();
      return text && !searchPending.value ? engine.value.search(text, { limit: RESULT_LIMIT }) : [];
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

    function prepare(next: KnowledgePack) {
      const pending = prepareSearch?.(next);
      if (pending === undefined) return;
      preparing.value = next;
      const done = () => {
        if (preparing.peek() === next) preparing.value = undefined;
      };
      pending.then(done, done);
    }

    async function loadRemote() {
      try {
        const state = await services.knowledge.getRemote();
        // In one batch, so no search runs over the new pack before its preparation has begun.
        batch(() => {
          remote.value = state;
          remoteLoadError.value = undefined;
          prepare(pack.value);
        });
      } catch (error) {
        remoteLoadError.value = error instanceof Error ? error.message : String(error);
      }
      // For bench/panel.ts: from here on searches use the configured pack (or the bundled one).
      performance.mark('komma:pack-ready', { detail: { source: source.value, articles: pack.value.articles.length } });
    }

    async function refresh() {
      refreshing.value = true;
      try {
        const state = await services.knowledge.refresh();
        batch(() => {
          remote.value = state;
          remoteLoadError.value = undefined;
          prepare(pack.value);
        });
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
      searchPending,
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
