import { useApp } from './AppContext';

/**
 * What sits behind "Waarom?" for a checklist item or question: the reason, where the practice comes
 * from, articles to read and "Dit knelt" to report that the rule or practice gets in the way.
 */
export function ItemExtras({
  why,
  source,
  articles,
  signalRef,
  label,
}: {
  why: string;
  source?: string;
  articles: readonly string[];
  /** `<checklist id>/<item id>`, attached to the signal so the inbox knows what it is about. */
  signalRef: string;
  /** The item label, read by screen readers after the button texts. */
  label: string;
}) {
  return (
    <>
      <p class="utrecht-paragraph">{why}</p>
      {source && <p class="utrecht-paragraph utrecht-paragraph--small">Bron: {source}</p>}
      <ArticleLinks ids={articles} />
      <ReportButton signalRef={signalRef} context={label} />
    </>
  );
}

/** Links to knowledge articles; an id the pack does not have is left out rather than shown broken. */
export function ArticleLinks({ ids }: { ids: readonly string[] }) {
  const { knowledge, panel } = useApp();
  const articles = ids.flatMap((id) => knowledge.articlesById.value.get(id) ?? []);
  if (articles.length === 0) return null;
  return (
    <ul class="komma-article-links">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
            onClick={() => {
              knowledge.open(article.id);
              panel.openArea('kennisbank');
            }}
          >
            Lees in de kennisbank: {article.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ReportButton({ signalRef, context }: { signalRef: string; context: string }) {
  const { panel } = useApp();
  return (
    <button
      type="button"
      class="utrecht-button utrecht-button--subtle komma-report-button"
      aria-label={`Dit knelt: ${context}`}
      onClick={() => panel.startSignal({ kind: 'checklist', ref: signalRef })}
    >
      Dit knelt
    </button>
  );
}
