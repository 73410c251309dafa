import { useRef } from 'preact/hooks';
import { useApp } from './AppContext';
import { LazyArticleView } from './LazyArticleView';
import { SearchResultList } from './SearchResultList';
import { usePaintedMark } from './usePaintedMark';

const BROWSE_LIMIT = 60;

/** Kennisbank: search while typing, browse the articles for your role, read an article. */
export function KnowledgeArea() {
  const { knowledge, panel, services } = useApp();
  const lastOpened = useRef<string | undefined>(undefined);
  const section = useRef<HTMLElement>(null);
  const intervalMonths = panel.settings.value?.values.reviewIntervalMonths ?? 12;
  const today = services.now();
  const article = knowledge.openArticle.value;
  // Short-circuits so an open article does not subscribe this view to the results.
  const hasResults = !article && knowledge.query.value.trim() !== '' && knowledge.results.value.length > 0;
  usePaintedMark('komma:first-result', hasResults, () => ({
    source: knowledge.source.value,
    articles: knowledge.pack.value.articles.length,
  }));

  function open(id: string) {
    lastOpened.current = id;
    knowledge.open(id);
  }

  function back() {
    knowledge.close();
    // Return focus to the result the user came from, so keyboard users keep their place.
    const id = lastOpened.current;
    requestAnimationFrame(() => {
      const root = section.current;
      const target = id ? root?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`) : null;
      (target ?? root?.querySelector<HTMLElement>('#komma-search'))?.focus();
    });
  }

  if (article) {
    return (
      <LazyArticleView
        article={article}
        intervalMonths={intervalMonths}
        today={today}
        onBack={back}
        onOpenArticle={(id) => {
          if (knowledge.articlesById.value.has(id)) open(id);
        }}
        onReportProblem={() => panel.startSignal({ kind: 'article', ref: article.id })}
      />
    );
  }

  const query = knowledge.query.value.trim();
  const results = knowledge.results.value;
  const pending = knowledge.searchPending.value;
  const browse = query ? [] : knowledge.articlesForRole(panel.role.value);

  return (
    <section class="komma-stack" aria-labelledby="komma-kb-heading" ref={section}>
      <h1 class="utrecht-heading-1" id="komma-kb-heading">
        Kennisbank
      </h1>
      {knowledge.packProblem.value && (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">
            {knowledge.packProblem.value}{' '}
            {knowledge.source.value === 'remote'
              ? `Komma gebruikt het laatst goed opgehaalde kennispakket${knowledge.remote.value?.fetchedAt ? ` (van ${new Date(knowledge.remote.value.fetchedAt).toLocaleString('nl-NL')})` : ''}.`
              : 'Komma gebruikt het ingebouwde kennispakket.'}
          </p>
        </div>
      )}
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="komma-search">
            Zoek op onderwerp, woord of wetsartikel
          </label>
          <input
            id="komma-search"
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            autoComplete="off"
            spellcheck={false}
            placeholder="bijvoorbeeld: erfenis, kostendelers, art 18 lid 2"
            value={knowledge.query.value}
            onInput={(event) => knowledge.setQuery(event.currentTarget.value)}
          />
        </div>
      </form>
      <p class="utrecht-paragraph utrecht-paragraph--small" role="status" aria-live="polite">
        {query
          ? pending
            ? 'Zoeken…'
            : results.length === 0
              ? `Geen artikelen gevonden voor "${query}".`
              : `${results.length} ${results.length === 1 ? 'artikel' : 'artikelen'} gevonden.`
          : `${browse.length} artikelen voor uw rol.`}
      </p>
      {query && !pending && results.length === 0 && (
        <div class="komma-empty komma-stack">
          <p class="utrecht-paragraph">
            Probeer een ander woord of een wetsartikel. Staat het onderwerp er echt niet in? Laat het weten, dan kan het
            team dat de kennisbank bijhoudt het aanvullen.
          </p>
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            onClick={() => panel.startSignal({ kind: 'search', ref: query.slice(0, 200) })}
          >
            Meld ontbrekende kennis
          </button>
        </div>
      )}
      {query ? (
        <SearchResultList
          hits={results}
          articlesById={knowledge.articlesById.value}
          intervalMonths={intervalMonths}
          today={today}
          onOpen={open}
        />
      ) : (
        <SearchResultList
          hits={browse.slice(0, BROWSE_LIMIT).map((a) => ({ id: a.id, title: a.title, summary: a.summary, score: 0, matchedTerms: [] }))}
          articlesById={knowledge.articlesById.value}
          intervalMonths={intervalMonths}
          today={today}
          onOpen={open}
        />
      )}
    </section>
  );
}
